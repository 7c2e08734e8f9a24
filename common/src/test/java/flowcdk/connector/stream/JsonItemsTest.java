package flowcdk.connector.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.json.RawJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prefix language, items, remainder and errors of §10.1, each input read in one chunk. */
class JsonItemsTest {

  private static final JsonItems<Row> RECORDS = JsonItems.at("records.item", RowJson.INSTANCE);

  /** The raw items at {@code prefix} of {@code json}, as text; fails the test on a failure. */
  private static List<String> raw(String prefix, String json) {
    Outcome<RawJson> outcome = Outcome.of(JsonItems.rawAt(prefix), json);
    assertNull(outcome.failure());
    return outcome.items().stream().map(RawJson::toString).toList();
  }

  private static String remainder(String prefix, String json) {
    Outcome<RawJson> outcome = Outcome.of(JsonItems.rawAt(prefix), json);
    assertNull(outcome.failure());
    return outcome.remainder();
  }

  private static JsonItemIterator<Row> records(String json) {
    return RECORDS.iterator(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theReferenceExampleGivesTwoItemsAndThePaginationAsRemainder() {
    String json = "{\"count\":2,\"records\":[{\"id\":1},{\"id\":2}],\"next_page\":\"asdf\"}";
    try (JsonItemIterator<Row> items = records(json)) {
      assertEquals(new Row(1, null), items.next());
      assertEquals(new Row(2, null), items.next());
      assertFalse(items.hasNext());
      assertEquals(
          "{\"count\":2,\"records\":[],\"next_page\":\"asdf\"}", items.remainder().toString());
      assertEquals(new Page(2, "asdf", null), items.remainder(PageJson.INSTANCE));
    }
    assertEquals(List.of("{\"id\":1}", "{\"id\":2}"), raw("records.item", json));
  }

  @Test
  void itemIsEachElementOfATopLevelArray() {
    assertEquals(List.of("{\"id\":1}", "2", "[3]"), raw("item", "[{\"id\":1}, 2, [3]]"));
    assertEquals("[]", remainder("item", "[{\"id\":1}, 2, [3]]"));
  }

  @Test
  void itemRecordIsAMemberOfEachElementAndTheRestOfTheElementsStays() {
    String json = "[{\"record\":{\"id\":1},\"x\":1},{\"x\":2},{\"record\":{\"id\":3}}]";
    assertEquals(List.of("{\"id\":1}", "{\"id\":3}"), raw("item.record", json));
    assertEquals("[{\"x\":1},{\"x\":2},{}]", remainder("item.record", json));
  }

  @Test
  void aRepeatedKeyAtThePrefixGivesEachOccurrenceAndLeavesTheKeyOutOfTheRemainder() {
    String json = "{\"obj\":{\"nested\":{\"id\":1},\"keep\":true,\"nested\":[2]},\"after\":null}";
    assertEquals(List.of("{\"id\":1}", "[2]"), raw("obj.nested", json));
    assertEquals("{\"obj\":{\"keep\":true},\"after\":null}", remainder("obj.nested", json));
  }

  @Test
  void theEmptyPrefixIsEachTopLevelValueOfNdjsonAndConcatenatedJson() {
    String ndjson = "{\"id\":1}\n{\"id\":2}\n\n{\"id\":3}\n";
    assertEquals(List.of("{\"id\":1}", "{\"id\":2}", "{\"id\":3}"), raw("", ndjson));
    String concatenated = "{\"id\":1}{\"id\":2} \t\r\n[3]\"four\" 5";
    assertEquals(
        List.of("{\"id\":1}", "{\"id\":2}", "[3]", "\"four\"", "5"), raw("", concatenated));
    assertEquals("null", remainder("", ndjson), "every top-level value was an item");

    Outcome<Row> typed = Outcome.of(JsonItems.at("", RowJson.INSTANCE), ndjson);
    assertEquals(List.of(new Row(1, null), new Row(2, null), new Row(3, null)), typed.items());
  }

  @Test
  void aMemberPrefixOnNdjsonSkipsLinesWithoutItAndTheLastLineIsTheRemainder() {
    String ndjson =
        "{\"record\":{\"id\":1},\"n\":1}\n{\"other\":true}\n{\"record\":{\"id\":2},\"n\":3}\n";
    assertEquals(List.of("{\"id\":1}", "{\"id\":2}"), raw("record", ndjson));
    assertEquals("{\"n\":3}", remainder("record", ndjson));
    assertEquals("{\"other\":true}", remainder("record", "{\"record\":1}\n{\"other\":true}"));
  }

  @Test
  void scalarItemsAreTheirExactText() {
    String json = "[1, \"two\", true, false, null, 2.50, -0.0e+10, \"\\u00e9\\n\", {\"a\":[]}]";
    assertEquals(
        List.of(
            "1",
            "\"two\"",
            "true",
            "false",
            "null",
            "2.50",
            "-0.0e+10",
            "\"\\u00e9\\n\"",
            "{\"a\":[]}"),
        raw("item", json));
    assertEquals(List.of("42"), raw("", "42"), "a top-level number ends with the input");
  }

  @Test
  void nestedArraysAreAddressedWithItemItem() {
    String json = "[[1,2],[],[3,[4]]]";
    assertEquals(List.of("1", "2", "3", "[4]"), raw("item.item", json));
    assertEquals("[[],[],[]]", remainder("item.item", json));
  }

  @Test
  void aMemberNamedItemOrADottedKeyMatchesAsInIjson() {
    assertEquals(List.of("5"), raw("records.item", "{\"records\":{\"item\":5}}"));
    assertEquals(List.of("1", "2"), raw("a.b", "{\"a.b\":1,\"a\":{\"b\":2}}"));
    assertEquals(List.of(), raw("a", "{\"\":{\"a\":1}}"), "the path of a is \".a\"");
  }

  @Test
  void emptyAndWhitespaceOnlyInputHaveNoItemsAndANullRemainder() {
    for (String json : List.of("", " ", "\n\r\t \n")) {
      Outcome<Row> outcome = Outcome.of(RECORDS, json);
      assertEquals(new Outcome<Row>(List.of(), "null", null), outcome);
    }
  }

  @Test
  void aNullRemainderDoesNotDecodeAndSaysWhy() {
    try (JsonItemIterator<Row> items = records("")) {
      assertFalse(items.hasNext());
      assertTrue(items.remainder().isNull());
      JsonStreamException e =
          assertThrows(JsonStreamException.class, () -> items.remainder(PageJson.INSTANCE));
      assertEquals(
          "the remainder of the input (everything outside the items at \"records.item\") is not a"
              + " valid Page: /: expected Page, found null\n"
              + "(the input held no top-level value outside the items, so the remainder is null:"
              + " was the body empty? Check remainder().isNull() before decoding it if that can"
              + " happen)",
          e.getMessage());
    }
  }

  @Test
  void aRemainderThatDoesNotDecodeNamesItsProblems() {
    try (JsonItemIterator<Row> items = records("{\"records\":[],\"next_page\":5}")) {
      assertFalse(items.hasNext());
      JsonStreamException e =
          assertThrows(JsonStreamException.class, () -> items.remainder(PageJson.INSTANCE));
      assertEquals(
          "the remainder of the input (everything outside the items at \"records.item\") is not a"
              + " valid Page, 2 problems:\n"
              + " - /next_page: expected a string, found a number 5\n"
              + " - /count: required property is missing",
          e.getMessage());
      assertInstanceOf(DecodeException.class, e.getCause());
    }
  }

  @Test
  void truncatedInsideAnItemFailsAfterTheItemsBefore() {
    Outcome<Row> outcome = Outcome.of(RECORDS, "{\"records\":[{\"id\":1},{\"id\":");
    assertEquals(List.of(new Row(1, null)), outcome.items());
    assertEquals(
        "JsonStreamException: the input ended in the middle of a JSON value (truncated body?) at"
            + " line 1, column 28 (in /records/1/id, after 1 item): expected more members or '}'"
            + " to close the object at /records/1 (the parser reports: Unexpected end-of-input:"
            + " expected close marker for Object)",
        outcome.failure());
  }

  @Test
  void truncatedAfterACompleteItemInsideTheArraySaysTheArrayIsNotClosed() {
    Outcome<RawJson> outcome =
        Outcome.of(JsonItems.rawAt("records.item"), "{\"records\":[{\"id\":1}");
    assertEquals(List.of(RawJson.parse("{\"id\":1}")), outcome.items());
    assertEquals(
        "JsonStreamException: the input ended in the middle of a JSON value (truncated body?) at"
            + " line 1, column 21 (in /records/0, after 1 item): expected more elements or ']' to"
            + " close the array at /records (the parser reports: Unexpected end-of-input: expected"
            + " close marker for Array)",
        outcome.failure());
  }

  @Test
  void truncatedInsideAScalarOrAtTheTopLevelIsStillTruncation() {
    assertTrue(
        Outcome.of(RECORDS, "{\"records\":[], \"x\": \"ab")
            .failure()
            .contains("ended in the middle of a JSON value (truncated body?)"));
    assertTrue(
        Outcome.of(JsonItems.rawAt(""), "{\"id\":1} [1.")
            .failure()
            .contains("ended in the middle of a JSON value (truncated body?)"));
  }

  @Test
  void malformedInputGivesTheParsersMessageWithLineColumnAndPointer() {
    Outcome<Row> outcome = Outcome.of(RECORDS, "{\"records\":[{\"id\":1},\n]}");
    assertEquals(List.of(new Row(1, null)), outcome.items());
    assertEquals(
        "JsonStreamException: the input is not valid JSON at line 2, column 1 (in /records/1, after"
            + " 1 item): Unexpected character (']' (code 93)): expected a valid value (JSON String,"
            + " Number, Array, Object or token 'null', 'true' or 'false')",
        outcome.failure());
    assertEquals(
        "JsonStreamException: the input is not valid JSON at line 1, column 1 (after 0 items):"
            + " Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number,"
            + " Array, Object or token 'null', 'true' or 'false')",
        Outcome.of(RECORDS, "<html>").failure());
  }

  @Test
  void aRepeatedKeyInTheRemainderKeepsItsFirstPositionAndLastValue() {
    String json = "{\"a\":1,\"b\":2,\"records\":[],\"a\":{\"x\":[3]},\"c\":3,\"b\":null}";
    assertEquals(
        "{\"a\":{\"x\":[3]},\"b\":null,\"records\":[],\"c\":3}", remainder("records.item", json));
  }

  @Test
  void theRemainderKeepsNumbersAsWritten() {
    String json =
        "{\"count\":1,\"ratio\":0.1000000000000000000001,\"big\":1e400,\"neg\":-0.0,\"records\":[]}";
    assertEquals(
        "{\"count\":1,\"ratio\":0.1000000000000000000001,\"big\":1e400,\"neg\":-0.0,\"records\":[]}",
        remainder("records.item", json));
    try (JsonItemIterator<Row> items = records(json)) {
      assertFalse(items.hasNext());
      assertEquals(
          new BigDecimal("0.1000000000000000000001"), items.remainder(PageJson.INSTANCE).ratio());
    }
  }

  @Test
  void theRemainderCannotBeHadBeforeTheEnd() {
    try (JsonItemIterator<Row> items = records("{\"records\":[{\"id\":1}],\"count\":1}")) {
      IllegalStateException early = assertThrows(IllegalStateException.class, items::remainder);
      assertEquals(
          "the remainder was asked for before the whole input was processed: read the stream to"
              + " its end first, e.g. Streams.forEach(items, ...).map(v -> items.remainder(...))",
          early.getMessage());
      items.next();
      assertThrows(IllegalStateException.class, () -> items.remainder(PageJson.INSTANCE));
      assertFalse(items.hasNext());
      assertEquals(1, items.remainder(PageJson.INSTANCE).count());
    }
  }

  @Test
  void theRemainderOfAFailedInputSaysTheInputFailed() {
    try (JsonItemIterator<Row> items = records("{\"records\":[{\"id\":true}]}")) {
      assertThrows(JsonStreamException.class, items::hasNext);
      IllegalStateException e = assertThrows(IllegalStateException.class, items::remainder);
      assertTrue(
          e.getMessage()
              .startsWith(
                  "the remainder is not available because reading the input failed: item 0 at"),
          e.getMessage());
    }
  }

  @Test
  void anItemThatDoesNotDecodeNamesItsIndexPointerPositionAndProblems() {
    Outcome<Row> outcome =
        Outcome.of(RECORDS, "{\"records\":[{\"id\":1},{\"id\":\"x\",\"name\":5},{\"id\":3}]}");
    assertEquals(List.of(new Row(1, null)), outcome.items());
    assertEquals(
        "JsonStreamException: item 1 at /records/1 (line 1, column 22) is not a valid Row, 2"
            + " problems:\n"
            + " - /id: expected an integer from -9223372036854775808 to 9223372036854775807, found"
            + " a string \"x\"\n"
            + " - /name: expected a string, found a number 5",
        outcome.failure());

    assertEquals(
        "JsonStreamException: item 1 at /records/1 (line 1, column 22) is not a valid Row: /:"
            + " expected Row, found null",
        Outcome.of(RECORDS, "{\"records\":[{\"id\":1},null]}").failure());
    assertEquals(
        "JsonStreamException: item 2 at line 3, column 1 (a top-level value) is not a valid Row:"
            + " /: expected an object, found an array",
        Outcome.of(JsonItems.at("", RowJson.INSTANCE), "{\"id\":1}\n{\"id\":2}\n[3]\n").failure());
  }

  @Test
  void theIndexCountsItemsAcrossTopLevelValues() {
    String ndjson = "{\"records\":[{\"id\":1}]}\n{\"records\":[{\"id\":2},\n  {\"id\":\"q\"}]}";
    assertEquals(
        "JsonStreamException: item 2 at /records/1 (line 3, column 3) is not a valid Row: /id:"
            + " expected an integer from -9223372036854775808 to 9223372036854775807, found a"
            + " string \"q\"",
        Outcome.of(RECORDS, ndjson).failure());
  }

  @Test
  void rawItemsAreTheInputsBytesWithoutWhitespaceOutsideStrings() {
    String item =
        "{\"s\":\"caf\\u00e9 \\\" \\\\ é 😀\",\"n\":1.0000000000000000000001e5,\"z\":-0,\"o\":{}}";
    String json = "{\"records\":[" + item + "," + item + "]}";
    Outcome<RawJson> outcome = Outcome.of(JsonItems.rawAt("records.item"), json);
    byte[] expected = item.getBytes(StandardCharsets.UTF_8);
    for (RawJson raw : outcome.items()) {
      assertEquals(new String(expected, StandardCharsets.UTF_8), raw.toString());
    }
    assertEquals(
        List.of("{\"a\":\"x  y\",\"b\":[1,2]}"),
        raw("item", "[\n  {\n    \"a\" : \"x  y\",\n\t\"b\" : [ 1 , 2 ]\r\n  }\n]"));
  }

  @Test
  void aByteOrderMarkAtTheStartIsSkipped() {
    byte[] json = "\uFEFF{\"records\":[{\"id\":1}]}".getBytes(StandardCharsets.UTF_8);
    assertEquals(3, json.length - "{\"records\":[{\"id\":1}]}".length());
    for (int cut = 0; cut <= 4; cut++) {
      Outcome<Row> outcome = Outcome.of(RECORDS, json, cut);
      assertEquals(new Outcome<>(List.of(new Row(1, null)), "{\"records\":[]}", null), outcome);
    }
    assertEquals(
        "JsonStreamException: the input is not valid JSON at line 1, column 1: it starts with part"
            + " of a UTF-8 byte order mark (EF BB BF) but not all of it",
        Outcome.of(RECORDS, new byte[] {(byte) 0xEF, (byte) 0xBB, '{', '}'}).failure());
  }

  @Test
  void aPrefixWithAnEmptyComponentIsRefused() {
    for (String prefix : List.of("a..b", ".a", "a.", ".")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> JsonItems.rawAt(prefix));
      assertEquals(
          "the prefix \""
              + prefix
              + "\" has an empty component: a prefix is object keys joined with '.', with 'item'"
              + " for an array element (e.g. \"records.item\"), or \"\" for each top-level value;"
              + " it neither starts nor ends with '.' and has no '..'",
          e.getMessage());
    }
    assertEquals("records.item", RECORDS.prefix());
    assertEquals("JsonItems[Row at \"records.item\"]", RECORDS.toString());
  }
}
