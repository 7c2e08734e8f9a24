package flowcdk.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;

/**
 * A user name and password sent as HTTP basic authentication ({@code Authorization: Basic
 * base64(username:password)}), as the Python CDK's {@code BasicAuth}: {@code {"credentials_title":
 * "Username & Password", "username": "...", "password": "..."}}.
 *
 * @param credentialsTitle always {@value #TITLE}: the variant's name in a credentials union
 * @param username the user name
 * @param password the password; a secret
 */
@Model
public record BasicAuth(
    @JsonProperty("credentials_title") @Const(BasicAuth.TITLE) String credentialsTitle,
    @JsonProperty(value = "username", required = true) String username,
    @JsonProperty(value = "password", required = true) @Secret String password)
    implements Credentials.UsernamePassword {

  /** The {@code credentials_title} of this variant. */
  public static final String TITLE = "Username & Password";

  /** Credentials of {@code username} with {@code password}. */
  public BasicAuth(String username, String password) {
    this(TITLE, username, password);
  }

  /** Shows the title and user name only: the password is a secret. */
  @Override
  public String toString() {
    return "BasicAuth[credentialsTitle="
        + credentialsTitle
        + ", username="
        + username
        + ", password="
        + Redacted.MASK
        + "]";
  }
}
