package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.AccessToken;
import flowcdk.connector.http.Auth;
import flowcdk.connector.http.BasicAuth;
import flowcdk.connector.http.ClientCredentials;
import flowcdk.connector.http.Credentials;
import flowcdk.connector.http.GoogleServiceAccount;
import flowcdk.connector.http.LongLivedOAuth2Credentials;
import flowcdk.connector.http.OAuth2Credentials;
import flowcdk.connector.http.RotatingOAuth2Credentials;
import flowcdk.connector.http.TokenResponseReader;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Log;
import flowcdk.testing.ManualClock;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No secret of the credentials reaches a log line, an exception or a {@code toString()}: every
 * field holds a recognisable secret, token exchanges fail with a 401 that has a body, and
 * everything the code under test produced is searched for the secrets.
 */
class SecretsTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  private static final String CLIENT_ID = "client-id-S3CRET";
  private static final String CLIENT_SECRET = "client-secret-S3CRET";
  private static final String REFRESH_TOKEN = "refresh-token-S3CRET";
  private static final String ACCESS_TOKEN = "access-token-S3CRET";
  private static final String PASSWORD = "password-S3CRET";
  private static final String KEY_TEXT = "{\"private_key\": \"service-account-S3CRET\"";
  private static final List<String> SECRETS =
      List.of(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, ACCESS_TOKEN, PASSWORD, "S3CRET");

  private Vertx vertx;
  private VertxTokenEndpoint endpoint;
  private LogCapture logs;
  private final ManualClock clock = new ManualClock(NOW);
  private final List<String> produced = new ArrayList<>();

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    endpoint = new VertxTokenEndpoint(vertx);
    logs = new LogCapture();
  }

  @AfterEach
  void stop() {
    logs.close();
    Await.result(vertx.close());
  }

  private TokenServer unauthorized() {
    return TokenServer.start(
        vertx,
        request ->
            Future.succeededFuture(
                new TokenServer.Reply(
                    401,
                    "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}")));
  }

  /** Records the failure's message, text and stack trace. */
  private void failed(Throwable failure) {
    produced.add(failure.getMessage());
    produced.add(failure.toString());
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    produced.add(trace.toString());
  }

  private void assertNoSecret() {
    produced.add(logs.text());
    for (String text : produced) {
      for (String secret : SECRETS) {
        assertFalse(text != null && text.contains(secret), "a secret in: " + text);
      }
    }
  }

  @Test
  void failingExchangesShowNoSecret() {
    try (TokenServer server = unauthorized()) {
      List<Auth> auths =
          List.of(
              Auth.of(new OAuth2Credentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)),
              Auth.of(new OAuth2Credentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN))
                  .clientCredentialsInHeader(),
              Auth.of(new ClientCredentials(CLIENT_ID, CLIENT_SECRET)),
              Auth.of(new ClientCredentials(CLIENT_ID, CLIENT_SECRET))
                  .additionalTokenBody(Map.of("audience", "api-S3CRET")));
      for (Auth auth : auths) {
        Auth withUrl = auth.tokenUrl(server.url("/token"));
        TokenSource source = TokenSources.start(withUrl, endpoint, clock, Log.root());
        Throwable failure = Await.failure(source.header());
        assertTrue(failure.getMessage().startsWith("HTTP 401 from "), failure.getMessage());
        failed(failure);
        produced.add(source.toString());
        produced.add(withUrl.toString());
      }
      assertEquals(4, server.requests().size());
    }
    assertNoSecret();
  }

  @Test
  void aFailingRotationShowsNoSecret() {
    try (TokenServer server = unauthorized()) {
      RotatingOAuth2Credentials credentials =
          new RotatingOAuth2Credentials(
              CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, ACCESS_TOKEN, NOW.plusSeconds(60));
      RawJson config =
          RawJson.parse(
              "{\"credentials\":{\"client_id\":\"%s\",\"client_secret\":\"%s\",\"refresh_token\":\"%s\",\"access_token\":\"%s\",\"access_token_expires_at\":\"2024-05-01T12:01:00Z\"}}"
                  .formatted(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, ACCESS_TOKEN));
      Throwable failure =
          Await.failure(
              TokenSources.open(
                  Auth.of(credentials).tokenUrl(server.url("/token")),
                  endpoint,
                  clock,
                  Log.root(),
                  config,
                  RawJson.EMPTY_OBJECT,
                  body -> Future.failedFuture("not reached")));
      failed(failure);
      produced.add(credentials.toString());
      assertEquals(1, logs.lines("Attempting to rotate OAuth2 tokens.").size());
    }
    assertNoSecret();
  }

  @Test
  void aSuccessfulExchangeLogsNoToken() {
    try (TokenServer server =
        TokenServer.start(
            vertx,
            request ->
                Future.succeededFuture(
                    TokenServer.Reply.ok(
                        "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600}")))) {
      TokenSource source =
          TokenSources.start(
              Auth.of(new OAuth2Credentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN))
                  .tokenUrl(server.url("/token")),
              endpoint,
              clock,
              Log.root());
      AuthHeader header = Await.result(source.header());
      assertEquals("Bearer " + ACCESS_TOKEN, header.value());
      produced.add(header.toString());
      produced.add(source.toString());
      assertEquals(1, logs.lines("fetched OAuth2 access token").size());
      // Anything that logs the token later has it scrubbed.
      Log.root().info("calling with " + header.value());
    }
    assertNoSecret();
  }

  @Test
  void credentialsAndTheirPartsShowNoSecret() {
    List<Object> values =
        List.of(
            new AccessToken(ACCESS_TOKEN),
            new BasicAuth("user", PASSWORD),
            new OAuth2Credentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN),
            new RotatingOAuth2Credentials(
                CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, ACCESS_TOKEN, NOW),
            new LongLivedOAuth2Credentials(CLIENT_ID, CLIENT_SECRET, ACCESS_TOKEN),
            new ClientCredentials(CLIENT_ID, CLIENT_SECRET),
            new GoogleServiceAccount(KEY_TEXT),
            new TokenResponseReader.Token(ACCESS_TOKEN, NOW, REFRESH_TOKEN),
            new AuthHeader("Authorization", "Bearer " + ACCESS_TOKEN),
            new TokenRequest(
                "https://t",
                Map.of("client_secret", CLIENT_SECRET, "refresh_token", REFRESH_TOKEN),
                Map.of("Authorization", "Basic " + CLIENT_SECRET)),
            new CachingTokenSource.Fetched(ACCESS_TOKEN, NOW));
    for (Object value : values) {
      produced.add(value.toString());
      if (value instanceof Credentials credentials) {
        produced.add(Auth.of(credentials).toString());
      }
    }
    assertTrue(
        new BasicAuth("user", PASSWORD).toString().contains("username=user"),
        "the user name is not a secret");
    assertNoSecret();
  }

  @Test
  void aMalformedServiceAccountKeyShowsNoSecret() {
    Throwable failure =
        assertThrows(
            RuntimeException.class,
            () ->
                TokenSources.start(
                    Auth.of(new GoogleServiceAccount(KEY_TEXT)).googleScopes("https://scope"),
                    endpoint,
                    clock,
                    Log.root()));
    failed(failure);
    assertNoSecret();
  }
}
