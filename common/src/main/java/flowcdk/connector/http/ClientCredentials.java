package flowcdk.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;
import flowcdk.annotations.Title;

/**
 * An OAuth2 client that fetches its access tokens with its id and secret alone, as the Python CDK's
 * client-credentials OAuth2 credentials: {@code {"credentials_title": "OAuth Credentials",
 * "client_id": "...", "client_secret": "..."}}, schema title "OAuth". The grant is {@code
 * client_credentials} unless {@link Auth#grantType(GrantType)} says otherwise; connectors often
 * retitle it with a record of their own implementing {@link Credentials.Client}.
 *
 * @param credentialsTitle always {@value OAuth2Credentials#TITLE}
 * @param clientId the OAuth2 client id; a secret
 * @param clientSecret the OAuth2 client secret; a secret
 */
@Model
@Title("OAuth")
public record ClientCredentials(
    @JsonProperty("credentials_title") @Const(OAuth2Credentials.TITLE) String credentialsTitle,
    @JsonProperty(value = "client_id", required = true) @Secret String clientId,
    @JsonProperty(value = "client_secret", required = true) @Secret String clientSecret)
    implements Credentials.Client {

  /** Credentials of client {@code clientId}. */
  public ClientCredentials(String clientId, String clientSecret) {
    this(OAuth2Credentials.TITLE, clientId, clientSecret);
  }

  /** Shows the title only: every other field is a secret. */
  @Override
  public String toString() {
    return "ClientCredentials[credentialsTitle="
        + credentialsTitle
        + ", clientId="
        + Redacted.MASK
        + ", clientSecret="
        + Redacted.MASK
        + "]";
  }
}
