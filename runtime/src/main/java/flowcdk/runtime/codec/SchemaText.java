package flowcdk.runtime.codec;

import flowcdk.runtime.json.RawJson;
import java.nio.charset.StandardCharsets;

/**
 * Turns the schema text a generated codec holds into its {@link RawJson}. The processor writes each
 * schema as pretty-printed JSON (a text block, to be read in reviews and diffs) after checking it
 * at compile time, in the form jackson-core writes: this only drops the whitespace between tokens,
 * without parsing the text again.
 */
public final class SchemaText {

  private SchemaText() {}

  /**
   * {@code json} without the whitespace outside its strings, as a trusted {@link RawJson}.
   *
   * @param json one JSON value the processor wrote: valid, with strings escaped as jackson-core
   *     escapes them, so that the result equals {@code RawJson.parse(json)}
   */
  public static RawJson compact(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        out.append(c);
      }
    }
    return RawJson.trusted(out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
