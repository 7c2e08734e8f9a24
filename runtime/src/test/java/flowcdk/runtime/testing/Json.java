package flowcdk.runtime.testing;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.util.Map;

/** JSON helpers for tests (jackson-core only). */
public final class Json {

  private Json() {}

  /** Parses a JSON object into a map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(String json) {
    Object value = JsonValues.read(RawJson.parse(json));
    if (!(value instanceof Map<?, ?>)) {
      throw new AssertionError("expected a JSON object: " + json);
    }
    return (Map<String, Object>) value;
  }

  /** Follows a path of member names. */
  @SuppressWarnings("unchecked")
  public static Object at(Map<String, Object> object, String... path) {
    Object node = object;
    for (String name : path) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = ((Map<String, Object>) map).get(name);
    }
    return node;
  }
}
