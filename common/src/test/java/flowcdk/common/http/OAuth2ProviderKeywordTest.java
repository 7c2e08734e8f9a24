package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import flowcdk.connector.http.LongLivedOAuth2CredentialsJson;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The capture's OAuth2 provider goes on the CDK's OAuth2 credentials schemas of its config, and
 * nowhere else.
 */
class OAuth2ProviderKeywordTest {

  private static Map<?, ?> defs(RawJson schema) {
    return (Map<?, ?>) ((Map<?, ?>) JsonValues.read(schema)).get("$defs");
  }

  private static Object provider(RawJson schema, String definition) {
    return ((Map<?, ?>) defs(schema).get(definition)).get("x-oauth2-provider");
  }

  @Test
  void theRefreshTokenVariantGetsTheProviderAndNothingElseChanges() {
    RawJson schema = OAuthConfigJson.SCHEMA;
    RawJson withProvider = OAuth2ProviderKeyword.withProvider(schema, "hubspot");
    assertEquals("hubspot", provider(withProvider, "OAuth2Credentials"));
    for (String untouched :
        new String[] {
          "AccessToken", "ClientCredentials", "GoogleServiceAccount", "OAuth2OrAccessToken"
        }) {
      assertEquals(null, provider(withProvider, untouched), untouched);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> back = (Map<String, Object>) JsonValues.read(withProvider);
    ((Map<?, ?>) ((Map<?, ?>) back.get("$defs")).get("OAuth2Credentials"))
        .remove("x-oauth2-provider");
    assertEquals(JsonValues.read(schema), back);
  }

  @Test
  void rotatingAndLongLivedVariantsGetItToo() {
    assertEquals(
        "salesforce",
        provider(
            OAuth2ProviderKeyword.withProvider(RotatingConfigJson.SCHEMA, "salesforce"),
            "RotatingOAuth2Credentials"));
    RawJson longLived =
        RawJson.parse("{\"$defs\":{\"LongLived\":" + LongLivedOAuth2CredentialsJson.SCHEMA + "}}");
    assertEquals(
        "salesforce",
        provider(OAuth2ProviderKeyword.withProvider(longLived, "salesforce"), "LongLived"));
  }

  @Test
  void aModelWithItsOwnProviderKeepsIt() {
    RawJson schema =
        RawJson.parse(
            "{\"$defs\":{\"Own\":{\"type\":\"object\",\"properties\":{\"client_id\":{},"
                + "\"client_secret\":{},\"refresh_token\":{}},\"x-oauth2-provider\":\"own\"}}}");
    assertSame(schema, OAuth2ProviderKeyword.withProvider(schema, "hubspot"));
  }

  @Test
  void theSpecsOAuth2ObjectNamesTheProvider() {
    RawJson oauth2 = RawJson.parse("{\"provider\":\"hubspot\",\"authUrlTemplate\":\"https://a\"}");
    assertEquals(
        "hubspot",
        provider(
            OAuth2ProviderKeyword.forSpec(OAuthConfigJson.SCHEMA, Optional.of(oauth2)),
            "OAuth2Credentials"));
    assertSame(
        OAuthConfigJson.SCHEMA,
        OAuth2ProviderKeyword.forSpec(OAuthConfigJson.SCHEMA, Optional.empty()));
  }

  @Test
  void aSchemaWithoutOAuth2CredentialsIsReturnedAsItIs() {
    RawJson flat = RawJson.parse("{\"type\":\"object\",\"properties\":{\"client_id\":{}}}");
    assertSame(flat, OAuth2ProviderKeyword.withProvider(flat, "hubspot"));
    RawJson clientOnly =
        RawJson.parse(
            "{\"$defs\":{\"C\":{\"properties\":{\"client_id\":{},\"client_secret\":{}}}}}");
    assertSame(clientOnly, OAuth2ProviderKeyword.withProvider(clientOnly, "hubspot"));
    assertFalse(defs(clientOnly).isEmpty());
  }
}
