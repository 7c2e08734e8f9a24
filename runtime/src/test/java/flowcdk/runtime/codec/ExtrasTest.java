package flowcdk.runtime.codec;

import static flowcdk.runtime.codec.Reads.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.RawJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtrasTest {

  private static final RawJson ONE = RawJson.parse("1");
  private static final RawJson TWO = RawJson.parse("2");
  private static final RawJson OBJ = RawJson.parse("{\"z\":[1,\"x\"]}");

  @Test
  void emptyExtras() {
    assertTrue(Extras.EMPTY.isEmpty());
    assertEquals(0, Extras.EMPTY.size());
    assertEquals(List.of(), Extras.EMPTY.names());
    assertSame(Extras.EMPTY, Extras.of());
    assertSame(Extras.EMPTY, Extras.builder().build());
    assertEquals("{}", Extras.EMPTY.toString());
    assertNull(Extras.EMPTY.get("a"));
  }

  @Test
  void keepsInsertionOrder() {
    Extras extras = Extras.builder().put("b", ONE).put("a", OBJ).put("c", TWO).build();
    assertEquals(List.of("b", "a", "c"), extras.names());
    assertEquals(OBJ, extras.get("a"));
    assertEquals(3, extras.size());
    assertFalse(extras.isEmpty());
    assertTrue(extras.contains("c"));
    assertFalse(extras.contains("d"));
    assertEquals("{\"b\":1,\"a\":{\"z\":[1,\"x\"]},\"c\":2}", extras.toString());
    List<String> seen = new ArrayList<>();
    extras.forEach((name, value) -> seen.add(name + "=" + value));
    assertEquals(List.of("b=1", "a={\"z\":[1,\"x\"]}", "c=2"), seen);
  }

  @Test
  void duplicatePutReplacesInPlace() {
    Extras extras = Extras.builder().put("a", ONE).put("b", ONE).put("a", TWO).build();
    assertEquals(List.of("a", "b"), extras.names());
    assertEquals(TWO, extras.get("a"));
  }

  @Test
  void manyMembersUseTheIndex() {
    Extras.Builder builder = Extras.builder();
    for (int i = 0; i < 100; i++) {
      builder.put("k" + i, RawJson.parse(Integer.toString(i)));
    }
    builder.put("k3", OBJ).put("k70", OBJ);
    assertEquals(100, builder.size());
    Extras extras = builder.build();
    assertEquals(100, extras.size());
    assertEquals("k0", extras.names().get(0));
    assertEquals("k99", extras.names().get(99));
    assertEquals(OBJ, extras.get("k3"));
    assertEquals(OBJ, extras.get("k70"));
    assertEquals(RawJson.parse("42"), extras.get("k42"));
  }

  @Test
  void builderCanBeReused() {
    Extras.Builder builder = Extras.builder().put("a", ONE);
    Extras first = builder.build();
    builder.put("b", TWO).put("a", TWO);
    assertEquals(Extras.of("a", ONE), first);
    assertEquals(Extras.of("a", TWO, "b", TWO), builder.build());
  }

  @Test
  void factories() {
    assertEquals(List.of("x"), Extras.of("x", ONE).names());
    assertEquals(List.of("x", "y"), Extras.of("x", ONE, "y", TWO).names());
    assertEquals(List.of("x", "y", "z"), Extras.of("x", ONE, "y", TWO, "z", OBJ).names());
    Map<String, RawJson> map = new LinkedHashMap<>();
    map.put("q", TWO);
    map.put("p", ONE);
    assertEquals(Extras.of("q", TWO, "p", ONE), Extras.of(map));
    assertThrows(NullPointerException.class, () -> Extras.of("x", null));
    assertThrows(NullPointerException.class, () -> Extras.builder().put(null, ONE));
  }

  @Test
  void withAndWithout() {
    Extras base = Extras.of("a", ONE, "b", TWO);
    assertEquals(Extras.of("a", OBJ, "b", TWO), base.with("a", OBJ));
    assertEquals(Extras.of("a", ONE, "b", TWO, "c", OBJ), base.with("c", OBJ));
    assertEquals(Extras.of("b", TWO), base.without("a"));
    assertEquals(Extras.of("a", ONE), base.without("b"));
    assertSame(base, base.without("zzz"));
    assertSame(Extras.EMPTY, Extras.of("a", ONE).without("a"));
    assertEquals(Extras.of("a", ONE, "b", TWO), base);
    Extras middle = Extras.of("a", ONE, "b", TWO, "c", OBJ).without("b");
    assertEquals(Extras.of("a", ONE, "c", OBJ), middle);
  }

  @Test
  void equalityIsOrderedAndByValue() {
    Extras ab = Extras.of("a", ONE, "b", TWO);
    assertEquals(ab, Extras.of("a", RawJson.parse(" 1 "), "b", RawJson.parse("2")));
    assertEquals(ab.hashCode(), Extras.of("a", ONE, "b", TWO).hashCode());
    assertNotEquals(ab, Extras.of("b", TWO, "a", ONE));
    assertNotEquals(ab, Extras.of("a", ONE, "b", ONE));
    assertNotEquals(ab, Extras.of("a", ONE));
    assertNotEquals(ab, null);
  }

  @Test
  void writeFieldsWritesRawMembers() {
    Extras extras = Extras.of("a/b", OBJ, "n", RawJson.NULL, "s", RawJson.parse("\"q\\\"\""));
    ValueWriter<Extras> inObject =
        (g, value) -> {
          g.writeStartObject();
          g.writeStringField("declared", "x");
          value.writeFields(g);
          g.writeEndObject();
        };
    assertEquals(
        "{\"declared\":\"x\",\"a/b\":{\"z\":[1,\"x\"]},\"n\":null,\"s\":\"q\\\"\"}",
        write(inObject, extras));
    assertEquals("{\"declared\":\"x\"}", write(inObject, Extras.EMPTY));
  }
}
