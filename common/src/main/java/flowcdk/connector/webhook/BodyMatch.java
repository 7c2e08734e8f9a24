package flowcdk.connector.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Documents with a value at a dotted path, such as {@code event.type}: each step but the last must
 * be an object, and the value at the end, written as JSON text unless it is a string ({@code 42},
 * {@code true}, {@code {"a":1}}), must equal the rule's value. A missing key or a {@code null}
 * matches nothing.
 *
 * <p><i>Differs:</i> the Python CDK writes non-string values the Python way ({@code True}, {@code
 * {'a': 1}}); the JSON text is what a sender of JSON would expect.
 *
 * @param value the value, as text
 * @param key the dotted path: names of letters, digits and {@code _}, not starting with a digit
 * @param type always {@code body}
 */
@Model
public record BodyMatch(
    @JsonProperty(required = true) String value,
    @JsonProperty(required = true) String key,
    @Const("body") String type)
    implements MatchRule {

  private static final Pattern KEY =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  /** The rule for the value {@code value} at {@code key}. */
  public static BodyMatch of(String key, String value) {
    return new BodyMatch(value, key, "body");
  }

  @Override
  public String displayName() {
    return value;
  }

  @Override
  public String conflictWith(MatchRule other) {
    return other instanceof BodyMatch that
        ? PythonQuote.claimConflict("BodyMatch", key, value, that.key, that.value)
        : null;
  }

  @Override
  public int rank() {
    return 1;
  }

  /** {@code Invalid body key '...': ...} for a key that is not a dotted path of names. */
  @Override
  public String problem() {
    return KEY.matcher(key).matches()
        ? null
        : "Invalid body key "
            + PythonQuote.repr(key)
            + ": use names of letters, digits and '_' (not starting with a digit) joined by '.',"
            + " such as 'event.type'";
  }

  /** Whether {@code document} has this rule's value at its key. */
  boolean matches(Map<String, ?> document) {
    Object at = document;
    for (String name : key.split("\\.")) {
      if (!(at instanceof Map<?, ?> object)) {
        return false;
      }
      at = object.get(name);
    }
    return at != null && value.equals(BodyText.of(at));
  }
}
