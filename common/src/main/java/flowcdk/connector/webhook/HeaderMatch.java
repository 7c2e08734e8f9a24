package flowcdk.connector.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;

/**
 * Requests with a header of a given value: the name compared without regard to case (the first
 * value when it is repeated), the value exactly.
 *
 * @param value the header's value
 * @param key the header's name
 * @param type always {@code header}
 */
@Model
public record HeaderMatch(
    @JsonProperty(required = true) String value,
    @JsonProperty(required = true) String key,
    @Const("header") String type)
    implements MatchRule {

  /** The rule for header {@code key} with {@code value}. */
  public static HeaderMatch of(String key, String value) {
    return new HeaderMatch(value, key, "header");
  }

  @Override
  public String displayName() {
    return value;
  }

  @Override
  public String conflictWith(MatchRule other) {
    return other instanceof HeaderMatch that
        ? PythonQuote.claimConflict("HeaderMatch", key, value, that.key, that.value)
        : null;
  }

  @Override
  public int rank() {
    return 0;
  }

  /** None: any header name and value can be matched. */
  @Override
  public String problem() {
    return null;
  }
}
