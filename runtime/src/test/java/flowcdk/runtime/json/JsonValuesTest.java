package flowcdk.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
