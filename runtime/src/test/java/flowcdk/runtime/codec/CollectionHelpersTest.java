package flowcdk.runtime.codec;

import static flowcdk.runtime.codec.Reads.fail;
import static flowcdk.runtime.codec.Reads.nullIsNull;
import static flowcdk.runtime.codec.Reads.ok;
import static flowcdk.runtime.codec.Reads.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link JsonArrays}, {@link JsonMaps} and {@link PrimitiveArrays}. */
class CollectionHelpersTest {

  private static final ValueReader<List<Integer>> INT_LIST =
      (p, ctx) -> JsonArrays.readList(p, ctx, Codecs::readInt);

  @Test
  void nullReadsAsNullWithoutAProblem() {
    List<ValueReader<?>> readers =
        List.of(
            (p, ctx) -> JsonArrays.readList(p, ctx, Codecs::readString),
            (p, ctx) -> JsonArrays.readSet(p, ctx, Codecs::readString),
            (p, ctx) -> JsonArrays.readArray(p, ctx, Codecs::readString, String[]::new),
            (p, ctx) -> JsonMaps.readMap(p, ctx, Codecs::readString),
            PrimitiveArrays::readInts,
            PrimitiveArrays::readLongs,
            PrimitiveArrays::readShorts,
            PrimitiveArrays::readDoubles,
            PrimitiveArrays::readFloats,
            PrimitiveArrays::readChars,
            PrimitiveArrays::readBooleans);
    for (ValueReader<?> reader : readers) {
      nullIsNull(reader);
    }
  }

  @Test
  void listsSetsAndArraysOfReferences() {
    assertEquals(
        Arrays.asList("a", null, "b"),
        ok("[\"a\", null, \"b\"]", (p, ctx) -> JsonArrays.readList(p, ctx, Codecs::readString)));
    assertEquals(
        List.of(2, 1),
        new ArrayList<>(ok("[2, 1, 2]", (p, ctx) -> JsonArrays.readSet(p, ctx, Codecs::readInt))));
    assertArrayEquals(
        new String[] {"x"},
        ok("[\"x\"]", (p, ctx) -> JsonArrays.readArray(p, ctx, Codecs::readString, String[]::new)));
    assertEquals(
        List.of(List.of(1, 2), List.of()),
        ok("[[1, 2], []]", (p, ctx) -> JsonArrays.readList(p, ctx, INT_LIST)));
    assertThrows(
        UnsupportedOperationException.class,
        () -> ok("[1]", INT_LIST).add(2),
        "lists are unmodifiable");
  }

  @Test
  void elementProblemsNameTheirIndexAndTheRestIsRead() {
    Reads.Result<List<List<Integer>>> result =
        Reads.read("[[1, \"x\"], 5, [3]]", (p, ctx) -> JsonArrays.readList(p, ctx, INT_LIST));
    assertEquals(Arrays.asList(Arrays.asList(1, null), null, List.of(3)), result.value());
    assertEquals(
        List.of(
            new DecodeProblem(
                "/f/0/1",
                "expected an integer from -2147483648 to 2147483647, found a string \"x\""),
            new DecodeProblem("/f/1", "expected an array, found a number 5")),
        result.problems());
    assertEquals(
        "expected an array, found an object",
        fail("{\"a\": [1]}", (p, ctx) -> JsonArrays.readList(p, ctx, Codecs::readInt)));
  }

  @Test
  void maps() {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("b", 2L);
    expected.put("a", null);
    Map<String, Long> read =
        ok("{\"b\": 2, \"a\": null}", (p, ctx) -> JsonMaps.readMap(p, ctx, Codecs::readLong));
    assertEquals(List.copyOf(expected.entrySet()), List.copyOf(read.entrySet()));
    Reads.Result<Map<String, Long>> bad =
        Reads.read("{\"a/b\": true}", (p, ctx) -> JsonMaps.readMap(p, ctx, Codecs::readLong));
    assertEquals("/f/a~1b", bad.problems().get(0).pointer());
    assertEquals(
        "expected an object, found an array",
        fail("[]", (p, ctx) -> JsonMaps.readMap(p, ctx, Codecs::readLong)));
    assertEquals(
        "{\"b\":2,\"a\":null}",
        write((g, m) -> JsonMaps.write(g, m, JsonGenerator::writeNumber), expected));
  }

  @Test
  void writingCollectionsAndArraysOfReferences() {
    ValueWriter<List<Integer>> intList =
        (g, l) -> JsonArrays.write(g, l, JsonGenerator::writeNumber);
    assertEquals(
        "[[1,null],[]]",
        write(
            (g, l) -> JsonArrays.write(g, l, intList),
            List.of(Arrays.asList(1, null), List.<Integer>of())));
    assertEquals(
        "[\"b\",\"a\"]",
        write(
            (g, s) -> JsonArrays.write(g, s, JsonGenerator::writeString),
            new LinkedHashSet<>(List.of("b", "a"))));
    assertEquals(
        "[\"x\",null]",
        write(
            (g, a) -> JsonArrays.write(g, a, JsonGenerator::writeString),
            new String[] {"x", null}));
    @SuppressWarnings("JdkObsolete") // a list without RandomAccess is what this checks
    List<String> linked = new LinkedList<>(List.of("l", "m"));
    assertEquals(
        "[\"l\",\"m\"]",
        write((g, l) -> JsonArrays.write(g, l, JsonGenerator::writeString), linked),
        "a list without random access is iterated");
    Set<Integer> none = Set.of();
    assertEquals("[]", write((g, s) -> JsonArrays.write(g, s, JsonGenerator::writeNumber), none));
  }

  @Test
  void primitiveArrays() {
    assertArrayEquals(new int[] {1, -2}, ok("[1, -2]", PrimitiveArrays::readInts));
    assertArrayEquals(
        new long[] {Long.MIN_VALUE}, ok("[-9223372036854775808]", PrimitiveArrays::readLongs));
    assertArrayEquals(new short[] {7}, ok("[7]", PrimitiveArrays::readShorts));
    assertArrayEquals(new double[] {1.5}, ok("[1.5]", PrimitiveArrays::readDoubles));
    assertArrayEquals(new float[] {0.25f}, ok("[0.25]", PrimitiveArrays::readFloats));
    assertArrayEquals(new char[] {'a', 'é'}, ok("[\"a\", \"é\"]", PrimitiveArrays::readChars));
    assertArrayEquals(
        new boolean[] {true, false}, ok("[true, false]", PrimitiveArrays::readBooleans));

    assertEquals("[1,-2]", write(PrimitiveArrays::write, new int[] {1, -2}));
    assertEquals(
        "[-9223372036854775808]", write(PrimitiveArrays::write, new long[] {Long.MIN_VALUE}));
    assertEquals("[7]", write(PrimitiveArrays::write, new short[] {7}));
    assertEquals("[1.5]", write(PrimitiveArrays::write, new double[] {1.5}));
    assertEquals("[0.25]", write(PrimitiveArrays::write, new float[] {0.25f}));
    assertEquals("[\"a\",\"é\"]", write(PrimitiveArrays::write, new char[] {'a', 'é'}));
    assertEquals("[true,false]", write(PrimitiveArrays::write, new boolean[] {true, false}));
  }

  @Test
  void anArrayOfPrimitivesCannotHoldNull() {
    Reads.Result<int[]> result = Reads.read("[1, null, 3]", PrimitiveArrays::readInts);
    assertArrayEquals(new int[] {1, 0, 3}, result.value());
    assertEquals(
        List.of(
            new DecodeProblem(
                "/f/1", "expected a value (this array cannot hold null), found null")),
        result.problems());
    assertEquals("expected an array, found true", fail("true", PrimitiveArrays::readBooleans));
  }
}
