package flowcdk.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawJsonTest {

  @Test
  void parseCompactsWhitespace() {
    RawJson json =
        RawJson.parse(" {\n  \"a\" : [ 1 , 2,\t3 ],\r\n \"b\" : { \"c\" : \"x y\" } }  \n");
    assertEquals("{\"a\":[1,2,3],\"b\":{\"c\":\"x y\"}}", json.toString());
    assertTrue(json.isObject());
    assertEquals(json.toString().length(), json.length());
  }

  @Test
  void parseKeepsNumbersExactlyAsWritten() {
    String numbers =
        "{\"d\":0.1000000000000000000001,\"big\":1E+400,\"neg\":-1.000000000000000000001,"
            + "\"exp\":3.25e2,\"zero\":-0.0,\"int\":123456789012345678901234567890,"
            + "\"nested\":[2.50,{\"x\":12345678901234567890.5}]}";
    assertEquals(numbers, RawJson.parse(numbers).toString());
    assertEquals("1E+400", RawJson.parse(" 1E+400 ").toString());
  }

  @Test
  void parseKeepsMemberOrderAndEqualityIsByteEquality() {
    assertEquals(RawJson.parse("{ \"a\":1, \"b\":2 }"), RawJson.parse("{\"a\":1,\"b\":2}"));
    assertEquals(
        RawJson.parse("{ \"a\":1, \"b\":2 }").hashCode(),
        RawJson.parse("{\"a\":1,\"b\":2}").hashCode());
    assertFalse(RawJson.parse("{\"a\":1,\"b\":2}").equals(RawJson.parse("{\"b\":2,\"a\":1}")));
  }

  @Test
  void parseRejectsTrailingContent() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RawJson.parse("{\"a\":1} {\"b\":2}"));
    assertTrue(e.getMessage().contains("exactly one JSON value"), e.getMessage());
    IllegalArgumentException scalar =
        assertThrows(IllegalArgumentException.class, () -> RawJson.parse("1 2"));
    assertTrue(scalar.getMessage().contains("exactly one JSON value"), scalar.getMessage());
  }

  @Test
  void parseRejectsEmptyInput() {
    for (String empty : new String[] {"", "   \n\t "}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RawJson.parse(empty));
      assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
  }

  @Test
  void parseRejectsInvalidJson() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RawJson.parse("{\"a\":}"));
    assertTrue(e.getMessage().startsWith("not valid JSON: "), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RawJson.parse("[1,2"));
  }

  @Test
  void copyOfObjectLeavesParserOnLastToken() throws IOException {
    try (JsonParser p = parser("[ {\"a\" : {\"b\": [1, {}]} , \"c\":null}, 7 ]")) {
      assertEquals(JsonToken.START_ARRAY, p.nextToken());
      p.nextToken();
      RawJson copy = RawJson.copyOf(p);
      assertEquals("{\"a\":{\"b\":[1,{}]},\"c\":null}", copy.toString());
      assertEquals(JsonToken.END_OBJECT, p.currentToken());
      assertEquals(JsonToken.VALUE_NUMBER_INT, p.nextToken());
      assertEquals(7, p.getIntValue());
    }
  }

  @Test
  void copyOfArray() throws IOException {
    try (JsonParser p = parser("{\"x\": [ 1, \"two\", [ ], {\"k\": true} ], \"y\": 1}")) {
      p.nextToken();
      p.nextToken();
      assertEquals(JsonToken.START_ARRAY, p.nextToken());
      RawJson copy = RawJson.copyOf(p);
      assertEquals("[1,\"two\",[],{\"k\":true}]", copy.toString());
      assertFalse(copy.isObject());
      assertEquals(JsonToken.END_ARRAY, p.currentToken());
      assertEquals("y", p.nextFieldName());
    }
  }

  @Test
  void copyOfScalars() throws IOException {
    try (JsonParser p =
        parser("[\"s\\u00e9\\n\", -12, 3.25e2, true, false, 123456789012345678901234567890]")) {
      p.nextToken();
      String[] expected = {
        "\"sé\\n\"", "-12", "3.25e2", "true", "false", "123456789012345678901234567890"
      };
      for (String want : expected) {
        p.nextToken();
        assertEquals(want, RawJson.copyOf(p).toString());
      }
      assertEquals(JsonToken.END_ARRAY, p.nextToken());
    }
  }

  @Test
  void copyOfEmptyObjectAndNull() throws IOException {
    try (JsonParser p = parser("[ { } , null, 1]")) {
      p.nextToken();
      p.nextToken();
      RawJson empty = RawJson.copyOf(p);
      assertSame(RawJson.EMPTY_OBJECT, empty);
      assertEquals("{}", empty.toString());
      assertEquals(JsonToken.END_OBJECT, p.currentToken());
      p.nextToken();
      RawJson nul = RawJson.copyOf(p);
      assertSame(RawJson.NULL, nul);
      assertTrue(nul.isNull());
      assertFalse(nul.isObject());
      assertEquals(JsonToken.VALUE_NUMBER_INT, p.nextToken());
    }
    assertEquals("{}", RawJson.parse(" { } ").toString());
    assertTrue(RawJson.parse("null").isNull());
  }

  @Test
  void copyOfNeedsAPositionedParser() throws IOException {
    try (JsonParser p = parser("{}")) {
      assertThrows(IllegalStateException.class, () -> RawJson.copyOf(p));
    }
  }

  @Test
  void writeToGeneratorEmbedsBytesVerbatim() throws IOException {
    RawJson inner =
        RawJson.parse("{\"name\":\"Grüße 😀 ✓\",\"list\":[1,2.5,null],\"esc\":\"a\\\"b\"}");
    RawJson scalar = RawJson.parse("\"日本\"");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("before", "é");
      g.writeFieldName("doc");
      inner.writeTo(g);
      g.writeFieldName("items");
      g.writeStartArray();
      scalar.writeTo(g);
      inner.writeTo(g);
      RawJson.EMPTY_OBJECT.writeTo(g);
      g.writeEndArray();
      g.writeNumberField("after", 1);
      g.writeEndObject();
    }
    String expected =
        "{\"before\":\"é\",\"doc\":" + inner + ",\"items\":[\"日本\"," + inner + ",{}],\"after\":1}";
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    // And the result is itself valid JSON, unchanged by re-parsing.
    assertEquals(expected, RawJson.parse(out.toByteArray()).toString());
  }

  @Test
  void writeToStreamAndByteArrayCopy() throws IOException {
    RawJson json = RawJson.parse("{\"k\":\"ü\"}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeTo(out);
    assertArrayEquals("{\"k\":\"ü\"}".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    byte[] copy = json.toByteArray();
    copy[0] = 'x';
    assertEquals("{\"k\":\"ü\"}", json.toString());
  }

  private static JsonParser parser(String json) throws IOException {
    return JsonFactories.factory().createParser(json.getBytes(StandardCharsets.UTF_8));
  }
}
