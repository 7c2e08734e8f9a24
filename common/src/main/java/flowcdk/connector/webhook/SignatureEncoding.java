package flowcdk.connector.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a sender writes its HMAC-SHA256 signature: as hexadecimal digits or as base64. */
public enum SignatureEncoding {
  /**
   * {@code hex}: hexadecimal digits of either case, as GitHub ({@code sha256=<hex>}) sends them.
   */
  @JsonProperty("hex")
  HEX,
  /** {@code base64}: standard base64, as Shopify sends it. */
  @JsonProperty("base64")
  BASE64
}
