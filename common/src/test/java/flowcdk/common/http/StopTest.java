package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpResponse;
import flowcdk.connector.http.HttpSettings;
import flowcdk.connector.http.HttpStream;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stop of the capture ends every call at once: in flight, streaming, or between attempts. */
class StopTest {

  private final Vertx vertx = Vertx.vertx();
  private final StopSignal stopping = new StopSignal();
  private final SleepRecorder clock = SleepRecorder.manual();
  private final BlockingQueue<HttpServerResponse> held = new LinkedBlockingQueue<>();
  private TestServer server;
  private HttpSession http;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(vertx);
    server.route("/silent", request -> held.add(request.response()));
    http =
        new HttpSession(vertx, clock, stopping, Log.root().child("http"), HttpSettings.defaults());
  }

  @AfterEach
  void stop() throws Exception {
    Await.result(http.close());
    server.close();
    Await.result(vertx.close());
  }

  @Test
  void aRequestInFlightIsReset() throws Exception {
    Future<HttpResponse> call = http.request(HttpRequest.get(server.url("/silent")));
    assertTrue(held.poll(60, TimeUnit.SECONDS) != null);

    stopping.set("test stop");

    Throwable failure = Await.failure(call);
    assertInstanceOf(CaptureStoppedException.class, failure);
    assertTrue(failure.getMessage().contains("GET " + server.url("/silent")), failure.getMessage());
  }

  @Test
  void aStreamingBodyFailsWithTheStop() throws Exception {
    server.route(
        "/stream",
        request -> {
          request.response().setChunked(true).write("part");
          held.add(request.response());
        });
    HttpStream stream = Await.result(http.requestStream(HttpRequest.get(server.url("/stream"))));
    Promise<Void> ended = Promise.promise();
    stream.body().exceptionHandler(ended::tryFail).endHandler(v -> ended.tryComplete());
    stream.body().handler(data -> {});
    assertTrue(held.poll(60, TimeUnit.SECONDS) != null);

    stopping.set("test stop");

    assertInstanceOf(CaptureStoppedException.class, Await.failure(ended.future()));
  }

  @Test
  void aBackOffAfterA5xxEndsAtOnce() throws Exception {
    server.route("/down", request -> request.response().setStatusCode(500).end("down"));
    Future<HttpResponse> call = http.request(HttpRequest.get(server.url("/down")));
    clock.nextSleep();

    stopping.set("test stop");

    assertInstanceOf(CaptureStoppedException.class, Await.failure(call));
    assertEquals(1, server.count());
    assertEquals(List.of(), clock.pendingDeadlines());
  }
}
