package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Paths matched against a prefix as ijson joins them. */
class JsonPrefixTest {

  /** Whether the value reached from the top level through {@code components} is at the prefix. */
  private static boolean at(String prefix, String... components) {
    JsonPrefix p = JsonPrefix.of(prefix);
    int position = JsonPrefix.ROOT;
    for (int depth = 0; depth < components.length; depth++) {
      String c = components[depth];
      position = c == null ? p.element(position, depth) : p.member(position, depth, c);
    }
    return p.matches(position);
  }

  @Test
  void componentsAreKeysAndItemJoinedWithDots() {
    assertTrue(at(""));
    assertFalse(at("", "a"));
    assertTrue(at("records.item", "records", null));
    assertFalse(at("records.item", "records"));
    assertFalse(at("records.item", "records", null, null));
    assertTrue(at("item.record", null, "record"));
    assertTrue(at("item.item", null, null));
    assertTrue(at("result.records.item", "result", "records", null));
    assertFalse(at("result.records.item", "results", "records", null));
    assertFalse(at("records.item", "rec", null), "a key is matched whole");
  }

  @Test
  void theJoinedStringIsWhatIsCompared() {
    assertTrue(at("records.item", "records", "item"), "a member named item");
    assertTrue(at("a.b", "a.b"), "a key with a dot");
    assertTrue(at("a.b.c", "a", "b.c"));
    assertFalse(at("a", "", "a"), "the path is \".a\"");
    assertTrue(at("", ""), "the path of {\"\": ...}'s value is \"\" too");
  }

  @Test
  void emptyComponentsAreRefused() {
    for (String prefix : new String[] {".", "a..b", ".a", "a.", ".."}) {
      assertThrows(IllegalArgumentException.class, () -> JsonPrefix.of(prefix), prefix);
    }
    assertEquals("a b.item", JsonPrefix.of("a b.item").text(), "keys may hold spaces");
    assertThrows(NullPointerException.class, () -> JsonPrefix.of(null));
  }
}
