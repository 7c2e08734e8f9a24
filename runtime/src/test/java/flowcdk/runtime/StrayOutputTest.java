package flowcdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.testing.ConnectorProcess;
import flowcdk.runtime.testing.MiniConnector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@code System.out.println} in connector code (or a library) never reaches the protocol stream:
 * the runtime points {@link System#out} at stderr, and only its writer reaches the real stdout.
 */
class StrayOutputTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Test
  void strayPrintsGoToStderrNotStdout() throws Exception {
    try (ConnectorProcess process =
        ConnectorProcess.start(
            MiniConnector.class, List.of(), Map.of("MINI_RUN_AND_EXIT", "true"))) {
      process
          .send(
              "{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{\"print\":\"stray output\"}}}")
          .closeStdin();
      assertEquals(0, process.waitFor(TIMEOUT), () -> "stderr: " + process.stderr());
      List<String> stdout = process.remainingStdout();
      assertEquals(1, stdout.size(), () -> "only the discovered response: " + stdout);
      assertTrue(stdout.get(0).startsWith("{\"discovered\""), stdout.get(0));
      RawJson.parse(stdout.get(0));
      assertTrue(process.stderr().contains("stray output"), () -> "stderr: " + process.stderr());
    }
  }
}
