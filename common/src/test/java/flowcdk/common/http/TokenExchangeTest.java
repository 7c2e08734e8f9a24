package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.ActionableException;
import flowcdk.connector.http.Auth;
import flowcdk.connector.http.ClientCredentials;
import flowcdk.connector.http.GrantType;
import flowcdk.connector.http.OAuth2Credentials;
import flowcdk.connector.http.TokenResponseReader;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.log.Redactor;
import flowcdk.testing.ManualClock;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Token exchanges against a real token endpoint (§9.5): the exact form of each kind, where the
 * client credentials go, the cache and its 75 % rule on the manual clock, the response hook, and
 * the errors.
 */
class TokenExchangeTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  private Vertx vertx;
  private VertxTokenEndpoint endpoint;
  private LogCapture logs;
  private final ManualClock clock = new ManualClock(NOW);
  private final AtomicInteger issued = new AtomicInteger();

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

  /** A server issuing {@code token-1}, {@code token-2}, ... with the response {@code extra}. */
  private TokenServer issuing(String extra) {
    return TokenServer.start(
        vertx,
        request ->
            Future.succeededFuture(
                TokenServer.Reply.ok(
                    "{\"access_token\":\"S3CRET-token-"
                        + issued.incrementAndGet()
                        + "\""
                        + extra
                        + "}")));
  }

  private static Map<String, String> ordered(String... namesAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  private String header(TokenSource source) {
    return Await.result(source.header()).value();
  }

  @Test
  void aRefreshTokenIsExchangedWithTheClientCredentialsInTheForm() {
    try (TokenServer server = issuing(",\"expires_in\":3600")) {
      Auth auth =
          Auth.of(new OAuth2Credentials("client-S3CRET-1", "secret-S3CRET-1", "refresh-S3CRET-1"))
              .tokenUrl(server.url("/oauth/token"))
              .additionalTokenBody(ordered("expires_in", "7200", "scope", "read write"));
      assertEquals(
          "Bearer S3CRET-token-1", header(TokenSources.start(auth, endpoint, clock, Log.root())));

      TokenServer.Request request = server.requests().get(0);
      assertEquals("POST", request.method());
      assertEquals("/oauth/token", request.path());
      assertEquals("application/x-www-form-urlencoded", request.headers().get("content-type"));
      assertFalse(request.headers().containsKey("authorization"), "no credentials header");
      assertEquals(
          List.copyOf(
              ordered(
                      "grant_type", "refresh_token",
                      "client_id", "client-S3CRET-1",
                      "client_secret", "secret-S3CRET-1",
                      "expires_in", "7200",
                      "scope", "read write",
                      "refresh_token", "refresh-S3CRET-1")
                  .entrySet()),
          List.copyOf(request.form().entrySet()));
    }
  }

  @Test
  void theClientCredentialsCanGoInABasicHeaderInstead() {
    try (TokenServer server = issuing(",\"expires_in\":3600")) {
      Auth auth =
          Auth.of(new OAuth2Credentials("client-S3CRET-1", "sécret:S3CRET:1", "refresh-S3CRET-1"))
              .tokenUrl(server.url("/token"))
              .clientCredentialsInHeader()
              .additionalTokenBody(Map.of("expires_in", "7200"));
      header(TokenSources.start(auth, endpoint, clock, Log.root()));

      TokenServer.Request request = server.requests().get(0);
      assertEquals(
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      "client-S3CRET-1:sécret:S3CRET:1".getBytes(StandardCharsets.UTF_8)),
          request.headers().get("authorization"));
      assertEquals(
          List.copyOf(
              ordered(
                      "grant_type",
                      "refresh_token",
                      "expires_in",
                      "7200",
                      "refresh_token",
                      "refresh-S3CRET-1")
                  .entrySet()),
          List.copyOf(request.form().entrySet()));
    }
  }

  @Test
  void clientCredentialsUseTheClientCredentialsGrantByDefault() {
    try (TokenServer server = issuing(",\"expires_in\":3600")) {
      Auth auth =
          Auth.of(new ClientCredentials("client-S3CRET-1", "secret-S3CRET-1"))
              .tokenUrl(server.url("/t"));
      assertEquals(
          "Bearer S3CRET-token-1", header(TokenSources.start(auth, endpoint, clock, Log.root())));
      assertEquals(
          ordered(
              "grant_type",
              "client_credentials",
              "client_id",
              "client-S3CRET-1",
              "client_secret",
              "secret-S3CRET-1"),
          server.requests().get(0).form());
    }
  }

  @ParameterizedTest
  @EnumSource(GrantType.class)
  void clientCredentialsSendOnlyTheGrantTypeAndTheClient(GrantType grant) {
    try (TokenServer server = issuing(",\"expires_in\":3600")) {
      Auth auth =
          Auth.of(new ClientCredentials("client-S3CRET-1", "secret-S3CRET-1"))
              .tokenUrl(server.url("/t"))
              .grantType(grant);
      header(TokenSources.start(auth, endpoint, clock, Log.root()));
      assertEquals(
          List.copyOf(
              ordered(
                      "grant_type", grant.formValue(),
                      "client_id", "client-S3CRET-1",
                      "client_secret", "secret-S3CRET-1")
                  .entrySet()),
          List.copyOf(server.requests().get(0).form().entrySet()));
    }
  }

  @Test
  void aTokenIsReusedUntilThreeQuartersOfItsLifetimeHavePassed() {
    try (TokenServer server = issuing(",\"expires_in\":3600")) {
      TokenSource source =
          TokenSources.start(
              Auth.of(new ClientCredentials("c", "s-S3CRET")).tokenUrl(server.url("/t")),
              endpoint,
              clock,
              Log.root());
      assertEquals("Bearer S3CRET-token-1", header(source));
      clock.advance(Duration.ofSeconds(2699));
      assertEquals("Bearer S3CRET-token-1", header(source));
      assertEquals(1, server.requests().size());
      clock.advance(Duration.ofSeconds(1));
      assertEquals("Bearer S3CRET-token-2", header(source));
      assertEquals("Bearer S3CRET-token-2", header(source));
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void theLifetimeCountsFromTheWholeSecondTheRequestWasSentIn() {
    clock.advance(Duration.ofMillis(900)); // 12:00:00.900, counted from 12:00:00
    try (TokenServer server = issuing(",\"expires_in\":100")) {
      TokenSource source =
          TokenSources.start(
              Auth.of(new ClientCredentials("c", "s-S3CRET")).tokenUrl(server.url("/t")),
              endpoint,
              clock,
              Log.root());
      header(source);
      clock.advanceTo(NOW.plusMillis(74_999));
      header(source);
      assertEquals(1, server.requests().size());
      clock.advanceTo(NOW.plusSeconds(75));
      header(source);
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void withoutExpiresInEveryRequestFetchesAToken() {
    try (TokenServer server = issuing("")) {
      TokenSource source =
          TokenSources.start(
              Auth.of(new ClientCredentials("c", "s-S3CRET")).tokenUrl(server.url("/t")),
              endpoint,
              clock,
              Log.root());
      assertEquals("Bearer S3CRET-token-1", header(source));
      assertEquals("Bearer S3CRET-token-2", header(source));
      assertEquals("Bearer S3CRET-token-3", header(source));
      assertEquals(3, server.requests().size());
    }
  }

  @Test
  void aFetchLogsAtDebugAndRegistersTheTokenWithTheRedactor() {
    try (TokenServer server =
        issuing(",\"expires_in\":\"3600\",\"refresh_token\":\"next-refresh-S3CRET\"")) {
      header(
          TokenSources.start(
              Auth.of(new ClientCredentials("c", "s-S3CRET")).tokenUrl(server.url("/t")),
              endpoint,
              clock,
              Log.root().child("http")));
      List<Map<String, Object>> fetched = logs.lines("fetched OAuth2 access token");
      assertEquals(1, fetched.size());
      assertEquals("DEBUG", fetched.get(0).get("level"));
      assertEquals(
          Map.of("at", "2024-05-01T12:00:00Z", "expires_in", 3600L, "source", "flow.http"),
          fetched.get(0).get("fields"));
      assertEquals(Redactor.MASK, logs.redactor().scrub("S3CRET-token-1"));
      assertEquals(Redactor.MASK, logs.redactor().scrub("next-refresh-S3CRET"));
    }
  }

  @Test
  void aReaderGivesTheExpiryOfAProviderThatSendsATimestamp() {
    try (TokenServer server =
        TokenServer.start(
            vertx,
            request ->
                Future.succeededFuture(
                    TokenServer.Reply.ok(
                        "{\"access_token\":\"gh-S3CRET-"
                            + issued.incrementAndGet()
                            + "\",\"expires_at\":\"2024-05-01T13:00:00Z\"}")))) {
      TokenResponseReader greenhouse =
          (response, now) -> {
            GreenhouseToken token =
                Codecs.decode(response, GreenhouseTokenJson.INSTANCE, "GreenhouseToken");
            return new TokenResponseReader.Token(token.accessToken(), token.expiresAt(), null);
          };
      TokenSource source =
          TokenSources.start(
              Auth.of(new ClientCredentials("c", "s-S3CRET"))
                  .tokenUrl(server.url("/token"))
                  .tokenResponse(greenhouse),
              endpoint,
              clock,
              Log.root());
      assertEquals("Bearer gh-S3CRET-1", header(source));
      clock.advance(Duration.ofMinutes(44).plusSeconds(59)); // 75 % of the hour is 45 minutes
      assertEquals("Bearer gh-S3CRET-1", header(source));
      clock.advance(Duration.ofSeconds(1));
      assertEquals("Bearer gh-S3CRET-2", header(source));
      Map<?, ?> fields = (Map<?, ?>) logs.lines("fetched OAuth2 access token").get(0).get("fields");
      assertEquals(3600L, fields.get("expires_in"));
    }
  }

  @Test
  void aResponseWithoutAnAccessTokenIsAnErrorNamingTheUrlNotTheBody() {
    try (TokenServer server =
        TokenServer.start(
            vertx,
            request ->
                Future.succeededFuture(
                    TokenServer.Reply.ok("{\"token\":\"body-S3CRET-value\",\"expires_in\":60}")))) {
      TokenSource source =
          TokenSources.start(
              Auth.of(new ClientCredentials("c", "s-S3CRET")).tokenUrl(server.url("/token")),
              endpoint,
              clock,
              Log.root());
      Throwable failure = Await.failure(source.header());
      assertInstanceOf(ActionableException.class, failure);
      assertEquals(
          "the token endpoint "
              + server.url("/token")
              + " answered without a usable access token: the response has no access_token (a"
              + " non-empty string is required). Check the token URL and that the provider"
              + " accepts these credentials.",
          failure.getMessage());
      assertFalse(failure.toString().contains("body-S3CRET-value"));
    }
  }

  @Test
  void aFailedExchangeIsNotCachedTheNextRequestTriesAgain() {
    AtomicInteger calls = new AtomicInteger();
    try (TokenServer server =
        TokenServer.start(
            vertx,
            request ->
                Future.succeededFuture(
                    calls.incrementAndGet() == 1
                        ? new TokenServer.Reply(503, "{\"error\":\"unavailable\"}")
                        : TokenServer.Reply.ok(
                            "{\"access_token\":\"late-S3CRET\",\"expires_in\":60}")))) {
      TokenSource source =
          TokenSources.start(
              Auth.of(new ClientCredentials("c", "s-S3CRET")).tokenUrl(server.url("/token")),
              endpoint,
              clock,
              Log.root());
      Throwable failure = Await.failure(source.header());
      assertInstanceOf(VertxTokenEndpoint.StatusException.class, failure);
      assertTrue(failure.getMessage().startsWith("HTTP 503 from "), failure.getMessage());
      assertEquals("Bearer late-S3CRET", header(source));
      assertEquals(2, server.requests().size());
    }
  }
}
