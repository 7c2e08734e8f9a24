package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import flowcdk.common.stream.CellTypes.CellType;
import flowcdk.runtime.json.RawJson;
import org.junit.jupiter.api.Test;

/** Reading the JSON a property takes out of a model's schema. */
class CellTypesTest {

  private static final CellType STRING = new CellType(true, false, false);
  private static final CellType NUMBER = new CellType(false, true, false);
  private static final CellType BOOLEAN = new CellType(false, false, true);
  private static final CellType UNKNOWN = new CellType(false, false, false);

  private static final CellTypes TYPES =
      CellTypes.of(
          RawJson.parse(
              """
              {
                "title": "Row",
                "type": "object",
                "$defs": {
                  "Flag": {"type": "boolean"},
                  "Count": {"$ref": "#/$defs/Whole"},
                  "Whole": {"type": "integer"},
                  "a/b": {"type": "number"},
                  "Loop": {"$ref": "#/$defs/Loop"},
                  "Nested": {"type": "object", "properties": {}}
                },
                "properties": {
                  "nullable_int": {"type": ["integer", "null"]},
                  "flag": {"$ref": "#/$defs/Flag"},
                  "any_number": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                  "when": {"type": "string", "format": "date-time"},
                  "untyped": {},
                  "either": {"type": ["string", "integer"]},
                  "count": {"$ref": "#/$defs/Count"},
                  "escaped": {"$ref": "#/$defs/a~1b"},
                  "remote": {"$ref": "https://example.com/schema"},
                  "loop": {"$ref": "#/$defs/Loop"},
                  "nested": {"$ref": "#/$defs/Nested"}
                }
              }
              """));

  @Test
  void typesAreReadFromNamesListsReferencesAndAlternatives() {
    assertEquals(NUMBER, TYPES.type("nullable_int"));
    assertEquals(BOOLEAN, TYPES.type("flag"));
    assertEquals(NUMBER, TYPES.type("any_number"));
    assertEquals(STRING, TYPES.type("when"));
    assertEquals(new CellType(true, true, false), TYPES.type("either"));
    assertEquals(NUMBER, TYPES.type("count"), "a reference to a reference");
    assertEquals(NUMBER, TYPES.type("escaped"), "~1 in a reference is a slash");
    assertEquals("Row", TYPES.title());
  }

  @Test
  void whatCannotBeTypedStaysText() {
    assertEquals(UNKNOWN, TYPES.type("untyped"));
    assertEquals(UNKNOWN, TYPES.type("remote"));
    assertEquals(UNKNOWN, TYPES.type("loop"), "a reference cycle ends");
    assertEquals(UNKNOWN, TYPES.type("nested"));
    assertEquals(STRING, TYPES.type("not_declared"));
    assertNull(CellTypes.of(RawJson.parse("{\"type\":\"object\"}")).title());
  }
}
