package flowcdk.blackbox;

import static flowcdk.blackbox.Json.assertProblem;
import static flowcdk.blackbox.Json.decode;
import static flowcdk.blackbox.Json.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Primitives, their boxes, strings and chars. */
class ScalarsTest {

  @Test
  void primitivesAtTheirMinimum() {
    String json =
        "{\"flag\":false,\"tiny\":-128,\"small\":-32768,\"number\":-2147483648,"
            + "\"big\":-9223372036854775808,\"ratio\":-3.4028235E38,\"precise\":-1.7976931348623157E308,"
            + "\"letter\":\"\\u0000\"}";
    Primitives value =
        new Primitives(
            false,
            Byte.MIN_VALUE,
            Short.MIN_VALUE,
            Integer.MIN_VALUE,
            Long.MIN_VALUE,
            -Float.MAX_VALUE,
            -Double.MAX_VALUE,
            '\0');
    assertEquals(value, decode(PrimitivesJson::decode, json));
    assertEquals(json, PrimitivesJson.encode(value).toString());
  }

  @Test
  void primitivesAtTheirMaximum() {
    String json =
        "{\"flag\":true,\"tiny\":127,\"small\":32767,\"number\":2147483647,"
            + "\"big\":9223372036854775807,\"ratio\":1.4E-45,\"precise\":4.9E-324,\"letter\":\"\uffff\"}";
    Primitives value =
        new Primitives(
            true,
            Byte.MAX_VALUE,
            Short.MAX_VALUE,
            Integer.MAX_VALUE,
            Long.MAX_VALUE,
            Float.MIN_VALUE,
            Double.MIN_VALUE,
            '\uffff');
    assertEquals(value, decode(PrimitivesJson::decode, json));
    assertEquals(json, PrimitivesJson.encode(value).toString());
  }

  @Test
  void ordinaryPrimitivesAreWrittenShortest() {
    Primitives value = new Primitives(true, (byte) 1, (short) 2, 3, 4L, 0.1f, 0.1, 'é');
    String json =
        "{\"flag\":true,\"tiny\":1,\"small\":2,\"number\":3,\"big\":4,\"ratio\":0.1,"
            + "\"precise\":0.1,\"letter\":\"é\"}";
    assertEquals(json, PrimitivesJson.encode(value).toString());
    assertEquals(value, decode(PrimitivesJson::decode, json));
  }

  @Test
  void integralNumbersInAnyNotationAreIntegers() {
    Primitives value =
        decode(
            PrimitivesJson::decode,
            "{\"flag\":true,\"tiny\":1.0,\"small\":2e0,"
                + "\"number\":3E+2,\"big\":1.2e1,\"ratio\":1,\"precise\":2,\"letter\":\"x\"}");
    assertEquals(new Primitives(true, (byte) 1, (short) 2, 300, 12L, 1f, 2d, 'x'), value);
  }

  @Test
  void outOfRangeAndWrongTypesAreProblems() {
    assertEquals(
        List.of(
            "/flag: expected a boolean, found a string \"true\"",
            "/tiny: expected an integer from -128 to 127, found a number 128",
            "/small: expected an integer from -32768 to 32767, found a number -32769",
            "/number: expected an integer from -2147483648 to 2147483647, found a number 1.5",
            "/big: expected an integer from -9223372036854775808 to 9223372036854775807,"
                + " found a number 9223372036854775808",
            "/ratio: expected a number from -3.4028235E38 to 3.4028235E38, found a number 1e39",
            "/precise: expected a number from -1.7976931348623157E308 to 1.7976931348623157E308,"
                + " found a number 1e400",
            "/letter: expected a one-character string, found a string \"ab\""),
        problems(
            PrimitivesJson::decode,
            "{\"flag\":\"true\",\"tiny\":128,\"small\":-32769,"
                + "\"number\":1.5,\"big\":9223372036854775808,\"ratio\":1e39,\"precise\":1e400,"
                + "\"letter\":\"ab\"}"));
  }

  @Test
  void nonFiniteDoublesAreWrittenAsStringsAndReadBack() {
    // Decision: NaN and the infinities are written as the JSON strings "NaN", "Infinity" and
    // "-Infinity" (valid JSON, and what pydantic writes with ser_json_inf_nan="strings"), and
    // exactly those strings are read back, so that every value the codec writes round-trips.
    Primitives value =
        new Primitives(true, (byte) 0, (short) 0, 0, 0L, Float.NEGATIVE_INFINITY, Double.NaN, 'x');
    String json =
        "{\"flag\":true,\"tiny\":0,\"small\":0,\"number\":0,\"big\":0,"
            + "\"ratio\":\"-Infinity\",\"precise\":\"NaN\",\"letter\":\"x\"}";
    assertEquals(json, PrimitivesJson.encode(value).toString());
    assertEquals(value, decode(PrimitivesJson::decode, json));

    Boxes boxes =
        new Boxes(null, null, null, null, null, Float.NaN, Double.POSITIVE_INFINITY, null);
    String boxesJson = "{\"ratio\":\"NaN\",\"precise\":\"Infinity\"}";
    assertEquals(boxesJson, BoxesJson.encode(boxes).toString());
    assertEquals(boxes, decode(BoxesJson::decode, boxesJson));
  }

  @Test
  void otherStringsAreNotNumbers() {
    assertEquals(
        List.of(
            "/ratio: expected a number, found a string \"nan\"",
            "/precise: expected a number, found a string \"1.5\""),
        problems(BoxesJson::decode, "{\"ratio\":\"nan\",\"precise\":\"1.5\"}"));
  }

  @Test
  void boxesRoundTrip() {
    Boxes value = new Boxes(false, (byte) -1, (short) 300, -7, 1L << 40, 2.5f, -0.0, '"');
    String json =
        "{\"flag\":false,\"tiny\":-1,\"small\":300,\"number\":-7,\"big\":1099511627776,"
            + "\"ratio\":2.5,\"precise\":-0.0,\"letter\":\"\\\"\"}";
    assertEquals(json, BoxesJson.encode(value).toString());
    assertEquals(value, decode(BoxesJson::decode, json));
  }

  @Test
  void unsetBoxesAreOmittedAndNullsReadAsUnset() {
    Boxes empty = new Boxes(null, null, null, null, null, null, null, null);
    assertEquals("{}", BoxesJson.encode(empty).toString());
    assertEquals(empty, decode(BoxesJson::decode, "{}"));
    assertEquals(
        empty,
        decode(
            BoxesJson::decode,
            "{\"flag\":null,\"tiny\":null,\"small\":null,"
                + "\"number\":null,\"big\":null,\"ratio\":null,\"precise\":null,\"letter\":null}"));
  }

  @Test
  void stringsKeepUnicodeAndEscapes() {
    String text = "héllo \"q\" \\ / \n\r\t\b\f \u0001\u001f 😀 \u2028 中文";
    Texts value = new Texts(text, "");
    String json =
        "{\"text\":\"héllo \\\"q\\\" \\\\ / \\n\\r\\t\\b\\f \\u0001\\u001f 😀 \u2028 中文\","
            + "\"other\":\"\"}";
    assertEquals(json, TextsJson.encode(value).toString());
    assertEquals(value, decode(TextsJson::decode, json));
  }

  @Test
  void escapedInputIsUnescaped() {
    assertEquals(
        new Texts("é😀/", null),
        decode(TextsJson::decode, "{\"text\":\"\\u00e9\\ud83d\\ude00\\/\"}"));
  }

  @Test
  void stringsAreNotCoerced() {
    assertEquals(
        List.of(
            "/text: expected a string, found a number 5",
            "/other: expected a string, found an object"),
        problems(TextsJson::decode, "{\"text\":5,\"other\":{\"a\":[1]}}"));
  }

  @Test
  void charIsOneUtf16Unit() {
    assertProblem(
        BoxesJson::decode,
        "{\"letter\":\"\"}",
        "/letter: expected a one-character string, found a string \"\"");
    assertTrue(
        BoxesJson.encode(new Boxes(null, null, null, null, null, null, null, '\u00e9'))
            .toString()
            .equals("{\"letter\":\"é\"}"));
  }
}
