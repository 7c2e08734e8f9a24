package flowcdk.connector.http.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.http.TestServer;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RestCapture} as a process, as Flow runs it: SIGTERM ends an HTTP wait at once, and
 * rotating OAuth2 tokens are exchanged at Open and published as a {@code configUpdate} before any
 * document is captured.
 */
class RestProcessTest {

  private static final String CLIENT_ID = "client-id-S3CRET-a1";
  private static final String CLIENT_SECRET = "client-secret-S3CRET-b2";
  private static final String OLD_REFRESH = "refresh-S3CRET-old-c3";
  private static final String OLD_ACCESS = "access-S3CRET-old-d4";
  private static final String NEW_REFRESH = "refresh-S3CRET-new-e5";
  private static final String NEW_ACCESS = "access-S3CRET-new-f6";

  private Vertx vertx;
  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    server = TestServer.start(vertx);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  void sigtermEndsValidateWaitingOnARetryAfterAtOnce() throws Exception {
    CountDownLatch asked = new CountDownLatch(1);
    server.route(
        "/me",
        request -> {
          request.response().setStatusCode(503).putHeader("Retry-After", "60").end("busy");
          asked.countDown();
        });
    ConnectorProcess connector =
        ConnectorProcess.start(
            "validate-sigterm",
            Map.of(),
            RestRun.validate(
                RestRun.accessTokenConfig(server.url(""), RestCaptureTest.TOKEN, 0, "")));
    assertTrue(asked.await(1, TimeUnit.MINUTES), "the connector asked the server");

    long signalled = System.nanoTime();
    connector.process.destroy(); // SIGTERM
    int status = connector.waitFor();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
    System.out.println(
        "SIGTERM during a 60 s Retry-After in validate: exit " + millis + " ms later");

    String stderr = connector.stderrText();
    assertEquals(0, status, stderr);
    assertTrue(stderr.contains("received SIGTERM; stopping gracefully"), stderr);
    // The wait ended because of the stop, not at the end of the stop grace, and nothing retried.
    assertTrue(stderr.contains("the validate request was not answered"), stderr);
    assertEquals(1, server.count(), stderr);
    assertFalse(stderr.contains(RestCaptureTest.TOKEN), stderr);
  }

  @Test
  void rotatingTokensAreExchangedAndPublishedBeforeCapturing() throws Exception {
    server.route(
        "/token",
        request ->
            request
                .response()
                .putHeader("Content-Type", "application/json")
                .end(
                    "{\"access_token\":\""
                        + NEW_ACCESS
                        + "\",\"refresh_token\":\""
                        + NEW_REFRESH
                        + "\",\"expires_in\":3600,\"token_type\":\"bearer\"}"));
    server.route(
        "/encrypt",
        request ->
            request
                .response()
                .putHeader("Content-Type", "application/json")
                .end(
                    "{\"credentials\":\"ENC[AES256_GCM,data:xyz]\",\"sops\":{\"version\":\"3\"}}"));
    server.route(
        "/items0",
        request ->
            request
                .response()
                .putHeader("Content-Type", "application/json")
                .end(
                    ("Bearer " + NEW_ACCESS).equals(request.getHeader("Authorization"))
                        ? "{\"items\":[{\"id\":1,\"name\":\"a\"}]}"
                        : "{\"items\":[{\"id\":-1,\"name\":\"wrong token\"}]}"));
    Instant expiresSoon = Instant.now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
    String config =
        "{\"base_url\":\""
            + server.url("")
            + "\",\"token_url\":\""
            + server.url("/token")
            + "\",\"credentials\":{\"credentials_title\":\"OAuth Credentials\",\"client_id\":\""
            + CLIENT_ID
            + "\",\"client_secret\":\""
            + CLIENT_SECRET
            + "\",\"refresh_token\":\""
            + OLD_REFRESH
            + "\",\"access_token\":\""
            + OLD_ACCESS
            + "\",\"access_token_expires_at\":\""
            + expiresSoon
            + "\"}}";
    ConnectorProcess connector =
        ConnectorProcess.start(
            "rotation", Map.of("ENCRYPTION_URL", server.url("/encrypt")), RestRun.open(config, 1));
    int status = connector.waitFor();
    String stderr = connector.stderrText();
    assertEquals(0, status, stderr);

    List<String> paths =
        server.arrivals().stream().map(a -> a.uri().replaceAll("\\?.*", "")).toList();
    assertEquals(List.of("/token", "/encrypt", "/items0"), paths, stderr);
    TestServer.Arrival exchange = server.arrivals().get(0);
    assertTrue(exchange.body().contains("grant_type=refresh_token"), exchange.body());
    assertTrue(exchange.body().contains("refresh_token=" + OLD_REFRESH), exchange.body());

    // The encryption service gets the whole config, keys sorted, with the new tokens, and no
    // credentials of the client's.
    TestServer.Arrival encrypt = server.arrivals().get(1);
    assertEquals(null, encrypt.header("Authorization"));
    Map<?, ?> body = (Map<?, ?>) JsonValues.read(RawJson.parse(encrypt.body()));
    Map<?, ?> sent = (Map<?, ?>) body.get("config");
    assertEquals(List.of("base_url", "credentials", "token_url"), List.copyOf(sent.keySet()));
    Map<?, ?> credentials = (Map<?, ?>) sent.get("credentials");
    assertEquals(NEW_ACCESS, credentials.get("access_token"));
    assertEquals(NEW_REFRESH, credentials.get("refresh_token"));
    assertTrue(body.containsKey("schema"), encrypt.body());

    // Flow is told the encrypted config before anything is captured, and the capture uses the
    // new token.
    List<String> lines = stderr.lines().toList();
    int rotating = indexOf(lines, "Attempting to rotate OAuth2 tokens.");
    int update = indexOf(lines, "\"eventType\":\"configUpdate\"");
    assertTrue(rotating >= 0 && update > rotating, stderr);
    assertTrue(lines.get(update).contains("ENC[AES256_GCM,data:xyz]"), lines.get(update));
    List<String> captured =
        connector.stdoutLines().stream().filter(l -> l.startsWith("{\"captured\"")).toList();
    assertEquals(1, captured.size(), String.join("\n", connector.stdoutLines()));
    assertTrue(captured.get(0).contains("\"id\":1"), captured.get(0));
    for (String secret :
        List.of(CLIENT_ID, CLIENT_SECRET, OLD_REFRESH, OLD_ACCESS, NEW_REFRESH, NEW_ACCESS)) {
      assertFalse(stderr.contains(secret), () -> "stderr shows " + secret + ":\n" + stderr);
    }
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
