package flowcdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.testing.ConnectorProcess;
import flowcdk.runtime.testing.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input ends the process with status 1, one clear ERROR line on stderr saying
 * what is wrong, and nothing on stdout.
 */
class BadInputTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * Runs the connector on {@code lines}, expects exit 1 and empty stdout; returns the ERROR lines.
   */
  private static List<Map<String, Object>> failWith(String... lines) throws Exception {
    try (ConnectorProcess process = ConnectorProcess.mini()) {
      for (String line : lines) {
        process.send(line);
      }
      process.closeStdin();
      assertEquals(1, process.waitFor(TIMEOUT), () -> "stderr: " + process.stderr());
      assertEquals(List.of(), process.remainingStdout(), "nothing may reach stdout");
      List<Map<String, Object>> errors =
          process.stderr().stream()
              .map(Json::object)
              .filter(line -> "ERROR".equals(line.get("level")))
              .toList();
      assertEquals(1, errors.size(), () -> "exactly one ERROR line: " + process.stderr());
      return errors;
    }
  }

  private static String message(List<Map<String, Object>> errors) {
    return (String) errors.get(0).get("msg");
  }

  @Test
  void notJson() throws Exception {
    String msg = message(failWith("{\"spec\": nope}"));
    assertTrue(
        msg.startsWith("malformed request on line 1 of stdin: request is not valid JSON: "), msg);
    assertTrue(msg.contains("nope"), msg);
  }

  @Test
  void emptyLine() throws Exception {
    assertEquals("malformed request on line 1 of stdin: request is empty", message(failWith("")));
  }

  @Test
  void notAnObject() throws Exception {
    assertEquals(
        "malformed request on line 1 of stdin: request must be a JSON object but is an array",
        message(failWith("[{\"spec\":{}}]")));
  }

  @Test
  void noKnownKey() throws Exception {
    assertEquals(
        "malformed request on line 1 of stdin: request has none of the keys spec, discover, validate,"
            + " apply, open, acknowledge (it has: $internal, specification)",
        message(failWith("{\"$internal\":\"x\",\"specification\":{}}")));
  }

  @Test
  void wrongFieldType() throws Exception {
    assertEquals(
        "malformed request on line 1 of stdin: open.capture.bindings[0].stateKey must be a string but is a number",
        message(
            failWith(
                "{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{},"
                    + "\"bindings\":[{\"collection\":{\"name\":\"a/c\",\"key\":[\"/id\"],\"writeSchema\":{}},"
                    + "\"resourceConfig\":{},\"resourcePath\":[\"c\"],\"stateKey\":7}]},\"version\":\"v\"}}")));
  }

  @Test
  void rangeOutOfUnsigned32Bits() throws Exception {
    String msg =
        message(
            failWith(
                "{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{}},"
                    + "\"version\":\"v\",\"range\":{\"keyEnd\":4294967296}}}"));
    assertTrue(msg.contains("open.range.keyEnd must be an unsigned 32-bit integer"), msg);
  }

  @Test
  void malformedLineAfterAGoodOneStillFails() throws Exception {
    try (ConnectorProcess process = ConnectorProcess.mini()) {
      process
          .send("{\"acknowledge\":{\"checkpoints\":0}}")
          .send("{\"acknowledge\":{\"checkpoints\":\"two\"}}")
          .closeStdin();
      assertEquals(1, process.waitFor(TIMEOUT));
      assertEquals(List.of(), process.remainingStdout());
    }
  }

  @Test
  void lineLongerThan128MiB() throws Exception {
    // A heap of 1.5 GiB or more keeps Flow's 128 MiB limit (HeapLimitsTest: smaller heaps).
    try (ConnectorProcess process =
        ConnectorProcess.start(
            flowcdk.runtime.testing.MiniConnector.class, List.of("-Xmx1536m"), Map.of())) {
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) ' ');
      block[0] = '{';
      try {
        for (int i = 0; i < 129; i++) {
          process.stdin().write(block);
        }
        process.stdin().write("}\n".getBytes(StandardCharsets.US_ASCII));
        process.closeStdin();
      } catch (java.io.IOException e) {
        // The connector stops reading once the line is too long; a broken pipe is expected.
      }
      assertEquals(1, process.waitFor(TIMEOUT));
      assertEquals(List.of(), process.remainingStdout());
      String stderr = String.join("\n", process.stderr());
      assertTrue(
          stderr.contains(
              "request on line 1 of stdin is longer than the limit of 134217728 bytes (128 MiB)"),
          stderr);
    }
  }

  @Test
  void singleValidationError() throws Exception {
    List<Map<String, Object>> errors =
        failWith(
            "{\"validate\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{\"fail\":[\"Host db.example is unreachable.\"]}}}");
    assertEquals("Host db.example is unreachable.", message(errors));
    assertFalse(
        ((Map<?, ?>) errors.get(0).get("fields")).containsKey("traceback"),
        "no stack trace for validation errors");
  }

  @Test
  void multipleValidationErrorsInOneLine() throws Exception {
    List<Map<String, Object>> errors =
        failWith(
            "{\"validate\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{\"fail\":[\"Resource 'foo' was not found.\",\"Resource 'bar' was not found.\"]}}}");
    assertEquals(
        "Multiple validation errors:\n - Resource 'foo' was not found.\n - Resource 'bar' was not found.",
        message(errors));
    assertFalse(((Map<?, ?>) errors.get(0).get("fields")).containsKey("traceback"));
  }

  @Test
  void internalBugLogsItsStackTraceInFields() throws Exception {
    List<Map<String, Object>> errors =
        failWith("{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{\"bug\":true}}}");
    assertTrue(
        message(errors).startsWith("internal error: java.lang.NullPointerException"),
        message(errors));
    List<?> traceback = (List<?>) ((Map<?, ?>) errors.get(0).get("fields")).get("traceback");
    assertTrue(traceback.size() > 2, "traceback lines: " + traceback);
    assertTrue(
        String.valueOf(traceback.get(1)).contains("MiniConnector.discover"),
        String.valueOf(traceback));
  }

  @Test
  void acknowledgeBeforeOpen() throws Exception {
    assertEquals(
        "received acknowledge {checkpoints: 1} before the capture was opened; Flow sends acknowledgements"
            + " only after an opened response",
        message(failWith("{\"acknowledge\":{\"checkpoints\":1}}")));
  }

  @Test
  void moreAcknowledgementsThanPending() throws Exception {
    try (ConnectorProcess process = ConnectorProcess.mini()) {
      process.send(
          "{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\","
              + "\"config\":{\"docs\":2,\"every\":2,\"acks\":true,\"untilStopped\":false},\"bindings\":[]},\"version\":\"v\"}}");
      assertEquals("{\"opened\":{\"explicitAcknowledgements\":true}}", process.readLine(TIMEOUT));
      process.readLine(TIMEOUT);
      process.readLine(TIMEOUT);
      assertEquals(
          "{\"checkpoint\":{\"state\":{\"updated\":{\"t0\":2},\"mergePatch\":true}}}",
          process.readLine(TIMEOUT));
      process.send("{\"acknowledge\":{\"checkpoints\":3}}");
      assertEquals(1, process.waitFor(TIMEOUT));
      String stderr = String.join("\n", process.stderr());
      assertTrue(
          stderr.contains("received ACK for 3 checkpoint(s) but only 1 are pending"), stderr);
    }
  }

  @Test
  void aFailingTaskStopsTheCaptureWithItsError() throws Exception {
    try (ConnectorProcess process = ConnectorProcess.mini()) {
      process.send(
          "{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\","
              + "\"config\":{\"tasks\":3,\"every\":1,\"untilStopped\":true,\"failTask\":1},\"bindings\":[]},\"version\":\"v\"}}");
      assertEquals(1, process.waitFor(TIMEOUT));
      List<Map<String, Object>> lines = process.stderr().stream().map(Json::object).toList();
      Map<String, Object> last = lines.get(lines.size() - 1);
      assertEquals("ERROR", last.get("level"));
      assertEquals("Task capture.t1: boom in task 1", last.get("msg"));
      long failures =
          lines.stream().filter(l -> String.valueOf(l.get("msg")).startsWith("task ")).count();
      assertEquals(
          1, failures, "the failure is logged once, with its stack trace: " + process.stderr());
      // Every transaction that reached stdout is complete: documents then their checkpoint.
      List<String> out = process.remainingStdout();
      assertEquals("{\"opened\":{\"explicitAcknowledgements\":false}}", out.get(0));
      assertTrue(out.get(out.size() - 1).startsWith("{\"checkpoint\""), out.get(out.size() - 1));
    }
  }
}
