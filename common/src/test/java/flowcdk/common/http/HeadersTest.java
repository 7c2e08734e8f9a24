package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.AccessToken;
import flowcdk.connector.http.Auth;
import flowcdk.connector.http.BasicAuth;
import flowcdk.connector.http.ClientCredentials;
import flowcdk.connector.http.Credentials;
import flowcdk.connector.http.GrantType;
import flowcdk.connector.http.LongLivedOAuth2Credentials;
import flowcdk.connector.http.OAuth2Credentials;
import flowcdk.connector.http.RotatingOAuth2Credentials;
import flowcdk.runtime.log.Log;
import flowcdk.testing.ManualClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The header each kind of credentials sends without a token request (§9.4, §9.5): tokens, basic
 * authentication, long-lived and rotating OAuth2 tokens; header names and token types.
 */
class HeadersTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  /** None of these credentials may post a token request. */
  private static final TokenEndpoint NO_REQUESTS =
      (url, form, headers) -> {
        throw new AssertionError("no token request expected, got one to " + url);
      };

  private final ManualClock clock = new ManualClock(NOW);
  private LogCapture logs;

  /** After the extension that keeps logs out of the build output installs its writer. */
  @BeforeEach
  void captureLogs() {
    logs = new LogCapture();
  }

  @AfterEach
  void restoreLogs() {
    logs.close();
  }

  private AuthHeader header(Auth auth) {
    return Await.result(TokenSources.start(auth, NO_REQUESTS, clock, Log.root()).header());
  }

  @Test
  void accessTokenIsABearerToken() {
    AuthHeader header = header(Auth.of(new AccessToken("tok-S3CRET-123")));
    assertEquals("Authorization", header.name());
    assertEquals("Bearer tok-S3CRET-123", header.value());
  }

  @Test
  void aCustomHeaderGetsTheBareTokenWhateverTheTokenType() {
    AuthHeader header =
        header(Auth.of(new AccessToken("tok-S3CRET-123")).headerName("api-key").tokenType("Token"));
    assertEquals("api-key", header.name());
    assertEquals("tok-S3CRET-123", header.value());
  }

  @Test
  void theTokenTypeReplacesBearer() {
    assertEquals(
        "Klaviyo-API-Key tok-S3CRET-123",
        header(Auth.of(new AccessToken("tok-S3CRET-123")).tokenType("Klaviyo-API-Key")).value());
  }

  @Test
  void anEmptyTokenTypeSendsTheBareTokenAndWarnsOnce() {
    TokenSource source =
        TokenSources.start(
            Auth.of(new AccessToken("tok-S3CRET-123")).tokenType(""),
            NO_REQUESTS,
            clock,
            Log.root());
    for (int i = 0; i < 3; i++) {
      AuthHeader header = Await.result(source.header());
      assertEquals("Authorization", header.name());
      assertEquals("tok-S3CRET-123", header.value());
    }
    assertEquals(
        1, logs.lines("using default Authorization header without a token type prefix").size());
    assertEquals(
        "WARNING",
        logs.lines("using default Authorization header without a token type prefix")
            .get(0)
            .get("level"));
  }

  @Test
  void theTokenTypeDoesNotMatterToACustomHeaderSoNoWarning() {
    header(Auth.of(new AccessToken("tok-S3CRET-123")).headerName("x-api-key").tokenType(""));
    assertEquals(0, logs.lines().size());
  }

  @Test
  void basicAuthIsBasicBase64OfUtf8UserColonPassword() {
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("ana:pässwörd-S3CRET".getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, header(Auth.of(new BasicAuth("ana", "pässwörd-S3CRET"))).value());
    assertEquals(
        expected,
        header(Auth.of(new BasicAuth("ana", "pässwörd-S3CRET")).tokenType("Token")).value());
    assertEquals(
        expected, header(Auth.of(new BasicAuth("ana", "pässwörd-S3CRET")).tokenType("")).value());
    assertEquals(0, logs.lines().size(), "basic authentication always has its type");
  }

  @Test
  void basicAuthInACustomHeaderIsTheBareEncodedPair() {
    AuthHeader header = header(Auth.of(new BasicAuth("ana", "secret-S3CRET")).headerName("x-auth"));
    assertEquals("x-auth", header.name());
    assertEquals(
        Base64.getEncoder().encodeToString("ana:secret-S3CRET".getBytes(StandardCharsets.UTF_8)),
        header.value());
  }

  @Test
  void longLivedOAuth2SendsItsAccessToken() {
    assertEquals(
        "Bearer long-lived-S3CRET",
        header(Auth.of(new LongLivedOAuth2Credentials("id", "secret-S3CRET", "long-lived-S3CRET")))
            .value());
  }

  @Test
  void rotatingOAuth2SendsTheConfigsAccessTokenEvenWhenItHasExpired() {
    RotatingOAuth2Credentials expired =
        new RotatingOAuth2Credentials(
            "id",
            "secret-S3CRET",
            "refresh-S3CRET",
            "config-access-S3CRET",
            NOW.minusSeconds(3600));
    assertEquals(
        "Bearer config-access-S3CRET",
        header(Auth.of(expired).tokenUrl("https://unused.example/token")).value());
  }

  /** A connector's own record, retitled, works through its capability. */
  record ApiKey(String accessToken) implements Credentials.Token {}

  @Test
  void aConnectorsOwnRecordWorksThroughItsCapability() {
    assertEquals(
        "key-S3CRET-1", header(Auth.of(new ApiKey("key-S3CRET-1")).headerName("api-key")).value());
  }

  @Test
  void credentialsWithoutACapabilityAreRefusedNamingTheType() {
    Credentials nothing = new Credentials() {};
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> header(Auth.of(nothing)));
    assertTrue(e.getMessage().contains("implements none of the capabilities"), e.getMessage());
  }

  @Test
  void settingsTheCredentialsCannotUseAreRefused() {
    IllegalStateException scopes =
        assertThrows(
            IllegalStateException.class,
            () -> header(Auth.of(new AccessToken("t-S3CRET")).googleScopes("https://scope")));
    assertEquals(
        "Auth.googleScopes(...) applies to a Google service account, not to AccessToken;"
            + " remove it",
        scopes.getMessage());
    IllegalStateException grant =
        assertThrows(
            IllegalStateException.class,
            () ->
                header(
                    Auth.of(new OAuth2Credentials("id", "secret-S3CRET", "refresh-S3CRET"))
                        .tokenUrl("https://unused.example/token")
                        .grantType(GrantType.PASSWORD)));
    assertEquals(
        "Auth.grantType(...) applies to client credentials (Credentials.Client), not to"
            + " OAuth2Credentials; remove it",
        grant.getMessage());
  }

  @Test
  void exchangesWithoutATokenUrlAreRefusedSayingHowToGiveOne() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> header(Auth.of(new ClientCredentials("id", "secret-S3CRET"))));
    assertEquals(
        "the Auth of ClientCredentials credentials has no token URL: set it with"
            + " Auth.tokenUrl(...), or declare @OAuth2Provider on the capture with its"
            + " accessTokenUrlTemplate",
        e.getMessage());
  }

  @Test
  void theDefaultTokenUrlAppliesOnlyWhenNoneIsSet() {
    Auth unset = Auth.of(new ClientCredentials("id", "secret-S3CRET"));
    assertEquals("https://a/token", unset.withDefaultTokenUrl("https://a/token").tokenUrl().get());
    assertEquals(
        "https://b/token",
        unset.tokenUrl("https://b/token").withDefaultTokenUrl("https://a/token").tokenUrl().get());
    assertTrue(unset.withDefaultTokenUrl(" ").tokenUrl().isEmpty());
    assertTrue(unset.withDefaultTokenUrl(null).tokenUrl().isEmpty());
  }
}
