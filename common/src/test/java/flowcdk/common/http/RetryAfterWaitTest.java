package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpResponse;
import flowcdk.connector.http.HttpSettings;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 429 and 503 with {@code Retry-After}: the call waits exactly as long as the server asked, on the
 * capture's clock, and a stop ends the wait at once.
 */
class RetryAfterWaitTest {

  private final Vertx vertx = Vertx.vertx();
  private final StopSignal stopping = new StopSignal();
  private final SleepRecorder clock = SleepRecorder.manual();
  private TestServer server;
  private HttpSession http;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(vertx);
    http =
        new HttpSession(vertx, clock, stopping, Log.root().child("http"), HttpSettings.defaults());
  }

  @AfterEach
  void stop() throws Exception {
    Await.result(http.close());
    server.close();
    Await.result(vertx.close());
  }

  /** Answers 429 with {@code retryAfter} for the first request, then 200 {@code ok}. */
  private void limitOnce(int status, String retryAfter) {
    AtomicInteger seen = new AtomicInteger();
    server.route(
        "/limited",
        request -> {
          if (seen.incrementAndGet() == 1) {
            request.response().setStatusCode(status).putHeader("Retry-After", retryAfter).end();
          } else {
            request.response().end("ok");
          }
        });
  }

  @Test
  void a429WaitsExactlyTheSecondsTheServerAsked() throws Exception {
    limitOnce(429, "2");
    try (CapturedLogs logs = new CapturedLogs()) {
      Future<HttpResponse> call = http.request(HttpRequest.get(server.url("/limited")));

      assertEquals(Duration.ofSeconds(2), clock.nextSleep());
      clock.advance(Duration.ofMillis(1999));
      // Still waiting: the sleeper has not woken, so no second request can have been sent.
      assertEquals(1, clock.pendingDeadlines().size());
      assertEquals(1, server.count());
      assertFalse(call.isComplete());

      clock.advance(Duration.ofMillis(1));
      assertEquals("ok", Await.result(call).text());
      assertEquals(2, server.count());

      List<Map<String, Object>> status =
          logs.lines().stream()
              .filter(line -> "connectorStatus".equals(CapturedLogs.fields(line).get("eventType")))
              .map(line -> Map.of("msg", line.get("msg")))
              .toList();
      assertEquals(
          List.of(
              Map.of(
                  "msg",
                  "Rate limited by 127.0.0.1: waiting 2 s as the server asked (Retry-After)"),
              Map.of("msg", "Requests to 127.0.0.1 resumed after the server asked to wait")),
          status);
      Map<String, Object> warning =
          logs.withMessage("server asked to wait before retrying (Retry-After)").get(0);
      assertEquals(429L, ((Number) CapturedLogs.fields(warning).get("status_code")).longValue());
      assertEquals(2.0, ((Number) CapturedLogs.fields(warning).get("wait_seconds")).doubleValue());
    }
  }

  @Test
  void anHttpDateIsCountedFromTheClocksNow() throws Exception {
    String inFiveSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            clock.now().plusSeconds(5).atOffset(ZoneOffset.UTC));
    limitOnce(429, inFiveSeconds);
    Future<HttpResponse> call = http.request(HttpRequest.get(server.url("/limited")));

    assertEquals(Duration.ofSeconds(5), clock.nextSleep());
    clock.advance(Duration.ofMillis(4999));
    assertEquals(1, clock.pendingDeadlines().size());
    assertEquals(1, server.count());
    clock.advance(Duration.ofMillis(1));
    assertEquals(200, Await.result(call).status());
    assertEquals(2, server.count());
  }

  @Test
  void a503WithRetryAfterWaitsToo() throws Exception {
    limitOnce(503, "3");
    Future<HttpResponse> call = http.request(HttpRequest.get(server.url("/limited")));

    assertEquals(Duration.ofSeconds(3), clock.nextSleep());
    clock.advance(Duration.ofMillis(2999));
    assertEquals(1, clock.pendingDeadlines().size());
    clock.advance(Duration.ofMillis(1));
    assertEquals("ok", Await.result(call).text());
  }

  @Test
  void aStopEndsARetryAfterWaitAtOnce() throws Exception {
    server.route(
        "/limited",
        request -> request.response().setStatusCode(429).putHeader("Retry-After", "60").end());
    Future<HttpResponse> call = http.request(HttpRequest.get(server.url("/limited")));
    assertEquals(Duration.ofSeconds(60), clock.nextSleep());

    stopping.set("test stop");

    // The clock was not advanced: only the stop can have ended the wait.
    Throwable failure = Await.failure(call);
    assertInstanceOf(CaptureStoppedException.class, failure);
    assertTrue(failure.getMessage().contains("test stop"), failure.getMessage());
    assertEquals(1, server.count());
    assertEquals(List.of(), clock.pendingDeadlines());
  }

  @Test
  void callsMadeAfterAStopFailAtOnce() throws Exception {
    server.route("/limited", request -> request.response().end("ok"));
    stopping.set("stopped before");
    assertInstanceOf(
        CaptureStoppedException.class,
        Await.failure(http.request(HttpRequest.get(server.url("/limited")))));
    assertEquals(0, server.count());
  }
}
