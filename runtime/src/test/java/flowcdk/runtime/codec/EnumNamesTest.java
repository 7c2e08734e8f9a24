package flowcdk.runtime.codec;

import static flowcdk.runtime.codec.Reads.fail;
import static flowcdk.runtime.codec.Reads.nullIsNull;
import static flowcdk.runtime.codec.Reads.ok;
import static flowcdk.runtime.codec.Reads.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EnumNamesTest {

  private enum Size {
    SMALL,
    LARGE
  }

  private static final EnumNames<Size> SIZE = new EnumNames<>(Size.values(), "s", "dark-l");

  @Test
  void readsAndWritesTheJsonNames() {
    assertEquals(Size.SMALL, ok("\"s\"", SIZE));
    assertEquals(Size.LARGE, ok("\"dark-l\"", SIZE));
    nullIsNull(SIZE);
    assertEquals("\"dark-l\"", write(SIZE, Size.LARGE));
    assertEquals("\"s\"", write(SIZE, Size.SMALL));
  }

  @Test
  void anythingElseIsAMismatchListingTheNames() {
    assertEquals(
        "expected one of \"s\", \"dark-l\", found a string \"SMALL\"", fail("\"SMALL\"", SIZE));
    assertEquals("expected one of \"s\", \"dark-l\", found a number 0", fail("0", SIZE));
    assertEquals("expected one of \"s\", \"dark-l\", found an array", fail("[\"s\"]", SIZE));
  }

  @Test
  void namesMustMatchTheConstants() {
    IllegalArgumentException fewer =
        assertThrows(IllegalArgumentException.class, () -> new EnumNames<>(Size.values(), "s"));
    assertEquals(
        "1 JSON names for the 2 constants of an enum; was it changed after its codec was generated?",
        fewer.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new EnumNames<>(Size.values(), "s", "s"));
  }
}
