package flowcdk.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;
import flowcdk.annotations.Title;
import java.time.Instant;

/**
 * An OAuth2 client whose provider rotates refresh tokens, as the Python CDK's {@code
 * RotatingOAuth2Credentials}: {@link OAuth2Credentials}' fields plus the current {@code
 * access_token} and its {@code access_token_expires_at} (an RFC 3339 date-time), schema title
 * "OAuth".
 *
 * <p>The access token is used as it is for the whole run, never refreshed mid-run. When the capture
 * opens and the token expires within five minutes, the CDK exchanges the refresh token and
 * publishes a new config holding the new tokens (Estuary restarts the capture with it). The schema
 * has no {@code x-oauth2-provider}; see {@link OAuth2Credentials}.
 *
 * @param credentialsTitle always {@value OAuth2Credentials#TITLE}
 * @param clientId the OAuth2 client id; a secret
 * @param clientSecret the OAuth2 client secret; a secret
 * @param refreshToken the refresh token; a secret
 * @param accessToken the current access token; a secret
 * @param accessTokenExpiresAt when the access token expires
 */
@Model
@Title("OAuth")
public record RotatingOAuth2Credentials(
    @JsonProperty("credentials_title") @Const(OAuth2Credentials.TITLE) String credentialsTitle,
    @JsonProperty(value = "client_id", required = true) @Secret String clientId,
    @JsonProperty(value = "client_secret", required = true) @Secret String clientSecret,
    @JsonProperty(value = "refresh_token", required = true) @Secret String refreshToken,
    @JsonProperty(value = "access_token", required = true) @Secret String accessToken,
    @JsonProperty(value = "access_token_expires_at", required = true)
        @Title("Access token expiration time.")
        Instant accessTokenExpiresAt)
    implements Credentials.Rotating, RotatingOAuth2OrAccessToken {

  /** Credentials of client {@code clientId} with the given tokens. */
  public RotatingOAuth2Credentials(
      String clientId,
      String clientSecret,
      String refreshToken,
      String accessToken,
      Instant accessTokenExpiresAt) {
    this(
        OAuth2Credentials.TITLE,
        clientId,
        clientSecret,
        refreshToken,
        accessToken,
        accessTokenExpiresAt);
  }

  /** Shows the title and the expiry only: every other field is a secret. */
  @Override
  public String toString() {
    return "RotatingOAuth2Credentials[credentialsTitle="
        + credentialsTitle
        + ", clientId="
        + Redacted.MASK
        + ", clientSecret="
        + Redacted.MASK
        + ", refreshToken="
        + Redacted.MASK
        + ", accessToken="
        + Redacted.MASK
        + ", accessTokenExpiresAt="
        + accessTokenExpiresAt
        + "]";
  }
}
