package flowcdk.connector.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Advanced;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;
import flowcdk.annotations.Title;

/**
 * How the capture's webhook endpoint tells its senders from anyone else, for a connector's endpoint
 * config: a shared secret the sender puts in a header, an HMAC-SHA256 signature of the raw body
 * made with a secret both sides know, both, or neither. A request that fails a configured check is
 * answered 401 and nothing of it is captured.
 *
 * @param sharedSecret the value the sender puts in {@code sharedSecretHeader}; none when absent
 * @param sharedSecretHeader the header that carries the shared secret
 * @param signingSecret the key of the HMAC-SHA256 signature; no signature check when absent
 * @param signatureHeader the header that carries the signature
 * @param signaturePrefix text before the signature in that header, such as {@code sha256=}
 * @param signatureEncoding how the signature is written
 */
@Model
@Title("Webhook Authentication")
public record WebhookAuth(
    @JsonProperty("shared_secret")
        @Secret
        @JsonPropertyDescription(
            "A secret the sender puts in a header of every request. Leave empty for none.")
        String sharedSecret,
    @JsonProperty(value = "shared_secret_header", defaultValue = "X-Webhook-Secret")
        @Advanced
        @JsonPropertyDescription("The header that carries the shared secret.")
        String sharedSecretHeader,
    @JsonProperty("signing_secret")
        @Secret
        @JsonPropertyDescription(
            "The secret the sender signs each request body with (HMAC-SHA256). Leave empty to"
                + " accept unsigned requests.")
        String signingSecret,
    @JsonProperty(value = "signature_header", defaultValue = "X-Hub-Signature-256")
        @Advanced
        @JsonPropertyDescription("The header that carries the signature.")
        String signatureHeader,
    @JsonProperty(value = "signature_prefix", defaultValue = "sha256=")
        @Advanced
        @JsonPropertyDescription(
            "Text before the signature in its header, such as 'sha256='; empty for none.")
        String signaturePrefix,
    @JsonProperty(value = "signature_encoding", defaultValue = "hex")
        @Advanced
        @JsonPropertyDescription("How the signature is written: hex or base64.")
        SignatureEncoding signatureEncoding) {

  /** No checks: every request is accepted, as by the Python CDK. */
  public static final WebhookAuth NONE =
      new WebhookAuth(
          null, "X-Webhook-Secret", null, "X-Hub-Signature-256", "sha256=", SignatureEncoding.HEX);

  /** Shows which checks are on, never a secret. */
  @Override
  public String toString() {
    return "WebhookAuth[sharedSecret="
        + (sharedSecret == null ? "none" : "[redacted] in " + sharedSecretHeader)
        + ", signature="
        + (signingSecret == null
            ? "none"
            : "HMAC-SHA256 "
                + signatureEncoding
                + " in "
                + signatureHeader
                + " after '"
                + signaturePrefix
                + "'")
        + "]";
  }
}
