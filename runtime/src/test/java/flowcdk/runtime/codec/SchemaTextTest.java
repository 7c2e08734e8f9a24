package flowcdk.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.runtime.json.RawJson;
import org.junit.jupiter.api.Test;

class SchemaTextTest {

  @Test
  void dropsWhitespaceBetweenTokensOnly() {
    String pretty =
        """
        {
          "title": "A  b",
          "enum": ["x y", "\\"q\\" \\\\", "tab\\tand\\u001f"],
          "n": -1.50e3,
          "ok": true,
          "none": null,
          "nested": {"é": [ ], "e": {}}
        }
        """;
    RawJson compact = SchemaText.compact(pretty);
    assertEquals(RawJson.parse(pretty), compact);
    assertEquals(
        "{\"title\":\"A  b\",\"enum\":[\"x y\",\"\\\"q\\\" \\\\\",\"tab\\tand\\u001f\"],"
            + "\"n\":-1.50e3,\"ok\":true,\"none\":null,\"nested\":{\"é\":[],\"e\":{}}}",
        compact.toString());
  }
}
