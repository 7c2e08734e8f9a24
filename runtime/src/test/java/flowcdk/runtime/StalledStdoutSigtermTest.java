package flowcdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.testing.ConnectorProcess;
import flowcdk.runtime.testing.MiniConnector;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reproduction: a connector producing a lot of output, whose reader takes 64 KiB of
 * stdout and then stops reading, exits within the stop grace (plus 2 s) of SIGTERM, with status 1
 * and one line counting the committed transactions it could not write.
 */
class StalledStdoutSigtermTest {

  private static final Duration GRACE = Duration.ofMillis(1500);
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Test
  void sigtermWhileStdoutIsNotReadExitsWithinTheGrace() throws Exception {
    try (ConnectorProcess process =
        ConnectorProcess.startUnread(
            MiniConnector.class,
            List.of(),
            Map.of(
                "MINI_STOP_GRACE_MILLIS",
                Long.toString(GRACE.toMillis()),
                // 1 MiB of queued output before producers wait, 4 MiB pending across tasks.
                "MINI_PENDING_BUDGET",
                Long.toString(4L << 20)))) {
      process.send(
          "{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":"
              + "{\"tasks\":2,\"docs\":2000000,\"every\":100,\"pad\":64,\"reportBackPressure\":true},"
              + "\"bindings\":[]},\"version\":\"v\"}}");
      InputStream stdout = process.rawStdout();
      byte[] first = stdout.readNBytes(64 * 1024);
      assertEquals(64 * 1024, first.length, () -> "stderr: " + process.stderr());
      // From here on nobody reads stdout: the pipe fills, then the queue, then producers wait.
      awaitStderr(process, "waiting on back-pressure");

      long start = System.nanoTime();
      process.terminate();
      Duration bound = GRACE.plusSeconds(2);
      boolean exited = process.exited(bound);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(
          exited, () -> "still running " + bound + " after SIGTERM; stderr: " + process.stderr());
      assertEquals(1, process.exitValue(), () -> "stderr: " + process.stderr());
      List<String> lines =
          process.waitForStderrLines().stream()
              .filter(l -> l.contains("were not written to stdout"))
              .toList();
      assertEquals(1, lines.size(), () -> "took " + took + "; stderr: " + process.stderr());
      assertTrue(lines.get(0).contains("committed transaction(s)"), lines.get(0));
    }
  }

  /** Waits (bounded) for a stderr line containing {@code text}. */
  private static void awaitStderr(ConnectorProcess process, String text) throws Exception {
    assertTrue(
        process.awaitStderr(text, TIMEOUT),
        () -> "no stderr line with '" + text + "'; stderr: " + process.stderr());
  }
}
