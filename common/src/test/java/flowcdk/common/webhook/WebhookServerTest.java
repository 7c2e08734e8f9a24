package flowcdk.common.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.webhook.RequestDocuments.Routed;
import flowcdk.connector.webhook.BodyMatch;
import flowcdk.connector.webhook.Router;
import flowcdk.connector.webhook.SignatureEncoding;
import flowcdk.connector.webhook.UrlMatch;
import flowcdk.connector.webhook.WebhookAuth;
import flowcdk.runtime.log.Log;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The endpoint over real HTTP: answers only after the publisher (Flow's acknowledgement), every
 * refusal with its status, the limits, and a graceful stop.
 */
class WebhookServerTest {

  /** What the server answered. */
  private record Answer(int statusCode, String body, MultiMap headers) {}

  /** A publish the test completes: the documents and the promise standing for Flow's ack. */
  private record Publish(List<Routed> documents, Promise<Void> acknowledged) {}

  private final Vertx vertx = Vertx.vertx();
  private final HttpClient client = vertx.createHttpClient();
  private final LinkedBlockingQueue<Publish> publishes = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<String> checkThreads = new LinkedBlockingQueue<>();
  private WebhookServer server;

  @AfterEach
  void close() throws Exception {
    await(vertx.close());
  }

  private void start(WebhookAuth auth, WebhookServer.Limits limits) throws Exception {
    Router router = Router.of(List.of(BodyMatch.of("type", "refund"), UrlMatch.of("/hooks/{id}")));
    RequestDocuments documents =
        new RequestDocuments(router, UUID::randomUUID, () -> Instant.parse("2026-03-01T00:00:00Z"));
    server =
        await(
            WebhookServer.start(
                vertx,
                "127.0.0.1",
                0,
                documents,
                new Authenticator(auth),
                (binding, document) -> {
                  checkThreads.add(Thread.currentThread().getName());
                  return document.toString().contains("\"amount\":\"x\"")
                      ? "/amount: expected a number, found \"x\""
                      : null;
                },
                routed -> {
                  Promise<Void> acknowledged = Promise.promise();
                  publishes.add(new Publish(routed, acknowledged));
                  return acknowledged.future();
                },
                limits,
                Log.named("webhook-test")));
  }

  private void start() throws Exception {
    start(WebhookAuth.NONE, WebhookServer.Limits.defaults());
  }

  @Test
  void theAnswerComesOnlyAfterTheAcknowledgement() throws Exception {
    start();
    CompletableFuture<Answer> answer =
        post("/hooks/7", "[{\"n\":1},{\"n\":2,\"type\":\"refund\"}]");
    Publish publish = publishes.poll(30, TimeUnit.SECONDS);
    assertEquals(List.of(1, 0), publish.documents().stream().map(Routed::binding).toList());
    assertNull(answer.getNow(null), "answered before Flow acknowledged");
    publish.acknowledged().complete();
    Answer response = answer.get(30, TimeUnit.SECONDS);
    assertEquals(200, response.statusCode());
    assertEquals("{\"published\":2}", response.body());
  }

  @Test
  void aLargeBatchIsReadOffTheEventLoopAndAnsweredTheSame() throws Exception {
    start();
    StringBuilder batch = new StringBuilder("[");
    int documents = 2000;
    for (int i = 0; i < documents; i++) {
      batch
          .append(i == 0 ? "" : ",")
          .append("{\"n\":")
          .append(i)
          .append(",\"pad\":\"")
          .append("x".repeat(40))
          .append("\"}");
    }
    String body = batch.append(']').toString();
    assertTrue(body.length() >= WebhookServer.OFF_LOOP_BYTES, "the batch is large");
    CompletableFuture<Answer> answer = post("/hooks/9", body);
    Publish publish = publishes.poll(30, TimeUnit.SECONDS);
    assertEquals(documents, publish.documents().size());
    assertTrue(
        checkThreads.stream().allMatch(name -> name.startsWith("vert.x-worker-thread")),
        "checked off the event loop: " + new TreeSet<>(checkThreads));
    assertTrue(publish.documents().get(documents - 1).document().toString().contains("\"n\":1999"));
    publish.acknowledged().complete();
    assertEquals("{\"published\":2000}", answer.get(30, TimeUnit.SECONDS).body());
    assertAnswer(
        post("/hooks/9", body.replace("\"n\":5,", "\"n\":5,]")),
        400,
        "Request body must be valid JSON");
  }

  @Test
  void aContentLengthIsComparedWithoutOverflow() {
    assertTrue(WebhookServer.announcesMoreThan("123456789012345678901234567890", 10));
    assertTrue(WebhookServer.announcesMoreThan("11", 10));
    assertFalse(WebhookServer.announcesMoreThan("0000000000000000000000010", 10));
    assertFalse(WebhookServer.announcesMoreThan("-5", 10));
    assertFalse(WebhookServer.announcesMoreThan("", 10));
  }

  @Test
  void refusalsCaptureNothing() throws Exception {
    start();
    assertAnswer(post("/other", "{\"n\":1}"), 404, "No matching binding for request");
    assertAnswer(post("/hooks/1", "{"), 400, "Request body must be valid JSON");
    assertAnswer(post("/hooks/1", "[{},3]"), 400, "Documents are expected to be JSON objects");
    assertAnswer(
        post("/hooks/1", "{\"amount\":\"x\"}"),
        400,
        "Document 0 does not fit its binding: /amount: expected a number, found \"x\"");
    Answer get = send(HttpMethod.GET, "/hooks/1", "").get(30, TimeUnit.SECONDS);
    assertEquals(405, get.statusCode());
    assertTrue(publishes.isEmpty());
  }

  @Test
  void aFailedPublishIs500() throws Exception {
    start();
    CompletableFuture<Answer> answer = post("/hooks/1", "{}");
    publishes.poll(30, TimeUnit.SECONDS).acknowledged().fail(new IllegalStateException("stdout"));
    assertAnswer(answer, 500, "The documents could not be captured");
  }

  @Test
  void signedRequestsPassAndTamperedOnesAre401() throws Exception {
    start(
        new WebhookAuth(
            null, "X-Webhook-Secret", "Jefe", "X-Sig", "sha256=", SignatureEncoding.HEX),
        WebhookServer.Limits.defaults());
    String body = "what do ya want for nothing?";
    String signature = "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    // Not JSON, so an accepted signature shows as the JSON refusal, not as 401.
    assertAnswer(
        post("/hooks/1", body, "X-Sig", signature), 400, "Request body must be valid JSON");
    assertAnswer(post("/hooks/1", body + " ", "X-Sig", signature), 401, "Unauthorized");
    assertAnswer(post("/hooks/1", body), 401, "Unauthorized");
    assertTrue(publishes.isEmpty());
  }

  @Test
  void bodiesBeyondTheLimitAre413() throws Exception {
    start(
        WebhookAuth.NONE,
        new WebhookServer.Limits(64, 8, Duration.ofMinutes(1), Duration.ofMinutes(1)));
    Answer large =
        post("/hooks/1", "{\"pad\":\"" + "x".repeat(100) + "\"}").get(30, TimeUnit.SECONDS);
    assertEquals(413, large.statusCode());
    assertAnswer(post("/hooks/1", "{\"pad\":\"x\"}"), -1, null);
  }

  @Test
  void aChunkedBodyIsCutAtTheLimit() throws Exception {
    start(
        WebhookAuth.NONE,
        new WebhookServer.Limits(64, 8, Duration.ofMinutes(1), Duration.ofMinutes(1)));
    Answer answer =
        exchange(
                options(HttpMethod.POST, "/hooks/1"),
                request -> {
                  request.setChunked(true);
                  request.write("{\"pad\":\"" + "x".repeat(100));
                  return request.response();
                })
            .get(30, TimeUnit.SECONDS);
    assertEquals(413, answer.statusCode());
    assertTrue(publishes.isEmpty());
  }

  @Test
  void aBodyThatDoesNotArriveIs408() throws Exception {
    start(
        WebhookAuth.NONE,
        new WebhookServer.Limits(1 << 20, 8, Duration.ofMillis(200), Duration.ofMinutes(1)));
    Answer answer =
        exchange(
                options(HttpMethod.POST, "/hooks/1").putHeader("Content-Length", "100"),
                request -> {
                  request.write("{\"never\":");
                  return request.response();
                })
            .get(30, TimeUnit.SECONDS);
    assertEquals(408, answer.statusCode());
    assertEquals("The request body did not arrive in time", answer.body());
  }

  @Test
  void requestsBeyondTheInFlightLimitAre503WithRetryAfter() throws Exception {
    start(
        WebhookAuth.NONE,
        new WebhookServer.Limits(1 << 20, 1, Duration.ofMinutes(1), Duration.ofMinutes(1)));
    CompletableFuture<Answer> first = post("/hooks/1", "{}");
    Publish held = publishes.poll(30, TimeUnit.SECONDS);
    Answer second = post("/hooks/2", "{}").get(30, TimeUnit.SECONDS);
    assertEquals(503, second.statusCode());
    assertEquals("1", second.headers().get("Retry-After"));
    held.acknowledged().complete();
    assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
    assertAnswer(post("/hooks/3", "{}"), -1, null);
  }

  @Test
  void stoppingRefusesNewRequestsAndWaitsForThoseInFlight() throws Exception {
    start();
    CompletableFuture<Answer> inFlight = post("/hooks/1", "{}");
    Publish held = publishes.poll(30, TimeUnit.SECONDS);
    Future<Void> stopped = server.stop();
    assertAnswer(post("/hooks/2", "{}"), 503, "Server shutting down");
    assertFalse(stopped.isComplete(), "stopped with a request in flight");
    held.acknowledged().complete();
    assertEquals(200, inFlight.get(30, TimeUnit.SECONDS).statusCode());
    await(stopped);
  }

  @Test
  void aPortInUseIsAClearError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Throwable failure =
          WebhookServer.start(
                  vertx,
                  "127.0.0.1",
                  taken.getLocalPort(),
                  new RequestDocuments(
                      Router.of(List.of(UrlMatch.of("*"))), UUID::randomUUID, Instant::now),
                  new Authenticator(WebhookAuth.NONE),
                  (b, d) -> null,
                  routed -> Future.succeededFuture(),
                  WebhookServer.Limits.defaults(),
                  Log.named("webhook-test"))
              .toCompletionStage()
              .handle((ok, error) -> error)
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      assertTrue(
          failure
              .getMessage()
              .startsWith("Webhook server failed to bind to port " + taken.getLocalPort()),
          failure.getMessage());
    }
  }

  /** Asserts the answer's status and text; with status -1, that it is answered after a publish. */
  private void assertAnswer(CompletableFuture<Answer> answer, int status, String text)
      throws Exception {
    if (status < 0) {
      publishes.poll(30, TimeUnit.SECONDS).acknowledged().complete();
      assertEquals(200, answer.get(30, TimeUnit.SECONDS).statusCode());
      return;
    }
    Answer response = answer.get(30, TimeUnit.SECONDS);
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(text, response.body());
  }

  private CompletableFuture<Answer> post(String path, String body, String... headers) {
    return send(HttpMethod.POST, path, body, headers);
  }

  private CompletableFuture<Answer> send(
      HttpMethod method, String path, String body, String... headers) {
    RequestOptions options = options(method, path);
    for (int i = 0; i < headers.length; i += 2) {
      options.addHeader(headers[i], headers[i + 1]);
    }
    return exchange(options, request -> request.send(body));
  }

  private RequestOptions options(HttpMethod method, String path) {
    return new RequestOptions()
        .setMethod(method)
        .setHost("127.0.0.1")
        .setPort(server.port())
        .setURI(path);
  }

  /** Sends a request as {@code sending} does, and reads the whole answer. */
  private CompletableFuture<Answer> exchange(
      RequestOptions options, Function<HttpClientRequest, Future<HttpClientResponse>> sending) {
    return client
        .request(options)
        .compose(sending)
        .compose(
            response ->
                response
                    .body()
                    .map(
                        body ->
                            new Answer(response.statusCode(), body.toString(), response.headers())))
        .toCompletionStage()
        .toCompletableFuture();
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
