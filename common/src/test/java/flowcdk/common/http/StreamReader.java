package flowcdk.common.http;

import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpSettings;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.StopSignal;
import flowcdk.runtime.task.VertxClock;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child process of {@link LargeStreamRssTest}, set up as a connector's: a Vert.x instance, the
 * capture's HTTP client with its default settings on the wall clock, one body read through {@link
 * Http#requestStream} to its end, its bytes counted and dropped. Just before exiting it prints
 * {@code bytes=<count> vmhwm_kb=<resident set high-water mark>}, the mark read from its own {@code
 * /proc/self/status}.
 */
public final class StreamReader {

  /** The JVM flags of a connector image (as benchmarks/run.sh runs the connectors). */
  public static final List<String> CONNECTOR_JVM =
      List.of(
          "-XX:+UseSerialGC",
          "-Xss512k",
          "-Xmx96m",
          "-Xmn16m",
          "-XX:TieredStopAtLevel=1",
          // A reader that ran out of heap exits at once rather than hanging on its other threads.
          "-XX:+ExitOnOutOfMemoryError",
          "-Dvertx.disableDnsResolver=true");

  private StreamReader() {}

  /**
   * Reads the body at {@code args[0]}, then prints the count and the high-water mark.
   *
   * @param args the URL of the body
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: StreamReader <url of the body to read>");
    }
    Vertx vertx = Vertx.vertx();
    HttpSession http =
        new HttpSession(
            vertx,
            new VertxClock(vertx),
            new StopSignal(),
            Log.root().child("http"),
            HttpSettings.defaults());
    long bytes;
    try {
      bytes = await(read(http, args[0]));
    } finally {
      // One after the other from this thread: a future chained on an event loop would wait for
      // a callback the closed Vert.x never runs.
      await(http.close());
      await(vertx.close());
    }
    System.out.println("bytes=" + bytes + " vmhwm_kb=" + highWaterMarkKb());
  }

  /** Reads the body at {@code url} to its end; how many bytes it had. */
  static Future<Long> read(Http http, String url) {
    return http.requestStream(HttpRequest.get(url).timeout(Duration.ofMinutes(10)))
        .compose(
            stream -> {
              Promise<Long> done = Promise.promise();
              AtomicLong count = new AtomicLong();
              stream.body().exceptionHandler(done::tryFail);
              stream.body().endHandler(v -> done.tryComplete(count.get()));
              // Setting the handler starts the flow; each chunk is counted and let go.
              stream.body().handler(chunk -> count.addAndGet(chunk.length()));
              return done.future();
            });
  }

  /**
   * Waits on this thread, which may block: it is not one of Vert.x's. The bound only ends a hung
   * run.
   */
  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
  }

  /** The {@code VmHWM} of {@code /proc/self/status}: the peak resident set size, in kB. */
  public static long highWaterMarkKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").trim());
      }
    }
    throw new IllegalStateException("/proc/self/status has no VmHWM line");
  }
}
