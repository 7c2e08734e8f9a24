package flowcdk.connector.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.json.RawJson;
import org.junit.jupiter.api.Test;

/** The authentication part of a webhook connector's config: defaults and secret marks. */
class WebhookAuthTest {

  @Test
  void anEmptyObjectIsNoCheckWithTheUsualHeaders() throws Exception {
    assertEquals(
        WebhookAuth.NONE, Codecs.decode(RawJson.parse("{}"), WebhookAuthJson.INSTANCE, "auth"));
    WebhookAuth shopify =
        Codecs.decode(
            RawJson.parse(
                "{\"signing_secret\":\"k\",\"signature_header\":\"X-Shopify-Hmac-Sha256\","
                    + "\"signature_prefix\":\"\",\"signature_encoding\":\"base64\"}"),
            WebhookAuthJson.INSTANCE,
            "auth");
    assertEquals(SignatureEncoding.BASE64, shopify.signatureEncoding());
    assertEquals("", shopify.signaturePrefix());
  }

  @Test
  void theSecretsAreMarkedSecret() {
    String schema = WebhookAuthJson.SCHEMA.toString();
    for (String secret : new String[] {"shared_secret", "signing_secret"}) {
      int at = schema.indexOf("\"" + secret + "\":{");
      assertTrue(at >= 0, schema);
      assertTrue(schema.substring(at, schema.indexOf('}', at)).contains("\"secret\":true"), schema);
    }
  }
}
