package flowcdk.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LevelTest {

  @Test
  void parsesNamesCaseInsensitively() {
    assertEquals(Level.DEBUG, Level.parse("debug"));
    assertEquals(Level.INFO, Level.parse("INFO"));
    assertEquals(Level.INFO, Level.parse(" Info \n"));
    assertEquals(Level.WARNING, Level.parse("warning"));
    assertEquals(Level.ERROR, Level.parse("Error"));
    assertEquals(Level.CRITICAL, Level.parse("critical"));
  }

  @Test
  void acceptsAliases() {
    assertEquals(Level.DEBUG, Level.parse("trace"));
    assertEquals(Level.WARNING, Level.parse("WARN"));
    assertEquals(Level.CRITICAL, Level.parse("fatal"));
  }

  @Test
  void rejectsUnknownNamesListingTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Level.parse("loud"));
    assertTrue(e.getMessage().contains("'loud'"), e.getMessage());
    assertTrue(e.getMessage().contains("debug, info, warning, error, critical"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Level.parse(""));
  }

  @Test
  void levelsAreOrderedBySeverityWithFlowsNames() {
    assertEquals(
        List.of(Level.DEBUG, Level.INFO, Level.WARNING, Level.ERROR, Level.CRITICAL),
        List.of(Level.values()));
    assertEquals("WARNING", Level.WARNING.name());
  }
}
