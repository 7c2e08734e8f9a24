package flowcdk.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.http.OAuth2ProviderKeyword;
import flowcdk.common.http.OAuthConfig;
import flowcdk.common.http.OAuthConfigJson;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The credentials records have the Python CDK's JSON shapes (§2.4): each encodes to the same
 * members with the same {@code credentials_title} constant, decodes the Python CDK's JSON, and has
 * the schema keywords Estuary's UI reads; the unions are discriminated by {@code
 * credentials_title}.
 */
class CredentialsJsonTest {

  private static final Instant EXPIRY = Instant.parse("2024-05-01T12:00:00Z");

  private static <T> void roundTrip(T value, JsonCodec<T> codec, String json)
      throws DecodeException {
    assertEquals(json, Codecs.encode(value, codec).toString());
    assertEquals(value, Codecs.decode(RawJson.parse(json), codec, "credentials"));
  }

  @Test
  void eachRecordHasThePythonShape() throws DecodeException {
    roundTrip(
        new AccessToken("tok"),
        AccessTokenJson.INSTANCE,
        "{\"credentials_title\":\"Private App Credentials\",\"access_token\":\"tok\"}");
    roundTrip(
        new BasicAuth("ana", "pw"),
        BasicAuthJson.INSTANCE,
        "{\"credentials_title\":\"Username & Password\",\"username\":\"ana\",\"password\":\"pw\"}");
    roundTrip(
        new OAuth2Credentials("id", "secret", "refresh"),
        OAuth2CredentialsJson.INSTANCE,
        "{\"credentials_title\":\"OAuth Credentials\",\"client_id\":\"id\","
            + "\"client_secret\":\"secret\",\"refresh_token\":\"refresh\"}");
    roundTrip(
        new RotatingOAuth2Credentials("id", "secret", "refresh", "access", EXPIRY),
        RotatingOAuth2CredentialsJson.INSTANCE,
        "{\"credentials_title\":\"OAuth Credentials\",\"client_id\":\"id\","
            + "\"client_secret\":\"secret\",\"refresh_token\":\"refresh\","
            + "\"access_token\":\"access\",\"access_token_expires_at\":\"2024-05-01T12:00:00Z\"}");
    roundTrip(
        new LongLivedOAuth2Credentials("id", "secret", "access"),
        LongLivedOAuth2CredentialsJson.INSTANCE,
        "{\"credentials_title\":\"OAuth Credentials\",\"client_id\":\"id\","
            + "\"client_secret\":\"secret\",\"access_token\":\"access\"}");
    roundTrip(
        new ClientCredentials("id", "secret"),
        ClientCredentialsJson.INSTANCE,
        "{\"credentials_title\":\"OAuth Credentials\",\"client_id\":\"id\","
            + "\"client_secret\":\"secret\"}");
    roundTrip(
        new GoogleServiceAccount("{\"type\":\"service_account\"}"),
        GoogleServiceAccountJson.INSTANCE,
        "{\"credentials_title\":\"Google Service Account\","
            + "\"service_account\":\"{\\\"type\\\":\\\"service_account\\\"}\"}");
  }

  @Test
  void aMissingTitleIsFilledAndAnotherIsRefused() throws DecodeException {
    assertEquals(
        new AccessToken("tok"),
        Codecs.decode(
            RawJson.parse("{\"access_token\":\"tok\"}"), AccessTokenJson.INSTANCE, "AccessToken"));
    DecodeException wrong =
        assertThrows(
            DecodeException.class,
            () ->
                Codecs.decode(
                    RawJson.parse("{\"credentials_title\":\"API Key\",\"access_token\":\"tok\"}"),
                    AccessTokenJson.INSTANCE,
                    "AccessToken"));
    assertTrue(wrong.getMessage().contains("/credentials_title"), wrong.getMessage());
  }

  @Test
  void theUnionsAreDiscriminatedByTheTitle() throws DecodeException {
    String oauth =
        "{\"credentials_title\":\"OAuth Credentials\",\"client_id\":\"id\","
            + "\"client_secret\":\"secret\",\"refresh_token\":\"refresh\"}";
    String token = "{\"credentials_title\":\"Private App Credentials\",\"access_token\":\"tok\"}";
    assertEquals(
        new OAuth2Credentials("id", "secret", "refresh"),
        Codecs.decode(RawJson.parse(oauth), OAuth2OrAccessTokenJson.INSTANCE, "credentials"));
    assertEquals(
        new AccessToken("tok"),
        Codecs.decode(RawJson.parse(token), OAuth2OrAccessTokenJson.INSTANCE, "credentials"));
    assertEquals(
        token, Codecs.encode(new AccessToken("tok"), OAuth2OrAccessTokenJson.INSTANCE).toString());

    String rotating =
        "{\"credentials_title\":\"OAuth Credentials\",\"client_id\":\"id\","
            + "\"client_secret\":\"secret\",\"refresh_token\":\"refresh\","
            + "\"access_token\":\"access\",\"access_token_expires_at\":\"2024-05-01T12:00:00Z\"}";
    assertInstanceOf(
        RotatingOAuth2Credentials.class,
        Codecs.decode(
            RawJson.parse(rotating), RotatingOAuth2OrAccessTokenJson.INSTANCE, "credentials"));
    assertEquals(
        new AccessToken("tok"),
        Codecs.decode(
            RawJson.parse(token), RotatingOAuth2OrAccessTokenJson.INSTANCE, "credentials"));
    assertThrows(
        DecodeException.class,
        () ->
            Codecs.decode(
                RawJson.parse("{\"credentials_title\":\"Username & Password\"}"),
                OAuth2OrAccessTokenJson.INSTANCE,
                "credentials"));
  }

  private static void assertSchema(String expected, RawJson actual) {
    assertEquals(
        JsonValues.read(RawJson.parse(expected)), JsonValues.read(actual), actual.toString());
  }

  private static final String TITLE_PROPERTY =
      "\"credentials_title\":{\"title\":\"Credentials Title\",\"type\":\"string\","
          + "\"const\":\"%s\",\"default\":\"%s\"}";

  private static String title(String constant) {
    return TITLE_PROPERTY.formatted(constant, constant);
  }

  private static String secret(String name, String title) {
    return "\"" + name + "\":{\"title\":\"" + title + "\",\"type\":\"string\",\"secret\":true}";
  }

  @Test
  void eachRecordHasTheUiKeywords() {
    assertSchema(
        "{\"title\":\"AccessToken\",\"type\":\"object\",\"properties\":{"
            + title("Private App Credentials")
            + ","
            + secret("access_token", "Access Token")
            + "},\"required\":[\"access_token\"]}",
        AccessTokenJson.SCHEMA);
    assertSchema(
        "{\"title\":\"BasicAuth\",\"type\":\"object\",\"properties\":{"
            + title("Username & Password")
            + ",\"username\":{\"title\":\"Username\",\"type\":\"string\"},"
            + secret("password", "Password")
            + "},\"required\":[\"username\",\"password\"]}",
        BasicAuthJson.SCHEMA);
    String client =
        title("OAuth Credentials")
            + ","
            + secret("client_id", "Client Id")
            + ","
            + secret("client_secret", "Client Secret");
    assertSchema(
        "{\"title\":\"OAuth\",\"type\":\"object\",\"properties\":{"
            + client
            + ","
            + secret("refresh_token", "Refresh Token")
            + "},\"required\":[\"client_id\",\"client_secret\",\"refresh_token\"]}",
        OAuth2CredentialsJson.SCHEMA);
    assertSchema(
        "{\"title\":\"OAuth\",\"type\":\"object\",\"properties\":{"
            + client
            + ","
            + secret("refresh_token", "Refresh Token")
            + ","
            + secret("access_token", "Access Token")
            + ",\"access_token_expires_at\":{\"title\":\"Access token expiration time.\","
            + "\"type\":\"string\",\"format\":\"date-time\"}},\"required\":[\"client_id\","
            + "\"client_secret\",\"refresh_token\",\"access_token\",\"access_token_expires_at\"]}",
        RotatingOAuth2CredentialsJson.SCHEMA);
    assertSchema(
        "{\"title\":\"OAuth\",\"type\":\"object\",\"properties\":{"
            + client
            + ","
            + secret("access_token", "Access Token")
            + "},\"required\":[\"client_id\",\"client_secret\",\"access_token\"]}",
        LongLivedOAuth2CredentialsJson.SCHEMA);
    assertSchema(
        "{\"title\":\"OAuth\",\"type\":\"object\",\"properties\":{"
            + client
            + "},\"required\":[\"client_id\",\"client_secret\"]}",
        ClientCredentialsJson.SCHEMA);
    assertSchema(
        "{\"title\":\"GoogleServiceAccount\",\"type\":\"object\",\"properties\":{"
            + "\"credentials_title\":{\"title\":\"Credentials Title\",\"type\":\"string\","
            + "\"const\":\"Google Service Account\",\"default\":\"Google Service Account\","
            + "\"order\":0},\"service_account\":{\"title\":\"Google Service Account\","
            + "\"description\":\"Service account JSON key\",\"type\":\"string\",\"secret\":true,"
            + "\"multiline\":true,\"order\":1}},\"required\":[\"service_account\"]}",
        GoogleServiceAccountJson.SCHEMA);
  }

  @Test
  void theUnionsAreDiscriminatedOneOfs() {
    Map<?, ?> union = (Map<?, ?>) JsonValues.read(OAuth2OrAccessTokenJson.SCHEMA);
    assertEquals(
        Map.of(
            "propertyName",
            "credentials_title",
            "mapping",
            Map.of(
                "OAuth Credentials", "#/$defs/OAuth2Credentials",
                "Private App Credentials", "#/$defs/AccessToken")),
        union.get("discriminator"));
    assertEquals(
        List.of(Map.of("$ref", "#/$defs/OAuth2Credentials"), Map.of("$ref", "#/$defs/AccessToken")),
        union.get("oneOf"));
    Map<?, ?> rotating = (Map<?, ?>) JsonValues.read(RotatingOAuth2OrAccessTokenJson.SCHEMA);
    assertEquals(
        List.of(
            Map.of("$ref", "#/$defs/RotatingOAuth2Credentials"),
            Map.of("$ref", "#/$defs/AccessToken")),
        rotating.get("oneOf"));
  }

  /** Estuary's HubSpot connector's config schema, as its spec snapshot has it. */
  private static Map<?, ?> hubspotDefs() throws IOException {
    try (InputStream in =
        CredentialsJsonTest.class.getResourceAsStream(
            "/fixtures/python-connectors/hubspot-spec.json")) {
      List<?> spec = (List<?>) JsonValues.read(RawJson.parse(in.readAllBytes()));
      Map<?, ?> config = (Map<?, ?>) ((Map<?, ?>) spec.get(0)).get("configSchema");
      return (Map<?, ?>) config.get("$defs");
    }
  }

  @Test
  void theSchemasMatchAPythonConnectorsSpec() throws IOException {
    Map<?, ?> hubspot = hubspotDefs();
    assertEquals(hubspot.get("AccessToken"), JsonValues.read(AccessTokenJson.SCHEMA));
    RawJson withProvider =
        OAuth2ProviderKeyword.withProvider(
            RawJson.parse("{\"$defs\":{\"OAuth\":" + OAuth2CredentialsJson.SCHEMA + "}}"),
            "hubspot");
    assertEquals(
        hubspot.get("BaseOAuth2Credentials"),
        ((Map<?, ?>) ((Map<?, ?>) JsonValues.read(withProvider)).get("$defs")).get("OAuth"));
  }

  /**
   * A connector's config compiled apart from the CDK: the processor reads the CDK's class files.
   */
  @Test
  void aConfigCompiledApartUsesTheUnionsAndRecords() throws DecodeException {
    OAuthConfig config =
        Codecs.decode(
            RawJson.parse(
                "{\"credentials\":{\"credentials_title\":\"Private App Credentials\","
                    + "\"access_token\":\"tok\"},\"client\":{\"client_id\":\"id\","
                    + "\"client_secret\":\"secret\"},\"start_date\":\"2024-01-01T00:00:00Z\"}"),
            OAuthConfigJson.INSTANCE,
            "OAuthConfig");
    assertEquals(new AccessToken("tok"), config.credentials());
    assertEquals(new ClientCredentials("id", "secret"), config.client());
    Map<?, ?> schema = (Map<?, ?>) JsonValues.read(OAuthConfigJson.SCHEMA);
    Map<?, ?> credentials = (Map<?, ?>) ((Map<?, ?>) schema.get("properties")).get("credentials");
    assertEquals("#/$defs/OAuth2OrAccessToken", credentials.get("$ref"));
    assertEquals("Authentication", credentials.get("title"));
    Map<?, ?> defs = (Map<?, ?>) schema.get("$defs");
    assertEquals(
        List.of(
            "OAuth2OrAccessToken",
            "OAuth2Credentials",
            "AccessToken",
            "ClientCredentials",
            "GoogleServiceAccount"),
        List.copyOf(defs.keySet()));
    assertEquals(JsonValues.read(AccessTokenJson.SCHEMA), defs.get("AccessToken"));
  }

  @Test
  void toStringShowsNoSecret() {
    assertEquals(
        "AccessToken[credentialsTitle=Private App Credentials, accessToken=[redacted]]",
        new AccessToken("tok").toString());
    assertEquals(
        "RotatingOAuth2Credentials[credentialsTitle=OAuth Credentials, clientId=[redacted],"
            + " clientSecret=[redacted], refreshToken=[redacted], accessToken=[redacted],"
            + " accessTokenExpiresAt=2024-05-01T12:00:00Z]",
        new RotatingOAuth2Credentials("id", "secret", "refresh", "access", EXPIRY).toString());
    assertFalse(new BasicAuth("ana", "pw-123").toString().contains("pw-123"));
    assertFalse(new GoogleServiceAccount("{\"k\":\"v\"}").toString().contains("\"k\""));
  }
}
