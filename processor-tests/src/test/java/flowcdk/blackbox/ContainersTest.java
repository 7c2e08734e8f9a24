package flowcdk.blackbox;

import static flowcdk.blackbox.Json.assertProblem;
import static flowcdk.blackbox.Json.decode;
import static flowcdk.blackbox.Json.problems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lists, sets, maps, optionals and arrays. */
class ContainersTest {

  private static final String FULL =
      "{\"names\":[\"b\",\"a\",null],\"numbers\":[3,1,2],"
          + "\"counts\":{\"z\":1,\"a\":-2,\"m\":null},\"note\":\"n\",\"tags\":[\"x\",null],\"scores\":[1,-2],"
          + "\"weights\":[0.5,1.0E-10],\"matrix\":[[1,2],[],[3]],\"groups\":{\"g\":[\"a\"],\"h\":[]},"
          + "\"collection\":[\"c\"],\"maybeList\":[1]}";

  private static Containers full() {
    Set<Integer> numbers = new LinkedHashSet<>(List.of(3, 1, 2));
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("z", 1L);
    counts.put("a", -2L);
    counts.put("m", null);
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put("g", List.of("a"));
    groups.put("h", List.of());
    return new Containers(
        Arrays.asList("b", "a", null),
        numbers,
        counts,
        Optional.of("n"),
        new String[] {"x", null},
        new int[] {1, -2},
        new double[] {0.5, 1e-10},
        List.of(List.of(1, 2), List.of(), List.of(3)),
        groups,
        List.of("c"),
        Optional.of(List.of(1)));
  }

  private static void assertSame(Containers expected, Containers actual) {
    assertEquals(expected.names(), actual.names());
    assertEquals(List.copyOf(expected.numbers()), List.copyOf(actual.numbers()));
    assertEquals(
        List.copyOf(expected.counts().entrySet()), List.copyOf(actual.counts().entrySet()));
    assertEquals(expected.note(), actual.note());
    assertArrayEquals(expected.tags(), actual.tags());
    assertArrayEquals(expected.scores(), actual.scores());
    assertArrayEquals(expected.weights(), actual.weights());
    assertEquals(expected.matrix(), actual.matrix());
    assertEquals(
        List.copyOf(expected.groups().entrySet()), List.copyOf(actual.groups().entrySet()));
    assertEquals(List.copyOf(expected.collection()), List.copyOf(actual.collection()));
    assertEquals(expected.maybeList(), actual.maybeList());
  }

  @Test
  void everyContainerRoundTripsInOrder() {
    assertEquals(FULL, ContainersJson.encode(full()).toString());
    Containers read = decode(ContainersJson::decode, FULL);
    assertSame(full(), read);
    assertEquals(FULL, ContainersJson.encode(read).toString());
  }

  @Test
  void emptyContainersAreWrittenUnsetOnesOmitted() {
    Containers empty =
        new Containers(
            List.of(),
            Set.of(),
            Map.of(),
            Optional.empty(),
            new String[0],
            new int[0],
            new double[0],
            List.of(),
            Map.of(),
            List.of(),
            Optional.of(List.of()));
    String json =
        "{\"names\":[],\"numbers\":[],\"counts\":{},\"tags\":[],\"scores\":[],\"weights\":[],"
            + "\"matrix\":[],\"groups\":{},\"collection\":[],\"maybeList\":[]}";
    assertEquals(json, ContainersJson.encode(empty).toString());
    assertSame(empty, decode(ContainersJson::decode, json));

    // Null Optionals too: the codec must treat a null Optional as unset, not fail on it.
    @SuppressWarnings("NullOptional")
    Containers unset =
        new Containers(null, null, null, null, null, null, null, null, null, null, null);
    assertEquals("{}", ContainersJson.encode(unset).toString());
    Containers read =
        decode(ContainersJson::decode, "{\"names\":null,\"note\":null,\"maybeList\":null}");
    assertNull(read.names());
    assertEquals(Optional.empty(), read.note());
    assertEquals(Optional.empty(), read.maybeList());
    assertEquals(Optional.empty(), decode(ContainersJson::decode, "{}").note());
  }

  @Test
  void setsDropDuplicatesKeepingFirstOrder() {
    assertEquals(
        List.of(2, 1),
        new ArrayList<>(decode(ContainersJson::decode, "{\"numbers\":[2,1,2]}").numbers()));
  }

  @Test
  void decodedContainersAreUnmodifiable() {
    Containers read = decode(ContainersJson::decode, FULL);
    assertThrows(UnsupportedOperationException.class, () -> read.names().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> read.counts().put("x", 1L));
    assertThrows(UnsupportedOperationException.class, () -> read.numbers().add(9));
  }

  @Test
  void elementProblemsHaveIndexesAndKeys() {
    assertEquals(
        List.of(
            "/names/1: expected a string, found a number 2",
            "/counts/a~1b: expected an integer from -9223372036854775808 to 9223372036854775807,"
                + " found a string \"1\"",
            "/scores/1: expected a value (this array cannot hold null), found null",
            "/matrix/1/0: expected an integer from -2147483648 to 2147483647, found true",
            "/groups/g: expected an array, found a string \"a\"",
            "/maybeList: expected an array, found an object"),
        problems(
            ContainersJson::decode,
            "{\"names\":[\"a\",2],\"counts\":{\"a/b\":\"1\"},"
                + "\"scores\":[1,null],\"matrix\":[[1],[true]],\"groups\":{\"g\":\"a\"},\"maybeList\":{}}"));
    assertProblem(
        ContainersJson::decode, "{\"counts\":[]}", "/counts: expected an object, found an array");
  }
}
