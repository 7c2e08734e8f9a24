package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpResponse;
import flowcdk.connector.http.HttpSettings;
import flowcdk.connector.http.RateBudget;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The capture's budget: a request rate and a concurrency limit shared by every caller. */
class RateBudgetTest {

  private final Vertx vertx = Vertx.vertx();
  private final StopSignal stopping = new StopSignal();
  private final SleepRecorder clock = SleepRecorder.manual();
  private TestServer server;
  private HttpSession http;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(vertx);
  }

  @AfterEach
  void stop() throws Exception {
    stopping.set("test over");
    if (http != null) {
      Await.result(http.close());
    }
    server.close();
    Await.result(vertx.close());
  }

  private HttpSession session(RateBudget budget) {
    return new HttpSession(
        vertx, clock, stopping, Log.root().child("http"), HttpSettings.defaults().budget(budget));
  }

  @Test
  void twentyCallersShareTenRequestsASecond() throws Exception {
    http = session(RateBudget.perSecond(10));
    List<Instant> arrivals = new CopyOnWriteArrayList<>();
    server.route(
        "/hit",
        request -> {
          arrivals.add(clock.now());
          request.response().end(request.getParam("caller"));
        });
    AtomicBoolean running = new AtomicBoolean(true);
    List<AtomicInteger> perCaller = new ArrayList<>();
    for (int caller = 0; caller < 20; caller++) {
      perCaller.add(new AtomicInteger());
      loop(caller, running, perCaller.get(caller));
    }
    // Every caller is now waiting for its turn: 19 from the start, the first after its request.
    for (int i = 0; i < 20; i++) {
      clock.nextSleep();
    }
    // Ten virtual seconds in steps of 100 ms: each step is one turn, one request, then its caller
    // waits for its next turn.
    for (int step = 0; step < 100; step++) {
      clock.advance(Duration.ofMillis(100));
      clock.nextSleep();
    }
    running.set(false);

    Instant start = SleepRecorder.START;
    long inTenSeconds = arrivals.stream().filter(t -> t.isBefore(start.plusSeconds(10))).count();
    assertTrue(inTenSeconds / 10.0 <= 10.5, inTenSeconds + " requests in 10 s");
    assertEquals(100, inTenSeconds);
    for (Instant from : arrivals) {
      Instant to = from.plusSeconds(1);
      long inWindow = arrivals.stream().filter(t -> !t.isBefore(from) && !t.isAfter(to)).count();
      assertTrue(inWindow <= 11, inWindow + " requests in the second from " + from);
    }
    // First come, first served: every caller got its share.
    for (AtomicInteger calls : perCaller) {
      assertTrue(calls.get() >= 5 && calls.get() <= 6, "a caller made " + calls.get() + " calls");
    }
  }

  private void loop(int caller, AtomicBoolean running, AtomicInteger calls) {
    http.request(HttpRequest.get(server.url("/hit")).query("caller", caller))
        .onSuccess(
            response -> {
              calls.incrementAndGet();
              if (running.get()) {
                loop(caller, running, calls);
              }
            });
  }

  @Test
  void noMoreThanMaxConcurrentRequestsAreInFlight() throws Exception {
    http = session(RateBudget.unlimited().maxConcurrent(4));
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    BlockingQueue<HttpServerResponse> held = new LinkedBlockingQueue<>();
    server.route(
        "/slow",
        request -> {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          held.add(request.response());
        });
    List<Future<HttpResponse>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(http.request(HttpRequest.get(server.url("/slow"))));
    }
    // Four arrive and are held; each released one lets exactly one more in.
    List<HttpServerResponse> holding = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      holding.add(next(held));
    }
    assertEquals(4, inFlight.get());
    for (int released = 0; released < 20; released++) {
      inFlight.decrementAndGet();
      holding.remove(0).end("ok");
      if (released + 4 < 20) {
        holding.add(next(held));
      }
    }
    for (Future<HttpResponse> call : calls) {
      assertEquals("ok", Await.result(call).text());
    }
    assertEquals(4, most.get());
    assertEquals(20, server.count());
  }

  private static HttpServerResponse next(BlockingQueue<HttpServerResponse> held)
      throws InterruptedException {
    HttpServerResponse response = held.poll(60, TimeUnit.SECONDS);
    assertTrue(response != null, "the next request never arrived");
    return response;
  }

  @Test
  void aStopEndsTheWaitForATurn() throws Exception {
    http = session(RateBudget.perSecond(0.001));
    server.route("/hit", request -> request.response().end("ok"));
    assertEquals("ok", Await.result(http.request(HttpRequest.get(server.url("/hit")))).text());
    Future<HttpResponse> waiting = http.request(HttpRequest.get(server.url("/hit")));
    assertEquals(Duration.ofSeconds(1000), clock.nextSleep());

    stopping.set("test stop");

    assertInstanceOf(CaptureStoppedException.class, Await.failure(waiting));
    assertEquals(1, server.count());
  }

  @Test
  void aStopEndsTheWaitForAPlace() throws Exception {
    http = session(RateBudget.unlimited().maxConcurrent(1));
    BlockingQueue<HttpServerResponse> held = new LinkedBlockingQueue<>();
    server.route("/slow", request -> held.add(request.response()));
    Future<HttpResponse> first = http.request(HttpRequest.get(server.url("/slow")));
    assertTrue(held.poll(60, TimeUnit.SECONDS) != null);
    Future<HttpResponse> second = http.request(HttpRequest.get(server.url("/slow")));

    stopping.set("test stop");

    assertInstanceOf(CaptureStoppedException.class, Await.failure(second));
    // The request in flight is reset by the stop too.
    assertInstanceOf(CaptureStoppedException.class, Await.failure(first));
    assertEquals(1, server.count());
  }
}
