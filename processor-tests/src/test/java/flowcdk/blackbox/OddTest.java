package flowcdk.blackbox;

import static flowcdk.blackbox.Json.decode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Less common shapes: primitive arrays, arrays of arrays and of a generic type, bytes in
 * containers, name clashes.
 */
class OddTest {

  @Test
  void lessCommonShapesRoundTrip() {
    @SuppressWarnings({"unchecked", "rawtypes"}) // the only way to make an array of List<String>
    List<String>[] pages = new List[] {List.of("p1", "p2"), List.of()};
    Map<String, Color> byName = new LinkedHashMap<>();
    byName.put("b", Color.BLUE);
    byName.put("a", Color.RED);
    Map<String, Map<String, Integer>> nested = new LinkedHashMap<>();
    nested.put("x", Map.of("y", 1));
    Odd value =
        new Odd(
            new char[] {'a', 'é'},
            new boolean[] {true, false},
            new long[] {Long.MIN_VALUE},
            new float[] {1.5f},
            new short[] {-1},
            new byte[][] {{1, 2}, {}},
            List.of(new byte[] {(byte) 255}),
            Optional.of(new int[] {7}),
            new int[][] {{1, 2}, {3}},
            new LinkedHashSet<>(List.of(Color.GREEN, Color.RED)),
            byName,
            nested,
            pages,
            "camel",
            "snake");
    String json =
        "{\"chars\":[\"a\",\"é\"],\"flags\":[true,false],\"longs\":[-9223372036854775808],"
            + "\"floats\":[1.5],\"shorts\":[-1],\"blobs\":[\"AQI=\",\"\"],\"blobList\":[\"/w==\"],\"maybeInts\":[7],"
            + "\"grid\":[[1,2],[3]],\"colors\":[\"green\",\"RED\"],\"colorByName\":{\"b\":\"dark-blue\",\"a\":\"RED\"},"
            + "\"nestedMaps\":{\"x\":{\"y\":1}},\"pages\":[[\"p1\",\"p2\"],[]],\"fooBar\":\"camel\",\"foo_bar\":\"snake\"}";
    assertEquals(json, OddJson.encode(value).toString());

    Odd read = decode(OddJson::decode, json);
    assertArrayEquals(value.chars(), read.chars());
    assertArrayEquals(value.flags(), read.flags());
    assertArrayEquals(value.longs(), read.longs());
    assertArrayEquals(value.floats(), read.floats());
    assertArrayEquals(value.shorts(), read.shorts());
    assertArrayEquals(value.blobs(), read.blobs());
    assertArrayEquals(value.blobList().get(0), read.blobList().get(0));
    assertArrayEquals(value.maybeInts().orElseThrow(), read.maybeInts().orElseThrow());
    assertArrayEquals(value.grid(), read.grid());
    assertEquals(List.of(Color.GREEN, Color.RED), new ArrayList<>(read.colors()));
    assertEquals(List.copyOf(byName.entrySet()), List.copyOf(read.colorByName().entrySet()));
    assertEquals(nested, read.nestedMaps());
    assertArrayEquals(pages, read.pages());
    assertEquals("camel", read.fooBar());
    assertEquals("snake", read.foo_bar());
    assertEquals(json, OddJson.encode(read).toString());
  }

  @Test
  void namesThatClashAsConstantsKeepTheirOwnDefaults() {
    Odd read = decode(OddJson::decode, "{\"fooBar\":\"c\"}");
    assertEquals("c", read.fooBar());
    assertEquals("d", read.foo_bar());
  }
}
