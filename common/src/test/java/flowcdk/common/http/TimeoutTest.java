package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpResponse;
import flowcdk.connector.http.HttpStream;
import flowcdk.connector.http.HttpTransportException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpServerResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The network timeouts, set per request: short real timeouts against a server that never answers;
 * only the kind of failure is checked, never how long it took.
 */
class TimeoutTest extends HttpTestBase {

  private final BlockingQueue<HttpServerResponse> held = new LinkedBlockingQueue<>();

  @Test
  void aServerThatNeverAnswersTimesOutEachAttemptThenFails() throws Exception {
    server.route("/silent", request -> held.add(request.response()));
    try (CapturedLogs logs = new CapturedLogs()) {
      Throwable failure =
          Await.failure(
              http.request(HttpRequest.get(server.url("/silent")).timeout(Duration.ofMillis(200))));

      HttpTransportException error = assertInstanceOf(HttpTransportException.class, failure);
      assertTrue(
          error
              .getMessage()
              .startsWith(
                  "GET "
                      + server.url("/silent")
                      + ": failed after 4 attempts: no response within 0.2 s"),
          error.getMessage());
      assertInstanceOf(TimeoutException.class, error.getCause());
      assertEquals(4, server.count());
      List<Map<String, Object>> warnings =
          logs.withMessage("error occurred while establishing connection (will retry)");
      assertEquals(3, warnings.size());
      assertEquals(
          List.of(1L, 2L, 3L),
          warnings.stream()
              .map(w -> ((Number) CapturedLogs.fields(w).get("attempt")).longValue())
              .toList());
    }
  }

  @Test
  void theTimeoutCoversTheBodyOfAStream() throws Exception {
    server.route(
        "/trickle",
        request -> {
          request.response().setChunked(true).write("first");
          held.add(request.response());
        });
    HttpStream stream =
        Await.result(
            http.requestStream(
                HttpRequest.get(server.url("/trickle")).timeout(Duration.ofMillis(300))));
    Promise<Void> ended = Promise.promise();
    stream.body().exceptionHandler(ended::tryFail).endHandler(v -> ended.tryComplete());
    stream.body().handler(data -> {});

    Throwable failure = Await.failure(ended.future());

    HttpTransportException error = assertInstanceOf(HttpTransportException.class, failure);
    assertTrue(
        error.getMessage().contains("the response body did not end within 0.3 s"),
        error.getMessage());
  }

  @Test
  void theTimeoutStartsWhenTheRequestIsSentNotWhileItWaitsForTheBudget() throws Exception {
    // One place in the budget, held by an open stream while another client's request times out
    // 4 times (so more than a second passes); then the stream is cancelled, and the request that
    // waited all that time for the place still gets its whole 0.2 s timeout.
    HttpSession single =
        session(settings().budget(flowcdk.connector.http.RateBudget.unlimited().maxConcurrent(1)));
    server.route("/endless", request -> request.response().setChunked(true).write("more"));
    server.route("/silent", request -> held.add(request.response()));
    server.route("/fast", request -> request.response().end("ok"));
    try (CapturedLogs logs = new CapturedLogs()) {
      HttpStream holding =
          Await.result(single.requestStream(HttpRequest.get(server.url("/endless"))));
      Future<HttpResponse> waiting =
          single.request(HttpRequest.get(server.url("/fast")).timeout(Duration.ofMillis(200)));
      Await.failure(
          http.request(HttpRequest.get(server.url("/silent")).timeout(Duration.ofMillis(300))));
      assertFalse(waiting.isComplete());

      holding.cancel();

      assertEquals("ok", Await.result(waiting).text());
      assertEquals(
          List.of(),
          logs.withMessage("error occurred while establishing connection (will retry)").stream()
              .filter(w -> CapturedLogs.fields(w).get("url").equals(server.url("/fast")))
              .toList());
    } finally {
      Await.result(single.close());
    }
  }

  @Test
  void aConnectTimeoutBoundsTheWaitForAConnection() throws Exception {
    // One connection in all, taken by a request the server never answers: the next request
    // waits for a connection until its connect timeout.
    HttpSession single = session(settings().maxConnections(1));
    server.route("/silent", request -> held.add(request.response()));
    server.route("/fast", request -> request.response().end("ok"));
    try {
      Future<HttpResponse> taking = single.request(HttpRequest.get(server.url("/silent")));
      assertTrue(held.poll(60, TimeUnit.SECONDS) != null);

      Throwable failure =
          Await.failure(
              single.request(
                  HttpRequest.get(server.url("/fast")).connectTimeout(Duration.ofMillis(100))));

      HttpTransportException error = assertInstanceOf(HttpTransportException.class, failure);
      assertTrue(
          error.getMessage().startsWith("GET " + server.url("/fast") + ": failed after 4 attempts"),
          error.getMessage());
      assertEquals(1, server.count());
      stopping.set("test over");
      Await.failure(taking);
    } finally {
      Await.result(single.close());
    }
  }
}
