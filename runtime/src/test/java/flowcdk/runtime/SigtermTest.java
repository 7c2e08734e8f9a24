package flowcdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.testing.ConnectorProcess;
import flowcdk.runtime.testing.MiniConnector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SIGTERM stops a capture gracefully: tasks finish their step, committed work is flushed. */
class SigtermTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Test
  void sigtermDuringACaptureFlushesCommittedWorkAndExitsZero() throws Exception {
    try (ConnectorProcess process = ConnectorProcess.mini()) {
      process.send(
          "{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\","
              + "\"config\":{\"tasks\":4,\"every\":10,\"untilStopped\":true},\"bindings\":[]},\"version\":\"v\"}}");
      assertEquals("{\"opened\":{\"explicitAcknowledgements\":false}}", process.readLine(TIMEOUT));
      for (int i = 0; i < 50; i++) {
        process.readLine(TIMEOUT);
      }
      process.terminate();
      assertEquals(
          0,
          process.waitFor(TIMEOUT),
          () -> "stderr: " + process.stderr() + " stdout: " + process.remainingStdout());
      List<String> rest = process.remainingStdout();
      assertTrue(
          rest.isEmpty() || rest.get(rest.size() - 1).startsWith("{\"checkpoint\""),
          "the output ends with a whole transaction: "
              + (rest.isEmpty() ? "" : rest.get(rest.size() - 1)));
      assertTrue(
          String.join("\n", process.stderr()).contains("received SIGTERM; stopping gracefully"));
    }
  }

  @Test
  void sigtermWhileIdleExitsZero() throws Exception {
    try (ConnectorProcess process = ConnectorProcess.mini()) {
      process.send("{\"spec\":{}}");
      process.readLine(TIMEOUT);
      process.terminate();
      assertEquals(0, process.waitFor(TIMEOUT), () -> "stderr: " + process.stderr());
    }
  }

  @Test
  void aCaptureThatDoesNotStopWithinTheGraceIsLeftBehindWithOneWarning() throws Exception {
    try (ConnectorProcess process =
        ConnectorProcess.start(
            MiniConnector.class, List.of(), Map.of("MINI_STOP_GRACE_MILLIS", "500"))) {
      process.send(
          "{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{\"hang\":true},"
              + "\"bindings\":[]},\"version\":\"v\"}}");
      assertEquals("{\"opened\":{\"explicitAcknowledgements\":false}}", process.readLine(TIMEOUT));
      process.terminate();
      // Nothing was committed, so nothing is lost: the stop is not a failure.
      assertEquals(0, process.waitFor(TIMEOUT));
      String stderr = String.join("\n", process.stderr());
      assertEquals(
          1,
          process.stderr().stream()
              .filter(l -> l.contains("capture tasks did not wind down within the stop grace"))
              .count(),
          stderr);
      assertTrue(stderr.contains("within the stop grace of PT0.5S"), stderr);
      assertTrue(stderr.contains("\"running_tasks\":[\"capture\"]"), stderr);
    }
  }
}
