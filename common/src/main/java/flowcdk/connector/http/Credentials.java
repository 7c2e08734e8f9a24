package flowcdk.connector.http;

import java.time.Instant;

/**
 * Credentials the capture's HTTP client authenticates with, described by what they hold rather than
 * by their JSON shape: each nested interface is one capability, and {@link Auth} turns a value into
 * a credentials header by the capability it has.
 *
 * <p>The CDK's records ({@link AccessToken}, {@link BasicAuth}, {@link OAuth2Credentials}, {@link
 * RotatingOAuth2Credentials}, {@link LongLivedOAuth2Credentials}, {@link ClientCredentials}, {@link
 * GoogleServiceAccount}) each implement one. A connector whose config needs another title, another
 * {@code credentials_title}, an {@code x-oauth2-provider} or its own union declares its own
 * {@code @Model} record implementing the same interface, and {@link Auth} treats it alike:
 *
 * <pre>{@code
 * @Model
 * @Title("Client Credentials")
 * public record GreenhouseCredentials(
 *     @JsonProperty("credentials_title") @Const("Client Credentials") String credentialsTitle,
 *     @JsonProperty(value = "client_id", required = true) @Secret String clientId,
 *     @JsonProperty(value = "client_secret", required = true) @Secret String clientSecret)
 *     implements Credentials.Client {}
 * }</pre>
 *
 * <p>A value should implement one capability. If it implements several, {@link Auth} uses the first
 * of: {@link Rotating}, {@link RefreshToken}, {@link ServiceAccount}, {@link UsernamePassword},
 * {@link Token}, {@link Client}.
 */
public interface Credentials {

  /** A token sent as it is on every request ({@code Authorization: Bearer <token>}). */
  interface Token extends Credentials {
    /** The token; a secret. */
    String accessToken();
  }

  /** A user name and password, sent as HTTP basic authentication. */
  interface UsernamePassword extends Credentials {
    /** The user name. */
    String username();

    /** The password; a secret. */
    String password();
  }

  /**
   * An OAuth2 client that fetches its access token from the token endpoint with a grant that needs
   * no user secret: {@code client_credentials} by default ({@link Auth#grantType(GrantType)}).
   */
  interface Client extends Credentials {
    /** The OAuth2 client id; a secret. */
    String clientId();

    /** The OAuth2 client secret; a secret. */
    String clientSecret();
  }

  /**
   * An OAuth2 client with a refresh token, exchanged for an access token when the capture needs one
   * and again when it nears its expiry.
   */
  interface RefreshToken extends Credentials {
    /** The OAuth2 client id; a secret. */
    String clientId();

    /** The OAuth2 client secret; a secret. */
    String clientSecret();

    /** The refresh token; a secret. */
    String refreshToken();
  }

  /**
   * An OAuth2 client whose provider rotates refresh tokens: the config holds the current access
   * token and its expiry. The access token is used as it is for the whole run; when the capture
   * opens and it expires within five minutes, the CDK exchanges the refresh token and publishes a
   * new config with the new tokens.
   */
  interface Rotating extends RefreshToken {
    /** The current access token; a secret. */
    String accessToken();

    /** When {@link #accessToken()} expires; {@code null} counts as already expired. */
    Instant accessTokenExpiresAt();
  }

  /** A Google service account, which signs its own token requests. */
  interface ServiceAccount extends Credentials {
    /** The service account's JSON key file, as text; a secret. */
    String serviceAccount();
  }
}
