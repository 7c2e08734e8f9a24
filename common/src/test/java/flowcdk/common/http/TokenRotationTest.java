package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.ActionableException;
import flowcdk.connector.http.Auth;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Log;
import flowcdk.testing.ManualClock;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rotation of rotating OAuth2 credentials when a capture opens (§12.2): a token due within five
 * minutes is exchanged, the config with the new tokens (keys sorted) goes to the encryption
 * service, and the encrypted config is logged as a {@code configUpdate}; a token that lasts longer
 * is left alone.
 */
class TokenRotationTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  /** What the encryption service answers: an encrypted config holds no plaintext secret. */
  private static final String ENCRYPTED =
      "{\"credentials\":{\"access_token\":\"ENC[AES256_GCM,data:abc]\"},\"sops\":{\"version\":\"3.9\"}}";

  private Vertx vertx;
  private VertxTokenEndpoint endpoint;
  private LogCapture logs;
  private final ManualClock clock = new ManualClock(NOW);

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

  /** A config as the capture receives it, its token expiring at {@code expiresAt}. */
  private static RawJson config(String expiresAt) {
    return RawJson.parse(
        """
        {"start_date": "2024-01-01T00:00:00Z",
         "credentials": {"credentials_title": "OAuth Credentials",
                         "client_id": "client-1", "client_secret": "secret-S3CRET-1",
                         "refresh_token": "old-refresh-S3CRET", "access_token": "old-access-S3CRET",
                         "access_token_expires_at": "%s"},
         "advanced": {"zeta": 1, "alpha": [{"b": 1, "a": {"y": true, "x": null}}]}}
        """
            .formatted(expiresAt));
  }

  /** A server answering token requests at /token with {@code token} and encryption at /encrypt. */
  private TokenServer server(String token) {
    return TokenServer.start(
        vertx,
        request ->
            Future.succeededFuture(
                TokenServer.Reply.ok(request.path().equals("/encrypt") ? ENCRYPTED : token)));
  }

  private Future<TokenSource> open(TokenServer server, RawJson rawConfig) throws DecodeException {
    RotatingConfig config = Codecs.decode(rawConfig, RotatingConfigJson.INSTANCE, "RotatingConfig");
    return TokenSources.open(
        Auth.of(config.credentials()).tokenUrl(server.url("/token")),
        endpoint,
        clock,
        Log.root().child("capture"),
        rawConfig,
        RotatingConfigJson.SCHEMA,
        body -> endpoint.postJson(server.url("/encrypt"), body));
  }

  @Test
  void aTokenExpiringWithinFiveMinutesIsRotatedAndTheConfigUpdated() throws DecodeException {
    try (TokenServer server =
        server(
            "{\"access_token\":\"new-access-S3CRET\",\"refresh_token\":\"new-refresh-S3CRET\",\"expires_in\":3600}")) {
      TokenSource source = Await.result(open(server, config("2024-05-01T12:01:00Z")));
      assertEquals("Bearer new-access-S3CRET", Await.result(source.header()).value());

      List<TokenServer.Request> requests = server.requests();
      assertEquals(
          List.of("/token", "/encrypt"), requests.stream().map(TokenServer.Request::path).toList());
      assertEquals(
          Map.of(
              "grant_type", "refresh_token",
              "client_id", "client-1",
              "client_secret", "secret-S3CRET-1",
              "refresh_token", "old-refresh-S3CRET"),
          requests.get(0).form());
      TokenServer.Request encryption = requests.get(1);
      assertEquals("application/json", encryption.headers().get("content-type"));
      assertFalse(encryption.headers().containsKey("authorization"), "sent without credentials");
      assertEquals(
          "{\"config\":{\"advanced\":{\"alpha\":[{\"a\":{\"x\":null,\"y\":true},\"b\":1}],\"zeta\":1},"
              + "\"credentials\":{\"access_token\":\"new-access-S3CRET\","
              + "\"access_token_expires_at\":\"2024-05-01T13:00:00Z\",\"client_id\":\"client-1\","
              + "\"client_secret\":\"secret-S3CRET-1\",\"credentials_title\":\"OAuth Credentials\","
              + "\"refresh_token\":\"new-refresh-S3CRET\"},\"start_date\":\"2024-01-01T00:00:00Z\"},"
              + "\"schema\":"
              + RotatingConfigJson.SCHEMA
              + "}",
          encryption.body());

      List<Map<String, Object>> lines = logs.lines();
      assertEquals(2, lines.size(), logs.text());
      assertEquals("Attempting to rotate OAuth2 tokens.", lines.get(0).get("msg"));
      assertEquals("INFO", lines.get(0).get("level"));
      assertEquals("Rotating OAuth2 tokens in endpoint config.", lines.get(1).get("msg"));
      Map<?, ?> fields = (Map<?, ?>) lines.get(1).get("fields");
      assertEquals("configUpdate", fields.get("eventType"));
      assertEquals(JsonValues.read(RawJson.parse(ENCRYPTED)), fields.get("config"));
      assertEquals("flow.capture", fields.get("source"));
    }
  }

  @Test
  void aResponseWithoutARefreshTokenKeepsTheOldOne() throws DecodeException {
    try (TokenServer server =
        server("{\"access_token\":\"new-access-S3CRET\",\"expires_in\":60}")) {
      Await.result(open(server, config("2024-05-01T11:00:00Z")));
      String body = server.requests().get(1).body();
      assertTrue(body.contains("\"refresh_token\":\"old-refresh-S3CRET\""), body);
      assertTrue(body.contains("\"access_token_expires_at\":\"2024-05-01T12:01:00Z\""), body);
    }
  }

  @Test
  void aTokenLastingLongerIsNotRotated() throws DecodeException {
    try (TokenServer server = server("{\"access_token\":\"unused-S3CRET\"}")) {
      TokenSource source = Await.result(open(server, config("2024-05-01T13:00:00Z")));
      assertEquals("Bearer old-access-S3CRET", Await.result(source.header()).value());
      assertEquals(List.of(), server.requests());
      assertEquals(List.of(), logs.lines());
    }
  }

  @Test
  void exactlyFiveMinutesLeftIsNotDue() throws DecodeException {
    try (TokenServer server = server("{\"access_token\":\"unused-S3CRET\"}")) {
      Await.result(open(server, config("2024-05-01T12:05:00Z")));
      assertEquals(List.of(), server.requests());
    }
  }

  @Test
  void theCredentialsMustBeFoundInTheConfigExactlyOnce() throws DecodeException {
    try (TokenServer server =
        server("{\"access_token\":\"new-access-S3CRET\",\"expires_in\":60}")) {
      RawJson twice =
          RawJson.parse(
              config("2024-05-01T12:01:00Z")
                  .toString()
                  .replace(
                      "\"zeta\":1",
                      "\"zeta\":1,\"copy\":{\"refresh_token\":\"old-refresh-S3CRET\"}"));
      Throwable failure = Await.failure(open(server, twice));
      assertInstanceOf(ActionableException.class, failure);
      assertEquals(
          "could not write the rotated OAuth2 tokens into the endpoint config: 2 objects in it have"
              + " the refresh_token in use. The credentials the connector authenticates with must"
              + " be one object of the config, with its own refresh_token.",
          failure.getMessage());
      assertEquals(
          List.of("/token"), server.requests().stream().map(TokenServer.Request::path).toList());
      assertTrue(logs.lines("Rotating OAuth2 tokens in endpoint config.").isEmpty());
    }
  }

  @Test
  void aFailedExchangeFailsOpenWithoutAConfigUpdate() throws DecodeException {
    try (TokenServer server =
        TokenServer.start(
            vertx,
            request ->
                Future.succeededFuture(
                    new TokenServer.Reply(400, "{\"error\":\"invalid_grant\"}")))) {
      Throwable failure = Await.failure(open(server, config("2024-05-01T12:01:00Z")));
      assertInstanceOf(VertxTokenEndpoint.StatusException.class, failure);
      assertEquals(1, server.requests().size());
      assertEquals(1, logs.lines("Attempting to rotate OAuth2 tokens.").size());
      assertTrue(logs.lines("Rotating OAuth2 tokens in endpoint config.").isEmpty());
    }
  }

  @Test
  void accessTokenCredentialsNeedNoRotation() throws DecodeException {
    RawJson raw =
        RawJson.parse(
            "{\"credentials\":{\"credentials_title\":\"Private App Credentials\","
                + "\"access_token\":\"static-S3CRET\"}}");
    try (TokenServer server = server("{}")) {
      TokenSource source = Await.result(open(server, raw));
      assertEquals("Bearer static-S3CRET", Await.result(source.header()).value());
      assertEquals(List.of(), server.requests());
    }
  }

  @Test
  void theEncryptionUrlComesFromTheEnvironment() {
    assertEquals(
        "https://config-encryption.estuary.dev/v1/encrypt-config",
        TokenRotation.encryptionUrl(Map.of()));
    assertEquals(
        "http://127.0.0.1:9/encrypt",
        TokenRotation.encryptionUrl(Map.of("ENCRYPTION_URL", "http://127.0.0.1:9/encrypt")));
  }
}
