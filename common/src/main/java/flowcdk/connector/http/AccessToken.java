package flowcdk.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;

/**
 * An access token (an API key, a private app token) sent on every request, as the Python CDK's
 * {@code AccessToken}: {@code {"credentials_title": "Private App Credentials", "access_token":
 * "..."}}.
 *
 * @param credentialsTitle always {@value #TITLE}: the variant's name in a credentials union
 * @param accessToken the token; a secret
 */
@Model
public record AccessToken(
    @JsonProperty("credentials_title") @Const(AccessToken.TITLE) String credentialsTitle,
    @JsonProperty(value = "access_token", required = true) @Secret String accessToken)
    implements Credentials.Token, OAuth2OrAccessToken, RotatingOAuth2OrAccessToken {

  /** The {@code credentials_title} of this variant. */
  public static final String TITLE = "Private App Credentials";

  /** Credentials holding {@code accessToken}. */
  public AccessToken(String accessToken) {
    this(TITLE, accessToken);
  }

  /** Shows the title only: the token is a secret. */
  @Override
  public String toString() {
    return "AccessToken[credentialsTitle="
        + credentialsTitle
        + ", accessToken="
        + Redacted.MASK
        + "]";
  }
}
