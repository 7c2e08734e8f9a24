package flowcdk.common.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import flowcdk.connector.webhook.SignatureEncoding;
import flowcdk.connector.webhook.WebhookAuth;
import flowcdk.connector.webhook.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shared secrets and HMAC-SHA256 signatures, checked against RFC 4231's test vector. */
class AuthenticatorTest {

  /** RFC 4231, test case 2: key "Jefe", this data, and its HMAC-SHA256. */
  private static final String KEY = "Jefe";

  private static final byte[] DATA =
      "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
  private static final String HMAC =
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

  private static final WebhookAuth GITHUB_STYLE =
      new WebhookAuth(
          null, "X-Webhook-Secret", KEY, "X-Hub-Signature-256", "sha256=", SignatureEncoding.HEX);

  @Test
  void aSignatureOfTheBodyIsAcceptedAndATamperedBodyRefused() {
    Authenticator check = new Authenticator(GITHUB_STYLE);
    assertNull(check.refusal(signed("sha256=" + HMAC), DATA));
    assertNull(check.refusal(signed("sha256=" + HMAC.toUpperCase()), DATA), "either case of hex");
    byte[] tampered = "what do ya want for nothing!".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "the signature in the X-Hub-Signature-256 header does not match the body",
        check.refusal(signed("sha256=" + HMAC), tampered));
  }

  @Test
  void base64SignaturesWithoutAPrefix() {
    Authenticator check =
        new Authenticator(
            new WebhookAuth(
                null,
                "X-Webhook-Secret",
                KEY,
                "X-Shopify-Hmac-Sha256",
                "",
                SignatureEncoding.BASE64));
    String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(HMAC));
    assertNull(check.refusal(request(Map.of("X-Shopify-Hmac-Sha256", base64)), DATA));
    assertEquals(
        "the signature in the X-Shopify-Hmac-Sha256 header is not base64",
        check.refusal(request(Map.of("X-Shopify-Hmac-Sha256", "%%%")), DATA));
  }

  @Test
  void missingOrMalformedSignaturesSayWhy() {
    Authenticator check = new Authenticator(GITHUB_STYLE);
    assertEquals(
        "the request has no X-Hub-Signature-256 header", check.refusal(request(Map.of()), DATA));
    assertEquals(
        "the X-Hub-Signature-256 header does not start with 'sha256='",
        check.refusal(signed("sha1=" + HMAC), DATA));
    assertEquals(
        "the signature in the X-Hub-Signature-256 header is not hexadecimal",
        check.refusal(signed("sha256=xyz"), DATA));
    assertEquals(
        "the signature in the X-Hub-Signature-256 header does not match the body",
        check.refusal(signed("sha256=" + HMAC.substring(2)), DATA),
        "a shorter signature does not match");
  }

  @Test
  void aSharedSecretInItsHeader() {
    Authenticator check =
        new Authenticator(
            new WebhookAuth(
                "s3cret-value",
                "X-Token",
                null,
                "X-Hub-Signature-256",
                "sha256=",
                SignatureEncoding.HEX));
    assertNull(check.refusal(request(Map.of("x-token", "s3cret-value")), DATA));
    String wrong = check.refusal(request(Map.of("X-Token", "s3cret-valuf")), DATA);
    assertEquals("the X-Token header does not hold the shared secret", wrong);
    assertEquals("the request has no X-Token header", check.refusal(request(Map.of()), DATA));
    assertFalse(wrong.contains("s3cret"));
  }

  @Test
  void bothChecksMustPass() {
    Authenticator check =
        new Authenticator(
            new WebhookAuth(
                "token", "X-Token", KEY, "X-Hub-Signature-256", "sha256=", SignatureEncoding.HEX));
    assertNull(
        check.refusal(
            request(Map.of("X-Token", "token", "X-Hub-Signature-256", "sha256=" + HMAC)), DATA));
    assertEquals(
        "the request has no X-Hub-Signature-256 header",
        check.refusal(request(Map.of("X-Token", "token")), DATA));
  }

  @Test
  void noChecksAcceptEverything() {
    assertNull(new Authenticator(WebhookAuth.NONE).refusal(request(Map.of()), DATA));
  }

  @Test
  void theConfigNeverShowsItsSecrets() {
    String shown =
        new WebhookAuth(
                "shared-xyz", "X-Token", "signing-xyz", "X-Sig", "v1=", SignatureEncoding.HEX)
            .toString();
    assertFalse(shown.contains("shared-xyz") || shown.contains("signing-xyz"), shown);
  }

  private static WebhookRequest signed(String signature) {
    return request(Map.of("X-Hub-Signature-256", signature));
  }

  private static WebhookRequest request(Map<String, String> headers) {
    return new WebhookRequest("/hook", headers);
  }
}
