package flowcdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.Connector;
import flowcdk.runtime.OpenedCapture;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import flowcdk.runtime.protocol.DiscoverRequest;
import flowcdk.runtime.protocol.DiscoveredResponse;
import flowcdk.runtime.protocol.OpenRequest;
import flowcdk.runtime.protocol.SpecRequest;
import flowcdk.runtime.protocol.SpecResponse;
import flowcdk.runtime.protocol.ValidateRequest;
import flowcdk.runtime.protocol.ValidatedResponse;
import flowcdk.runtime.testing.MiniConnector;
import io.vertx.core.Future;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stop is bounded by the stop grace: committed output that stdout does not take within it is
 * counted in one line and the session ends with status 1; with a healthy stdout it ends with 0.
 */
class StopGraceTest {

  private static final Duration GRACE = Duration.ofMillis(500);
  // Generous: the bound is the acceptance criterion, not a synchronisation.
  private static final long MARGIN_MILLIS = 4_000;
  private static final int TRANSACTIONS = 3;
  private static final String OPEN =
      "{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{},"
          + "\"bindings\":[]},\"version\":\"v\"}}\n";

  private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
  private LogWriter previous;
  private final CountDownLatch stdinOpen = new CountDownLatch(1);

  @BeforeEach
  void captureLogs() {
    previous = Logging.install(new LogWriter(logs, LogFormat.JSON, Level.DEBUG, new Redactor()));
  }

  @AfterEach
  void restore() {
    stdinOpen.countDown();
    Logging.install(previous);
  }

  @Test
  void aStalledStdoutEndsTheStopAtTheGraceWithStatusOneAndOneLineCountingWhatWasNotWritten()
      throws Exception {
    StalledStream stdout = new StalledStream();
    CountDownLatch committed = new CountDownLatch(1);
    StopHandle stop = new StopHandle();
    CompletableFuture<Integer> status = runAsync(new Committing(committed), stdout, stop);
    assertTrue(committed.await(20, TimeUnit.SECONDS), "the capture committed");
    assertTrue(stdout.stalled.await(20, TimeUnit.SECONDS), "stdout stalled");

    long start = System.nanoTime();
    stop.stop("test stop");
    int code = status.get(GRACE.toMillis() + MARGIN_MILLIS, TimeUnit.MILLISECONDS);
    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    stdout.release.countDown();

    assertEquals(1, code);
    assertTrue(elapsed < GRACE.toMillis() + MARGIN_MILLIS, "ended after " + elapsed + " ms");
    List<String> lines = logLines("were not written to stdout");
    assertEquals(1, lines.size(), logs::toString);
    assertTrue(
        lines.get(0).contains(TRANSACTIONS + " committed transaction(s) were not written"),
        lines.get(0));
  }

  @Test
  void theSameStopWithAHealthyStdoutWritesEverythingAndEndsWithZero() throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    CountDownLatch committed = new CountDownLatch(1);
    StopHandle stop = new StopHandle();
    CompletableFuture<Integer> status = runAsync(new Committing(committed), stdout, stop);
    assertTrue(committed.await(20, TimeUnit.SECONDS), "the capture committed");

    stop.stop("test stop");
    int code = status.get(GRACE.toMillis() + MARGIN_MILLIS, TimeUnit.MILLISECONDS);

    assertEquals(0, code, logs::toString);
    String out = stdout.toString(StandardCharsets.UTF_8);
    assertEquals(TRANSACTIONS, out.split("\"checkpoint\"", -1).length - 1, out);
    assertEquals(List.of(), logLines("were not written to stdout"));
  }

  /**
   * A capture still opening (its open waits on the source, e.g. an initial-state query blocked on a
   * lock) has written nothing: a stop ends the session at once with 0, without waiting for the open
   * or the grace.
   */
  @Test
  void aStopWhileTheCaptureIsOpeningEndsAtOnceWithZero() throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    CountDownLatch opening = new CountDownLatch(1);
    StopHandle stop = new StopHandle();
    RuntimeOptions options =
        RuntimeOptions.defaults().withSignalHandling(false).withStopGrace(Duration.ofMinutes(10));
    Connector neverOpens =
        new Committing(new CountDownLatch(1)) {
          @Override
          public Future<OpenedCapture> open(OpenRequest request) {
            opening.countDown();
            return io.vertx.core.Promise.<OpenedCapture>promise().future();
          }
        };
    CompletableFuture<Integer> status = runAsync(neverOpens, stdout, stop, options);
    assertTrue(opening.await(20, TimeUnit.SECONDS), "the open started");

    stop.stop("test stop");
    // Far below the ten-minute grace: the session did not wait for it.
    int code = status.get(MARGIN_MILLIS, TimeUnit.MILLISECONDS);

    assertEquals(0, code, logs::toString);
    assertEquals("", stdout.toString(StandardCharsets.UTF_8));
  }

  private CompletableFuture<Integer> runAsync(
      Connector connector, OutputStream stdout, StopHandle stop) {
    return runAsync(
        connector,
        stdout,
        stop,
        RuntimeOptions.defaults()
            .withSignalHandling(false)
            .withStopGrace(GRACE)
            .withMemory(1, 32L << 20, 1L << 20));
  }

  private CompletableFuture<Integer> runAsync(
      Connector connector, OutputStream stdout, StopHandle stop, RuntimeOptions options) {
    CompletableFuture<Integer> status = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> status.complete(RuntimeLoop.run(connector, options, stdin(), stdout, stop)),
            "stop-grace-test");
    thread.setDaemon(true);
    thread.start();
    return status;
  }

  private List<String> logLines(String containing) {
    String text = logs.toString(StandardCharsets.UTF_8);
    return Arrays.stream(text.split("\n")).filter(l -> l.contains(containing)).toList();
  }

  /** The open request, then nothing until the test ends (as Flow keeps stdin open). */
  private InputStream stdin() {
    byte[] open = OPEN.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private int next;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (next < open.length) {
          int n = Math.min(len, open.length - next);
          System.arraycopy(open, next, b, off, n);
          next += n;
          return n;
        }
        try {
          stdinOpen.await();
        } catch (InterruptedException e) {
          throw new InterruptedIOException("stdin closed");
        }
        return -1;
      }
    };
  }

  /** Stdout whose first write blocks until released, as a pipe nobody reads. */
  private static final class StalledStream extends OutputStream {
    final CountDownLatch stalled = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      stalled.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        throw new InterruptedIOException();
      }
    }
  }

  /** Commits {@link #TRANSACTIONS} transactions, then runs until stopped. */
  private static class Committing implements Connector {
    private final CountDownLatch committed;

    Committing(CountDownLatch committed) {
      this.committed = committed;
    }

    @Override
    public Future<SpecResponse> spec(SpecRequest request) {
      return new MiniConnector().spec(request);
    }

    @Override
    public Future<DiscoveredResponse> discover(DiscoverRequest request) {
      return Future.failedFuture(new UnsupportedOperationException("not in this test"));
    }

    @Override
    public Future<ValidatedResponse> validate(ValidateRequest request) {
      return Future.failedFuture(new UnsupportedOperationException("not in this test"));
    }

    @Override
    public Future<OpenedCapture> open(OpenRequest request) {
      return Future.succeededFuture(
          OpenedCapture.of(
              task -> {
                for (int i = 0; i < TRANSACTIONS; i++) {
                  task.captured(0, RawJson.parse("{\"seq\":" + i + "}"));
                  // Back-pressure (a queue bound of one byte) is ignored: the test is the stop.
                  task.checkpoint(RawJson.parse("{\"seq\":" + i + "}"));
                }
                committed.countDown();
                return task.stopping().future();
              }));
    }
  }
}
