package flowcdk.common.webhook;

import flowcdk.connector.webhook.SignatureEncoding;
import flowcdk.connector.webhook.WebhookAuth;
import flowcdk.connector.webhook.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a webhook request against the capture's {@link WebhookAuth}: the shared secret in its
 * header, and the HMAC-SHA256 signature of the raw body. Secrets and signatures are compared in
 * constant time, and no reason it gives holds a secret or a header's value. Thread-safe.
 */
public final class Authenticator {

  private static final String HMAC = "HmacSHA256";

  private final WebhookAuth auth;
  private final byte[] sharedSecret;
  private final SecretKeySpec signingKey;

  /** Checks as {@code auth} says. */
  public Authenticator(WebhookAuth auth) {
    this.auth = auth;
    this.sharedSecret =
        empty(auth.sharedSecret()) ? null : auth.sharedSecret().getBytes(StandardCharsets.UTF_8);
    this.signingKey =
        empty(auth.signingSecret())
            ? null
            : new SecretKeySpec(auth.signingSecret().getBytes(StandardCharsets.UTF_8), HMAC);
  }

  /** Why {@code request} with {@code body} is refused, for the log; null when it passes. */
  public String refusal(WebhookRequest request, byte[] body) {
    if (sharedSecret != null) {
      String header = auth.sharedSecretHeader();
      String given = request.header(header);
      if (given == null) {
        return "the request has no " + header + " header";
      }
      if (!MessageDigest.isEqual(sharedSecret, given.getBytes(StandardCharsets.UTF_8))) {
        return "the " + header + " header does not hold the shared secret";
      }
    }
    if (signingKey != null) {
      String header = auth.signatureHeader();
      String given = request.header(header);
      if (given == null) {
        return "the request has no " + header + " header";
      }
      String prefix = auth.signaturePrefix() == null ? "" : auth.signaturePrefix();
      if (!given.startsWith(prefix)) {
        return "the " + header + " header does not start with '" + prefix + "'";
      }
      byte[] signature = decode(given.substring(prefix.length()).trim(), auth.signatureEncoding());
      if (signature == null) {
        return "the signature in the "
            + header
            + " header is not "
            + (auth.signatureEncoding() == SignatureEncoding.BASE64 ? "base64" : "hexadecimal");
      }
      if (!MessageDigest.isEqual(sign(body), signature)) {
        return "the signature in the " + header + " header does not match the body";
      }
    }
    return null;
  }

  private byte[] sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(signingKey);
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no " + HMAC, e);
    }
  }

  private static byte[] decode(String text, SignatureEncoding encoding) {
    try {
      return encoding == SignatureEncoding.BASE64
          ? Base64.getDecoder().decode(text)
          : HexFormat.of().parseHex(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean empty(String text) {
    return text == null || text.isEmpty();
  }
}
