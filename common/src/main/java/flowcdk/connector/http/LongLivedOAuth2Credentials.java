package flowcdk.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;
import flowcdk.annotations.Title;

/**
 * An OAuth2 client with an access token that does not expire, as the Python CDK's long-lived OAuth2
 * credentials: {@code {"credentials_title": "OAuth Credentials", "client_id": "...",
 * "client_secret": "...", "access_token": "..."}}, schema title "OAuth". The access token is sent
 * as it is and never refreshed. The schema has no {@code x-oauth2-provider}; see {@link
 * OAuth2Credentials}.
 *
 * @param credentialsTitle always {@value OAuth2Credentials#TITLE}
 * @param clientId the OAuth2 client id; a secret
 * @param clientSecret the OAuth2 client secret; a secret
 * @param accessToken the access token; a secret
 */
@Model
@Title("OAuth")
public record LongLivedOAuth2Credentials(
    @JsonProperty("credentials_title") @Const(OAuth2Credentials.TITLE) String credentialsTitle,
    @JsonProperty(value = "client_id", required = true) @Secret String clientId,
    @JsonProperty(value = "client_secret", required = true) @Secret String clientSecret,
    @JsonProperty(value = "access_token", required = true) @Secret String accessToken)
    implements Credentials.Token {

  /** Credentials of client {@code clientId} with {@code accessToken}. */
  public LongLivedOAuth2Credentials(String clientId, String clientSecret, String accessToken) {
    this(OAuth2Credentials.TITLE, clientId, clientSecret, accessToken);
  }

  /** Shows the title only: every other field is a secret. */
  @Override
  public String toString() {
    return "LongLivedOAuth2Credentials[credentialsTitle="
        + credentialsTitle
        + ", clientId="
        + Redacted.MASK
        + ", clientSecret="
        + Redacted.MASK
        + ", accessToken="
        + Redacted.MASK
        + "]";
  }
}
