package flowcdk.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL's array text, read for numeric arrays holding NaN or infinities. */
class PgArrayTextTest {

  @Test
  void readsFlatNestedBoundedAndEmptyArrays() {
    assertEquals(
        Arrays.asList("NaN", "1.5", null, "-Infinity"),
        PgArrayText.parse("{NaN,1.5,NULL,-Infinity}"));
    assertEquals(
        List.of(List.of("1", "2"), List.of("Infinity", "4")),
        PgArrayText.parse("{{1,2},{Infinity,4}}"));
    assertEquals(List.of("7", "8"), PgArrayText.parse("[0:1]={7,8}"));
    assertEquals(List.of(), PgArrayText.parse("{}"));
    assertEquals(List.of("a,b", "NULL"), PgArrayText.parse("{\"a,b\",\"NULL\"}"));
  }

  @Test
  void tellsPostgresqlsFormFromH2s() {
    assertTrue(PgArrayText.isArrayText("{1,2}"));
    assertTrue(PgArrayText.isArrayText("[1:2]={1,2}"));
    assertFalse(PgArrayText.isArrayText("[1.5, 2]"));
    assertThrows(IllegalArgumentException.class, () -> PgArrayText.parse("{1,2"));
  }
}
