package flowcdk.processor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrettyJsonTest {

  @Test
  void theOutermostObjectHasOneMemberALineAndWhatFitsStaysOnOne() {
    assertEquals(
        """
        {
          "title": "A",
          "properties": {"a": {"type": "string"}, "b": []},
          "required": ["a"],
          "empty": {}
        }
        """,
        PrettyJson.print(
            "{\"title\":\"A\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":[]},"
                + "\"required\":[\"a\"],\"empty\":{}}"));
  }

  @Test
  void whatDoesNotFitIsExpandedLevelByLevel() {
    String description = "d".repeat(60);
    assertEquals(
        """
        {
          "properties": {
            "a": {
              "title": "A",
              "description": "%s"
            }
          }
        }
        """
            .formatted(description),
        PrettyJson.print(
            "{\"properties\":{\"a\":{\"title\":\"A\",\"description\":\"" + description + "\"}}}"));
  }

  @Test
  void scalarsAndStringsAreCopiedAsTheyAre() {
    assertEquals(
        """
        [
          "a \\"b\\" \\\\ \\u001f, c: d",
          -1.50e3,
          true,
          null
        ]
        """,
        PrettyJson.print("[ \"a \\\"b\\\" \\\\ \\u001f, c: d\" , -1.50e3,true,null]"));
  }

  @Test
  void notOneValueIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> PrettyJson.print("{} {}"));
    assertThrows(IllegalArgumentException.class, () -> PrettyJson.print("{\"a\":1"));
    assertThrows(IllegalArgumentException.class, () -> PrettyJson.print(""));
  }
}
