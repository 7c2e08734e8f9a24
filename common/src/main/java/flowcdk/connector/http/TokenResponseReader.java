package flowcdk.connector.http;

import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.json.RawJson;
import java.time.Instant;
import java.util.Objects;

/**
 * Reads a token endpoint's response: the access token, when it expires and, if the provider sent
 * one, a new refresh token. The {@linkplain #standard() standard reader} reads the usual OAuth2
 * members; a provider that says the expiry another way gets a reader of its own through {@link
 * Auth#tokenResponse(TokenResponseReader)}. Greenhouse, for one, sends an {@code expires_at}
 * timestamp instead of {@code expires_in}:
 *
 * <pre>{@code
 * @Model
 * record GreenhouseToken(
 *     @JsonProperty(value = "access_token", required = true) String accessToken,
 *     @JsonProperty(value = "expires_at", required = true) Instant expiresAt) {}
 *
 * Auth.of(credentials)
 *     .tokenUrl("https://auth.greenhouse.io/token")
 *     .tokenResponse((response, now) -> {
 *       GreenhouseToken token = Codecs.decode(response, GreenhouseTokenJson.INSTANCE, "token response");
 *       return new TokenResponseReader.Token(token.accessToken(), token.expiresAt(), null);
 *     });
 * }</pre>
 *
 * <p>A reader fails by throwing; its message is shown to the user after the token URL, so it must
 * say what is missing or wrong without quoting the response (which holds secrets).
 */
@FunctionalInterface
public interface TokenResponseReader {

  /**
   * What a token response gave.
   *
   * @param accessToken the access token; a secret
   * @param expiresAt when it expires; the CDK fetches the next one once three quarters of its
   *     lifetime have passed, and before every request when it is not after the time of the request
   *     (a provider that sends no lifetime)
   * @param refreshToken the new refresh token, or {@code null} (or empty) if the response had none;
   *     a secret
   */
  record Token(String accessToken, Instant expiresAt, String refreshToken) {

    /** Checks that the access token and its expiry are given. */
    public Token {
      Objects.requireNonNull(accessToken, "accessToken");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Shows the expiry only: the tokens are secrets. */
    @Override
    public String toString() {
      return "Token[accessToken="
          + Redacted.MASK
          + ", expiresAt="
          + expiresAt
          + ", refreshToken="
          + (refreshToken == null ? "null" : Redacted.MASK)
          + "]";
    }
  }

  /**
   * Reads {@code response}, received at {@code now}.
   *
   * @param response the response body, a JSON value
   * @param now when the request was sent (whole seconds); a lifetime counts from it
   * @return the token, never {@code null}
   * @throws DecodeException if a codec could not decode the response (its problems are shown)
   * @throws RuntimeException if the response has no usable token, with a message that names what is
   *     missing and quotes none of the response
   */
  Token read(RawJson response, Instant now) throws DecodeException;

  /**
   * The standard OAuth2 reader: {@code access_token} (a non-empty string, required), {@code
   * expires_in} (seconds, a number or a string of digits; 0 if absent, which makes the CDK fetch a
   * token before every request), {@code refresh_token} (optional). Other members are ignored.
   */
  static TokenResponseReader standard() {
    return StandardTokenResponse::read;
  }
}
