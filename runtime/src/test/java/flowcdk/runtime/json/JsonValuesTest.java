package flowcdk.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

  @Test
  void roundTripKeepsOrderAndTypes() {
    String text =
        "{\"z\":1,\"a\":\"text é\",\"m\":{\"t\":true,\"f\":false,\"n\":null},"
            + "\"arr\":[1,null,\"x\",null,[null]],\"neg\":-9223372036854775808}";
    Object value = JsonValues.read(RawJson.parse(text));
    Map<?, ?> map = assertInstanceOf(Map.class, value);
    assertEquals(List.of("z", "a", "m", "arr", "neg"), new ArrayList<>(map.keySet()));
    assertEquals(1L, map.get("z"));
    assertEquals(Long.MIN_VALUE, map.get("neg"));
    assertEquals(Arrays.asList(1L, null, "x", null, Arrays.asList((Object) null)), map.get("arr"));
    Map<?, ?> m = assertInstanceOf(Map.class, map.get("m"));
    assertEquals(true, m.get("t"));
    assertEquals(false, m.get("f"));
    assertNull(m.get("n"));
    assertEquals(true, m.containsKey("n"));
    assertEquals(text, JsonValues.toRawJson(value).toString());
  }

  @Test
  void bigIntegersStayExact() {
    String text = "[9223372036854775807,9223372036854775808,-123456789012345678901234567890]";
    List<?> list = assertInstanceOf(List.class, JsonValues.read(RawJson.parse(text)));
    assertEquals(Long.MAX_VALUE, list.get(0));
    assertEquals(new BigInteger("9223372036854775808"), list.get(1));
    assertEquals(new BigInteger("-123456789012345678901234567890"), list.get(2));
    assertEquals(text, JsonValues.toRawJson(list).toString());
  }

  @Test
  void decimalsStayExact() {
    String text = "[0.1,2.25,-1.000000000000000000001,1E+400]";
    List<?> list = assertInstanceOf(List.class, JsonValues.read(RawJson.parse(text)));
    assertEquals(new BigDecimal("0.1"), list.get(0));
    assertEquals(new BigDecimal("2.25"), list.get(1));
    assertEquals(new BigDecimal("-1.000000000000000000001"), list.get(2));
    assertEquals(new BigDecimal("1E+400"), list.get(3));
    RawJson written = JsonValues.toRawJson(list);
    assertEquals(list, JsonValues.read(written));
  }

  @Test
  void nullElementsInArrays() {
    List<Object> list = Arrays.asList(null, "a", null);
    assertEquals("[null,\"a\",null]", JsonValues.toRawJson(list).toString());
    assertEquals(list, JsonValues.read(RawJson.parse("[ null , \"a\" , null ]")));
    assertNull(JsonValues.read(RawJson.NULL));
    assertEquals("null", JsonValues.toRawJson(null).toString());
  }

  @Test
  void writesJavaValues() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("int", 3);
    map.put("short", (short) 4);
    map.put("double", 1.5);
    map.put("nan", Double.NaN);
    map.put("array", new Object[] {"a", 1L});
    map.put("raw", RawJson.parse("{\"k\":[1]}"));
    map.put("other", Duration.ofSeconds(90)); // no JSON form: written as its toString()
    assertEquals(
        "{\"int\":3,\"short\":4,\"double\":1.5,\"nan\":\"NaN\",\"array\":[\"a\",1],"
            + "\"raw\":{\"k\":[1]},\"other\":\"PT1M30S\"}",
        JsonValues.toRawJson(map).toString());
  }

  @Test
  void writesEveryKindOfNumberAndCollection() {
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put("byte", (byte) -2);
    map.put("float", 0.25f);
    map.put("infinite", Float.POSITIVE_INFINITY);
    map.put("big", new java.math.BigDecimal("1.10"));
    map.put("huge", new java.math.BigInteger("123456789012345678901234567890"));
    map.put("linked", new java.util.LinkedList<>(List.of(1, "two")));
    map.put("set", new java.util.LinkedHashSet<>(List.of(true, false)));
    map.put(7, "a key that is not a string");
    map.put("nothing", null);
    assertEquals(
        "{\"byte\":-2,\"float\":0.25,\"infinite\":\"Infinity\",\"big\":1.10,"
            + "\"huge\":123456789012345678901234567890,\"linked\":[1,\"two\"],"
            + "\"set\":[true,false],\"7\":\"a key that is not a string\",\"nothing\":null}",
        JsonValues.toRawJson(map).toString());
  }

  @Test
  void memberNamesAreWrittenRightWhateverTheyShare() {
    // Names are written from a table of encoded names indexed by hash: colliding, long, escaped,
    // non-ASCII and equal-but-not-identical names must all come out as given.
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < 3000; i++) {
      map.put("name" + i, i);
    }
    map.put("Aa", "collides with BB");
    map.put("BB", "collides with Aa");
    map.put("x".repeat(100), "long");
    map.put("quote\"and\\slash\n", "escaped");
    map.put("é€😀", "non-ASCII");
    map.put(new String("name7"), "replaced");
    String once = JsonValues.toRawJson(map).toString();
    String twice = JsonValues.toRawJson(map).toString();
    assertEquals(once, twice);
    assertEquals(
        map.keySet(), assertInstanceOf(Map.class, JsonValues.read(RawJson.parse(once))).keySet());
    assertTrue(once.contains("\"Aa\":\"collides with BB\",\"BB\":\"collides with Aa\""), once);
    assertTrue(once.contains("\"quote\\\"and\\\\slash\\n\":\"escaped\""), once);
    assertTrue(once.contains("\"é€😀\":\"non-ASCII\""), once);
    assertTrue(once.contains("\"name7\":\"replaced\""), once);
  }
}
