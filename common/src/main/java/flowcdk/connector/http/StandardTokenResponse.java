package flowcdk.connector.http;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The standard OAuth2 token response ({@link TokenResponseReader#standard()}). */
final class StandardTokenResponse {

  private static final long CENTURY = 100L * 366 * 24 * 3600;

  private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Long.MAX_VALUE);

  private StandardTokenResponse() {}

  static TokenResponseReader.Token read(RawJson response, Instant now) {
    if (!(JsonValues.read(response) instanceof Map<?, ?> members)) {
      throw new IllegalArgumentException("the response is not a JSON object");
    }
    if (!(members.get("access_token") instanceof String accessToken) || accessToken.isEmpty()) {
      throw new IllegalArgumentException(
          "the response has no access_token (a non-empty string is required)");
    }
    // A lifetime past a century is as good as forever, and keeps the expiry a valid Instant.
    long expiresIn = Math.max(-CENTURY, Math.min(CENTURY, seconds(members.get("expires_in"))));
    Object refreshToken = members.get("refresh_token");
    return new TokenResponseReader.Token(
        accessToken,
        now.plusSeconds(expiresIn),
        refreshToken instanceof String refresh && !refresh.isEmpty() ? refresh : null);
  }

  /** The token's lifetime in seconds: a number, or a string of digits as some providers send. */
  private static long seconds(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof Long seconds) {
      return seconds;
    }
    if (value instanceof BigDecimal decimal && decimal.abs().compareTo(MAX_SECONDS) < 0) {
      return decimal.longValue();
    }
    if (value instanceof String text && text.strip().matches("[0-9]{1,18}")) {
      return Long.parseLong(text.strip());
    }
    // Name the JSON type only: the value itself is not quoted.
    String found =
        value instanceof String
            ? "a string that is not a number"
            : value instanceof Boolean
                ? "a boolean"
                : value instanceof Map
                    ? "an object"
                    : value instanceof List ? "an array" : "a number out of range";
    throw new IllegalArgumentException(
        "the response's expires_in is not a number of seconds (found " + found + ")");
  }
}
