package flowcdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.testing.ConnectorProcess;
import flowcdk.runtime.testing.Json;
import flowcdk.runtime.testing.MiniConnector;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 64 tasks x 10,000 documents on one runtime, in a child JVM whose heap is capped at 64 MiB, read
 * through a real pipe (so stdout back-pressure engages): every checkpoint's documents must be
 * contiguous, complete and in order, and the run must fit the memory bound.
 *
 * <p>The bound: the runtime's output memory is at most its pending-output budget (here 16 MiB,
 * shared by all tasks; larger transactions spill to disk) plus the bytes of framework responses.
 * The test enforces a 64 MiB heap ({@code -Xmx64m}, an OutOfMemoryError fails the run) and a peak
 * resident set of the whole JVM below 256 MiB.
 */
class ConcurrencyTest {

  private static final int TASKS = 64;
  private static final int DOCS = 10_000;
  private static final int EVERY = 100;

  @Test
  void sixtyFourTasksCommitContiguousCompleteOrderedTransactions() throws Exception {
    try (ConnectorProcess process =
        ConnectorProcess.start(
            MiniConnector.class,
            List.of("-Xmx64m", "-XX:+UseSerialGC"),
            Map.of("MINI_PENDING_BUDGET", String.valueOf(16 << 20), "MINI_REPORT_PEAK_RSS", "1"))) {
      process.send(
          "{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{\"tasks\":"
              + TASKS
              + ",\"docs\":"
              + DOCS
              + ",\"every\":"
              + EVERY
              + ",\"pad\":48},\"bindings\":[]},\"version\":\"v\"}}");
      assertEquals(
          "{\"opened\":{\"explicitAcknowledgements\":false}}",
          process.readLine(Duration.ofSeconds(30)));

      int[] next = new int[TASKS];
      int current = -1;
      long documents = 0;
      long checkpoints = 0;
      for (String line; (line = process.readLine(Duration.ofMinutes(2))) != null; ) {
        Map<String, Object> message = Json.object(line);
        if (message.containsKey("captured")) {
          int task = ((Number) Json.at(message, "captured", "doc", "task")).intValue();
          int seq = ((Number) Json.at(message, "captured", "doc", "seq")).intValue();
          if (current == -1) {
            current = task;
          }
          assertEquals(
              current,
              task,
              "documents of task " + task + " interleaved into task " + current + "'s transaction");
          assertEquals(next[task], seq, "task " + task + " documents out of order or missing");
          next[task]++;
          documents++;
        } else {
          Map<?, ?> updated = (Map<?, ?>) Json.at(message, "checkpoint", "state", "updated");
          assertEquals(1, updated.size(), line);
          assertEquals(
              "t" + current,
              updated.keySet().iterator().next(),
              "checkpoint of another task: " + line);
          assertEquals(
              (long) next[current],
              updated.values().iterator().next(),
              "incomplete transaction: " + line);
          assertEquals(0, next[current] % EVERY, line);
          current = -1;
          checkpoints++;
        }
      }
      assertEquals(-1, current, "documents after the last checkpoint");
      assertEquals(0, process.waitFor(Duration.ofSeconds(60)), () -> "stderr: " + process.stderr());
      int[] expected = new int[TASKS];
      Arrays.fill(expected, DOCS);
      assertTrue(Arrays.equals(expected, next));
      assertEquals((long) TASKS * DOCS, documents);
      assertEquals((long) TASKS * DOCS / EVERY, checkpoints);

      String peak =
          process.stderr().stream()
              .map(Json::object)
              .filter(l -> "peak memory".equals(l.get("msg")))
              .map(l -> (String) Json.at(l, "fields", "VmHWM"))
              .findFirst()
              .orElseThrow();
      long peakKiB = Long.parseLong(peak.replace("kB", "").trim());
      System.out.println(
          "ConcurrencyTest: peak RSS of the connector JVM = " + peakKiB / 1024 + " MiB");
      assertTrue(peakKiB < 256 * 1024, "peak RSS " + peak + " exceeds 256 MiB");
    }
  }
}
