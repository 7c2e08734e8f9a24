package flowcdk.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Multiline;
import flowcdk.annotations.Order;
import flowcdk.annotations.Secret;
import flowcdk.annotations.Title;

/**
 * A Google service account's JSON key, as the Python CDK's {@code GoogleServiceAccount}: {@code
 * {"credentials_title": "Google Service Account", "service_account": "<the key file's JSON>"}}. The
 * CDK signs a token request with the key's private key and sends the access token Google returns;
 * the scopes come from {@link Auth#googleScopes(String...)}.
 *
 * @param credentialsTitle always {@value #TITLE}
 * @param serviceAccount the JSON key file's text ({@code client_email}, {@code private_key}, {@code
 *     token_uri}, ...); a secret
 */
@Model
public record GoogleServiceAccount(
    @JsonProperty("credentials_title") @Const(GoogleServiceAccount.TITLE) @Order(0)
        String credentialsTitle,
    @JsonProperty(value = "service_account", required = true)
        @Secret
        @Multiline
        @Order(1)
        @Title("Google Service Account")
        @JsonPropertyDescription("Service account JSON key")
        String serviceAccount)
    implements Credentials.ServiceAccount {

  /** The {@code credentials_title} of this variant. */
  public static final String TITLE = "Google Service Account";

  /** Credentials holding the key file text {@code serviceAccount}. */
  public GoogleServiceAccount(String serviceAccount) {
    this(TITLE, serviceAccount);
  }

  /** Shows the title only: the key is a secret. */
  @Override
  public String toString() {
    return "GoogleServiceAccount[credentialsTitle="
        + credentialsTitle
        + ", serviceAccount="
        + Redacted.MASK
        + "]";
  }
}
