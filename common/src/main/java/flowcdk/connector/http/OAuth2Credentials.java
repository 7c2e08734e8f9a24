package flowcdk.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;
import flowcdk.annotations.Title;

/**
 * An OAuth2 client with a refresh token, as the Python CDK's {@code OAuth2Credentials}: {@code
 * {"credentials_title": "OAuth Credentials", "client_id": "...", "client_secret": "...",
 * "refresh_token": "..."}}, schema title "OAuth". The refresh token is exchanged for an access
 * token at the token URL ({@link Auth#tokenUrl(String)}) when the capture first needs one, and
 * again once three quarters of its lifetime have passed.
 *
 * <p>The schema has no {@code x-oauth2-provider}: a CDK record cannot know the connector's
 * provider. The capture's {@code spec} adds the provider of its {@code @OAuth2Provider} to it (see
 * {@link Auth}); a connector may instead declare its own record implementing {@link
 * Credentials.RefreshToken} with {@code @OAuth2Provider("<provider>")}.
 *
 * @param credentialsTitle always {@value #TITLE}: the variant's name in a credentials union
 * @param clientId the OAuth2 client id; a secret
 * @param clientSecret the OAuth2 client secret; a secret
 * @param refreshToken the refresh token; a secret
 */
@Model
@Title("OAuth")
public record OAuth2Credentials(
    @JsonProperty("credentials_title") @Const(OAuth2Credentials.TITLE) String credentialsTitle,
    @JsonProperty(value = "client_id", required = true) @Secret String clientId,
    @JsonProperty(value = "client_secret", required = true) @Secret String clientSecret,
    @JsonProperty(value = "refresh_token", required = true) @Secret String refreshToken)
    implements Credentials.RefreshToken, OAuth2OrAccessToken {

  /** The {@code credentials_title} of the OAuth2 variants. */
  public static final String TITLE = "OAuth Credentials";

  /** Credentials of client {@code clientId} with {@code refreshToken}. */
  public OAuth2Credentials(String clientId, String clientSecret, String refreshToken) {
    this(TITLE, clientId, clientSecret, refreshToken);
  }

  /** Shows the title only: every other field is a secret. */
  @Override
  public String toString() {
    return "OAuth2Credentials[credentialsTitle="
        + credentialsTitle
        + ", clientId="
        + Redacted.MASK
        + ", clientSecret="
        + Redacted.MASK
        + ", refreshToken="
        + Redacted.MASK
        + "]";
  }
}
