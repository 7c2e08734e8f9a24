package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpStream;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A 1 GiB body streamed to its end, with back-pressure both ways: the server writes only while its
 * write queue has room, and a paused consumer stops the body at the socket (the server stalls, and
 * nothing reaches the paused consumer).
 */
class LargeStreamTest extends HttpTestBase {

  private static final long SIZE = 1L << 30;
  private static final long PAUSE_AT = 16L << 20;

  private final AtomicBoolean consumerPaused = new AtomicBoolean();
  private final AtomicBoolean serverWaiting = new AtomicBoolean();
  private final CountDownLatch serverStalledWhilePaused = new CountDownLatch(1);

  /** Writes {@code remaining} bytes of {@code chunk}s while the write queue has room. */
  private void pump(HttpServerResponse response, Buffer chunk, long[] remaining) {
    while (remaining[0] > 0 && !response.writeQueueFull()) {
      int size = (int) Math.min(chunk.length(), remaining[0]);
      response.write(size == chunk.length() ? chunk : chunk.getBuffer(0, size));
      remaining[0] -= size;
    }
    if (remaining[0] == 0) {
      response.end();
      return;
    }
    // Whichever of the server stalling and the consumer pausing comes second sees the other.
    serverWaiting.set(true);
    if (consumerPaused.get()) {
      serverStalledWhilePaused.countDown();
    }
    response.drainHandler(
        v -> {
          serverWaiting.set(false);
          pump(response, chunk, remaining);
        });
  }

  @Test
  void aGibibyteIsStreamedToItsEndWithBackPressure() throws Exception {
    Buffer chunk = Buffer.buffer(new byte[64 * 1024]);
    server.route(
        "/big",
        request -> {
          HttpServerResponse response = request.response();
          response.putHeader("Content-Length", Long.toString(SIZE));
          pump(response, chunk, new long[] {SIZE});
        });

    HttpStream stream =
        Await.result(
            http.requestStream(
                HttpRequest.get(server.url("/big")).timeout(Duration.ofMinutes(10))));
    assertEquals(200, stream.status());
    assertEquals(Long.toString(SIZE), stream.headers().get("Content-Length"));

    AtomicLong received = new AtomicLong();
    AtomicInteger deliveredWhilePaused = new AtomicInteger();
    AtomicReference<Context> context = new AtomicReference<>();
    Promise<Void> ended = Promise.promise();
    stream.body().exceptionHandler(ended::tryFail);
    stream.body().endHandler(v -> ended.tryComplete());
    stream
        .body()
        .handler(
            data -> {
              if (consumerPaused.get()) {
                deliveredWhilePaused.incrementAndGet();
              }
              long total = received.addAndGet(data.length());
              if (total >= PAUSE_AT && context.get() == null) {
                context.set(Vertx.currentContext());
                consumerPaused.set(true);
                stream.body().pause();
                if (serverWaiting.get()) {
                  serverStalledWhilePaused.countDown();
                }
              }
            });

    assertTrue(
        serverStalledWhilePaused.await(120, TimeUnit.SECONDS),
        "the server never stalled while the consumer was paused; received " + received.get());
    long atStall = received.get();
    context
        .get()
        .runOnContext(
            v -> {
              consumerPaused.set(false);
              stream.body().resume();
            });

    Await.result(ended.future());
    assertEquals(SIZE, received.get());
    assertEquals(0, deliveredWhilePaused.get());
    assertTrue(atStall < SIZE, "the whole body arrived before the server stalled");
  }
}
