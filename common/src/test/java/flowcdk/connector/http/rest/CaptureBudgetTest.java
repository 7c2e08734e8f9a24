package flowcdk.connector.http.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.http.TestServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The capture's request budget holds for the whole capture, on the wall clock, from the start of
 * the process: {@link RestCapture}'s generated main in a fresh JVM (as Flow runs a connector) with
 * 20 bindings and {@code requests_per_second: 10}, against an API whose pages never end, so every
 * binding always has a request to make. The server notes when each request arrives; once arrivals
 * span 10 s the connector gets SIGTERM, and the first 10 s must hold about 100 requests (no more
 * than 10.5 a second, and not so few that the capture could pass by doing nothing), no second more
 * than 11, and requests of every binding.
 */
class CaptureBudgetTest {

  private static final int BINDINGS = 20;
  private static final long SPAN = TimeUnit.SECONDS.toNanos(10);
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  /** A request as the server saw it: which binding asked, and when ({@link System#nanoTime}). */
  private record Arrival(int binding, long nanos) {}

  private Vertx vertx;
  private TestServer server;
  private final List<Arrival> arrivals = new ArrayList<>();
  private final CountDownLatch spanned = new CountDownLatch(1);

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

  /** Notes the arrival, and answers a page of binding {@code binding} that has a next one. */
  private void endlessPage(HttpServerRequest request, int binding) {
    long now = System.nanoTime();
    synchronized (arrivals) {
      arrivals.add(new Arrival(binding, now));
      if (now - arrivals.get(0).nanos() >= SPAN) {
        spanned.countDown();
      }
    }
    int page = Integer.parseInt(request.getParam("page"));
    request
        .response()
        .putHeader("Content-Type", "application/json")
        .end(
            "{\"items\":[{\"id\":"
                + page
                + ",\"name\":\"items"
                + binding
                + "\"}],\"next\":"
                + (page + 1)
                + "}");
  }

  /**
   * Sends the server a few requests of its own first: the measuring instrument must not be slow on
   * its first requests (this JVM loading its server code), or it would note the connector's first
   * requests late, and bunched, whatever the connector did.
   */
  private void warmUpTheServer() throws Exception {
    server.route("/warm-up", request -> request.response().end("warm"));
    HttpClient client = vertx.createHttpClient();
    try {
      for (int i = 0; i < 50; i++) {
        client
            .request(HttpMethod.GET, server.port(), "127.0.0.1", "/warm-up")
            .compose(request -> request.send())
            .compose(HttpClientResponse::body)
            .toCompletionStage()
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
      }
    } finally {
      client.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void twentyBindingsShareTenRequestsASecondFromTheStart() throws Exception {
    for (int i = 0; i < BINDINGS; i++) {
      int binding = i;
      server.route("/items" + binding, request -> endlessPage(request, binding));
    }
    warmUpTheServer();
    ConnectorProcess connector =
        ConnectorProcess.start(
            "capture-budget",
            Map.of(),
            RestRun.open(
                RestRun.accessTokenConfig(
                    server.url(""), RestCaptureTest.TOKEN, BINDINGS, ",\"requests_per_second\":10"),
                BINDINGS));

    // A bound against a capture that never gets going, not a timing assertion.
    assertTrue(spanned.await(2, TimeUnit.MINUTES), "the requests never spanned 10 s");
    connector.process.destroy(); // SIGTERM, as Flow stops a capture
    int status = connector.waitFor();
    assertEquals(0, status, connector.stderrText());

    List<Long> times;
    int[] perBinding = new int[BINDINGS];
    synchronized (arrivals) {
      List<Arrival> sorted =
          arrivals.stream().sorted(Comparator.comparingLong(Arrival::nanos)).toList();
      long first = sorted.get(0).nanos();
      List<Arrival> window = sorted.stream().filter(a -> a.nanos() - first < SPAN).toList();
      window.forEach(a -> perBinding[a.binding()]++);
      times = window.stream().map(a -> a.nanos() - first).toList();
    }
    int busiestSecond = busiestSecond(times);
    int fewest = BINDINGS;
    int most = 0;
    for (int count : perBinding) {
      fewest = Math.min(fewest, count);
      most = Math.max(most, count);
    }
    List<Long> firstMillis = times.stream().limit(15).map(TimeUnit.NANOSECONDS::toMillis).toList();
    System.out.printf(
        "budget of 10 requests/s, %d bindings, wall clock, fresh JVM: %d requests in the first 10 s"
            + " (%.1f/s), at most %d in any 1 s, %d to %d per binding; first arrivals at %s ms%n",
        BINDINGS, times.size(), times.size() / 10.0, busiestSecond, fewest, most, firstMillis);

    assertTrue(times.size() <= 105, () -> times.size() + " requests in 10 s: over 10.5 a second");
    assertTrue(times.size() >= 90, () -> "only " + times.size() + " requests in 10 s");
    assertTrue(
        busiestSecond <= 11,
        () ->
            busiestSecond
                + " requests in one second; the first arrived at "
                + firstMillis
                + " ms after the first");
    for (int binding = 0; binding < BINDINGS; binding++) {
      assertTrue(perBinding[binding] > 0, "binding items" + binding + " was never served");
    }
  }

  /** The most of {@code times} (sorted) that fall in any one second [t, t + 1 s). */
  private static int busiestSecond(List<Long> times) {
    int most = 0;
    int end = 0;
    for (int start = 0; start < times.size(); start++) {
      while (end < times.size() && times.get(end) - times.get(start) < SECOND) {
        end++;
      }
      most = Math.max(most, end - start);
    }
    return most;
  }
}
