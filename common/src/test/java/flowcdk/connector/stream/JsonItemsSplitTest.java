package flowcdk.connector.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import flowcdk.runtime.json.RawJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: wherever the input is cut into chunks, the items, the remainder and the failure are
 * those of the input read whole. Each input is cut at every single position, into 1-byte chunks,
 * and at random sets of positions (fixed seed), for typed and raw items.
 */
class JsonItemsSplitTest {

  private static final String ITEM =
      "{\"id\":7,\"name\":\"caf\\u00e9 é 😀 中文 \\\"q\\\" \\\\\",\"tags\":[1.5e3,-0,true,null]}";

  /** Inputs with their prefix, and the number of items or the failure they are expected to give. */
  static Stream<Arguments> inputs() {
    return Stream.of(
        input(
            "reference example",
            "records.item",
            "{\"count\":2,\"records\":[{\"id\":1},{\"id\":2}],\"next_page\":\"asdf\"}"),
        input(
            "pretty, multi-byte and escaped",
            "records.item",
            "{\n  \"records\" : [\n    " + ITEM + " ,\n\t" + ITEM + "\r\n  ],\n  \"count\": 2\n}"),
        input(
            "ndjson at the top level",
            "",
            "{\"id\":1,\"name\":\"é\"}\n{\"id\":2}\n\n{\"id\":3,\"x\":[[[]]]}\n"),
        input(
            "ndjson with a member prefix",
            "record",
            "{\"record\":{\"id\":1},\"n\":1}\n{\"other\":\"😀\"}\n{\"record\":{\"id\":22},\"n\":3}"),
        input("concatenated", "", "{\"id\":1}{\"id\":2} {\"id\":3}\t{\"id\":44}"),
        input("nested arrays", "item.item", "[[1,22,333],[],[\"é\",[4444]], [ -5.5e-5 ]]"),
        input(
            "scalars",
            "item",
            "[1,\"two\",true,false,null,2.50,\"\\u00e9\\n\",12345678901234567890]"),
        input("a scalar at the top level", "", "  12345  "),
        input(
            "repeated keys",
            "obj.nested",
            "{\"obj\":{\"nested\":{\"id\":1},\"k\":\"é\",\"nested\":{\"id\":2}},\"obj\":{\"z\":1}}"),
        input("member named item", "records.item", "{\"records\":{\"item\":{\"id\":5}},\"n\":1}"),
        input(
            "exact numbers in the remainder",
            "records.item",
            "{\"ratio\":0.1000000000000000000001,\"records\":[{\"id\":1}],\"big\":1e400}"),
        input("byte order mark", "records.item", "\uFEFF{\"records\":[{\"id\":1}]}"),
        input("empty", "records.item", ""),
        input("whitespace only", "records.item", " \n\t\r\n "),
        input(
            "truncated inside an item",
            "records.item",
            "{\"records\":[{\"id\":1},{\"id\":2,\"name\":\"ab"),
        input("truncated after an item", "records.item", "{\"records\":[{\"id\":1},{\"id\":2}"),
        input("truncated at the top level", "", "{\"id\":1}\n{\"id\":2}\n[1."),
        input("malformed", "records.item", "{\"records\":[{\"id\":1},{\"id\":2}],}"),
        input(
            "malformed: a trailing comma in an object",
            "records.item",
            "{\"records\":[{\"id\":1,  }]}"),
        input(
            "malformed: a trailing comma in the remainder",
            "records.item",
            "{\"records\":[{\"id\":1}], \n }"),
        input("malformed: a trailing comma in an array", "item", "[{\"id\":1}, \t]"),
        input(
            "commas in strings",
            "records.item",
            "{\"records\":[{\"id\":1,\"name\":\"a, , b,\"}, {\"id\":2} ,\n{\"id\":3}]}"),
        input(
            "malformed inside an item", "records.item", "{\"records\":[{\"id\":1},{\"id\":2,,}]}"),
        input(
            "invalid item",
            "records.item",
            "{\"records\":[{\"id\":1},{\"id\":\"x\",\"name\":5},{\"id\":3}]}"),
        input("null item", "item", "[{\"id\":1},null,{\"id\":3}]"),
        input("broken byte order mark", "", "\u00EF"));
  }

  private static Arguments input(String name, String prefix, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    if (name.equals("broken byte order mark")) {
      bytes = new byte[] {(byte) 0xEF, (byte) 0xBB, '{', '}'};
    }
    return Arguments.of(name, prefix, bytes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void typedItemsAreTheSameWhereverTheInputIsCut(String name, String prefix, byte[] json) {
    assertSameWhereverCut(JsonItems.at(prefix, RowJson.INSTANCE), json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void rawItemsAreTheSameWhereverTheInputIsCut(String name, String prefix, byte[] json) {
    assertSameWhereverCut(JsonItems.rawAt(prefix), json);
  }

  private static <T> void assertSameWhereverCut(JsonItems<T> items, byte[] json) {
    Outcome<T> whole = Outcome.of(items, json);
    for (int cut = 1; cut < json.length; cut++) {
      assertEquals(whole, Outcome.of(items, json, cut), "cut at " + cut);
    }
    int[] everyByte = IntStream.range(1, json.length).toArray();
    assertEquals(whole, Outcome.of(items, json, everyByte), "1-byte chunks");
    Random random = new Random(14);
    for (int run = 0; run < 100 && json.length > 2; run++) {
      int[] cuts = random.ints(1 + random.nextInt(8), 1, json.length).toArray();
      assertEquals(whole, Outcome.of(items, json, cuts), "cuts at " + Arrays.toString(cuts));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void theWholeReadsAreWhatTheInputsSay(String name, String prefix, byte[] json) {
    Outcome<RawJson> raw = Outcome.of(JsonItems.rawAt(prefix), json);
    boolean bad =
        name.startsWith("truncated") || name.startsWith("malformed") || name.startsWith("broken");
    if (bad) {
      assertNotNull(raw.failure(), name);
    } else {
      assertNull(raw.failure(), name);
    }
  }

  @org.junit.jupiter.api.Test
  void aLargeInputIsTheSameInItsOwnChunksAndInRandomOnes() {
    StringBuilder json = new StringBuilder("{\"records\":[");
    List<Row> expected = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      Row row = new Row(i, "row " + i + " é😀".repeat(i % 7));
      expected.add(row);
      json.append(i == 0 ? "" : ",").append(RowJson.encode(row));
    }
    json.append("],\"count\":6000}");
    byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
    JsonItems<Row> items = JsonItems.at("records.item", RowJson.INSTANCE);
    Outcome<Row> whole = Outcome.of(items, bytes);
    assertEquals(new Outcome<>(expected, "{\"records\":[],\"count\":6000}", null), whole);
    Random random = new Random(14);
    for (int run = 0; run < 5; run++) {
      int[] cuts = random.ints(200, 1, bytes.length).toArray();
      assertEquals(whole, Outcome.of(items, bytes, cuts), "run " + run);
    }
  }
}
