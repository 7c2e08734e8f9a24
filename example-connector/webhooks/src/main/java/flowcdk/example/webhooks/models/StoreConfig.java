package flowcdk.example.webhooks.models;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import flowcdk.annotations.Title;
import flowcdk.connector.webhook.WebhookAuth;

/**
 * What a user configures: how the store's requests prove where they come from.
 *
 * @param authentication the shared secret and signature checks; none when absent
 */
@Model
public record StoreConfig(
    @Title("Authentication")
        @JsonPropertyDescription(
            "How the store's requests are authenticated: a shared secret in a header, an"
                + " HMAC-SHA256 signature of the body, both or neither.")
        WebhookAuth authentication) {

  /** The configured checks, or none. */
  public WebhookAuth auth() {
    return authentication != null ? authentication : WebhookAuth.NONE;
  }
}
