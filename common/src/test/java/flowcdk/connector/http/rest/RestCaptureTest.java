package flowcdk.connector.http.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.http.TestServer;
import flowcdk.testing.ManualClock;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RestCapture}, a REST connector written against the author API, captures from a real server
 * on 127.0.0.1 through the capture's HTTP client: its token on every request, pages decoded by
 * generated codecs, {@code Retry-After} waited on the capture's clock, and a stop that ends a long
 * wait at once.
 */
class RestCaptureTest {

  /** The API token: no log line may show it. */
  static final String TOKEN = "rest-token-S3CRET-5e1d";

  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

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

  /** Answers the page a request asks for: two items, and the next page unless it is the last. */
  private static void page(HttpServerRequest request, String name, int pages) {
    if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
      request.response().setStatusCode(401).end("{\"error\":\"bad token\"}");
      return;
    }
    int page = Integer.parseInt(request.getParam("page"));
    String next = page + 1 < pages ? String.valueOf(page + 1) : "null";
    request
        .response()
        .putHeader("Content-Type", "application/json")
        .end(
            "{\"items\":[{\"id\":"
                + (2 * page)
                + ",\"name\":\""
                + name
                + "\"},{\"id\":"
                + (2 * page + 1)
                + ",\"name\":\""
                + name
                + "\"}],\"next\":"
                + next
                + "}");
  }

  @Test
  void capturesEveryPageWithTheTokenAndWaitsAsTheServerAsks() throws Exception {
    server.route("/items0", request -> page(request, "items0", 3));
    CountDownLatch limited = new CountDownLatch(1);
    AtomicInteger items1 = new AtomicInteger();
    server.route(
        "/items1",
        request -> {
          if (items1.getAndIncrement() == 1) {
            request.response().setStatusCode(429).putHeader("Retry-After", "2").end();
            limited.countDown();
          } else {
            page(request, "items1", 3);
          }
        });
    RestRun run =
        new RestRun(
            new ManualClock(START),
            RestRun.open(RestRun.accessTokenConfig(server.url(""), TOKEN, 2, ""), 2));

    assertTrue(limited.await(1, TimeUnit.MINUTES), "the server answered 429");
    run.awaitDeadline(START.plusSeconds(2));
    run.advance(Duration.ofMillis(1999));
    // The client waits the whole Retry-After on the capture's clock, not a millisecond less: its
    // wait is still pending ...
    assertTrue(
        run.clock.pendingDeadlines().contains(START.plusSeconds(2)),
        () -> "the wait Retry-After asked for is pending: " + run.clock.pendingDeadlines());
    assertEquals(2, items1.get(), "no request before Retry-After has passed");
    run.advance(Duration.ofMillis(1));
    RestRun.Result result = run.finish();

    assertEquals(0, result.status(), () -> String.join("\n", result.log()));
    // ... and then repeats the request: 3 pages each, one 429 in between.
    assertEquals(7, server.count());
    assertEquals(12, result.captured().size(), () -> String.join("\n", result.stdout()));
    for (int binding = 0; binding < 2; binding++) {
      String prefix = "{\"captured\":{\"binding\":" + binding + ",";
      assertEquals(6, result.captured().stream().filter(l -> l.startsWith(prefix)).count());
    }
    server.arrivals().stream()
        .filter(a -> a.uri().startsWith("/items"))
        .forEach(a -> assertEquals("Bearer " + TOKEN, a.header("Authorization"), a.uri()));
    assertFalse(String.join("\n", result.log()).contains(TOKEN), "the token is never logged");
  }

  @Test
  void aStopDuringALongRetryAfterEndsTheCaptureAtOnce() throws Exception {
    CountDownLatch limited = new CountDownLatch(1);
    server.route(
        "/items0",
        request -> {
          request.response().setStatusCode(429).putHeader("Retry-After", "60").end();
          limited.countDown();
        });
    RestRun run =
        new RestRun(
            new ManualClock(START),
            RestRun.open(RestRun.accessTokenConfig(server.url(""), TOKEN, 1, ""), 1));
    assertTrue(limited.await(1, TimeUnit.MINUTES), "the server answered 429");
    run.awaitDeadline(START.plusSeconds(60));

    long stopped = System.nanoTime();
    run.connector.stop("the test stops the capture");
    RestRun.Result result = run.finish();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped);
    System.out.println("stop during a 60 s Retry-After: the capture ended " + millis + " ms later");

    // The clock never moved: only the stop can have ended the wait. Nothing was left running for
    // the stop grace to cut off, and the request was never repeated.
    assertEquals(0, result.status(), () -> String.join("\n", result.log()));
    assertEquals(1, server.count());
    assertTrue(
        result.logWith("did not wind down").isEmpty(), () -> String.join("\n", result.log()));
    assertFalse(result.logWith("Rate limited").isEmpty(), "a connectorStatus while rate-limited");
  }

  @Test
  void aRejectedTokenFailsValidateWithTheServersAnswerAndNoSecret() throws Exception {
    server.route(
        "/me", request -> request.response().setStatusCode(401).end("{\"error\":\"bad token\"}"));
    RestRun run =
        new RestRun(
            new ManualClock(START),
            RestRun.validate(RestRun.accessTokenConfig(server.url(""), TOKEN, 0, "")));
    RestRun.Result result = run.finish();

    assertEquals(1, result.status());
    String log = String.join("\n", result.log());
    assertTrue(
        log.contains("Encountered HTTP error status 401 which cannot be retried."), () -> log);
    assertTrue(log.contains("{\\\"error\\\":\\\"bad token\\\"}"), () -> log);
    assertFalse(log.contains(TOKEN), () -> log);
    assertEquals("Bearer " + TOKEN, server.arrivals().get(0).header("Authorization"));
  }
}
