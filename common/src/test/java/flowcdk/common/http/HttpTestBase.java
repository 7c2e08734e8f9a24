package flowcdk.common.http;

import flowcdk.connector.http.Backoff;
import flowcdk.connector.http.HttpSettings;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Vertx;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A Vert.x instance, a test server on 127.0.0.1 and a client whose waits end at once on an
 * auto-advancing clock (so tests about what happens after the waits do not wait); closed after each
 * test. Every log line of the test goes to stderr too (a test may still install its own {@link
 * CapturedLogs} to look at them), where the build's secrets check reads them.
 */
abstract class HttpTestBase {

  final Vertx vertx = Vertx.vertx();
  final StopSignal stopping = new StopSignal();
  final SleepRecorder clock = SleepRecorder.auto();
  TestServer server;
  HttpSession http;
  private CapturedLogs written;

  @BeforeEach
  void startServerAndClient() throws Exception {
    // Replaces the writer of the extension that keeps logs in memory only, for this test.
    written = new CapturedLogs();
    server = TestServer.start(vertx);
    http = session(settings());
  }

  /** The settings of {@link #http}: the defaults with a seeded back-off. */
  HttpSettings settings() {
    return HttpSettings.defaults()
        .retries(Backoff.exponential(Duration.ofSeconds(1), 2, Duration.ofSeconds(60)).withSeed(7));
  }

  /** Another client on this test's clock and stop signal. */
  HttpSession session(HttpSettings settings) {
    return new HttpSession(vertx, clock, stopping, Log.root().child("http"), settings);
  }

  @AfterEach
  void closeServerAndClient() throws Exception {
    Await.result(http.close());
    server.close();
    Await.result(vertx.close());
    written.close();
  }
}
