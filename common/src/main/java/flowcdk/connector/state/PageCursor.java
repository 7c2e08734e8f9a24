package flowcdk.connector.state;

import static java.nio.charset.StandardCharsets.UTF_8;

import flowcdk.runtime.json.RawJson;
import java.util.Objects;

/**
 * A backfill's position: {@code null} (start from the beginning), a string token, an integer, or an
 * object updated with JSON merge patches (docs/strategies.md#page-cursors). Kept as its JSON value.
 *
 * @param json the cursor's JSON: {@code null}, a string, an integer or an object
 */
public record PageCursor(RawJson json) {

  /** No cursor: the backfill starts from the beginning. */
  public static final PageCursor NONE = new PageCursor(RawJson.NULL);

  /** Checks the value's kind. */
  public PageCursor {
    Objects.requireNonNull(json, "json");
    byte first = json.length() == 0 ? 0 : json.toString().getBytes(UTF_8)[0];
    if (!(json.isNull()
        || json.isObject()
        || first == '"'
        || first == '-'
        || (first >= '0' && first <= '9'))) {
      throw new IllegalArgumentException(
          "a page cursor is null, a string, an integer or an object, got " + json);
    }
  }

  /** A string token. */
  public static PageCursor of(String token) {
    return new PageCursor(flowcdk.runtime.json.JsonValues.toRawJson(token));
  }

  /** An integer position. */
  public static PageCursor of(long position) {
    return new PageCursor(RawJson.parse(Long.toString(position)));
  }

  /** Whether there is no cursor. */
  public boolean isNone() {
    return json.isNull();
  }

  /** The string token (for a string cursor). */
  public String asString() {
    Object value = flowcdk.runtime.json.JsonValues.read(json);
    if (!(value instanceof String s)) {
      throw new IllegalStateException("page cursor " + json + " is not a string");
    }
    return s;
  }

  /** The integer position (for an integer cursor). */
  public long asLong() {
    Object value = flowcdk.runtime.json.JsonValues.read(json);
    if (!(value instanceof Long n)) {
      throw new IllegalStateException("page cursor " + json + " is not an integer");
    }
    return n;
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
