package flowcdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.testing.ConnectorProcess;
import flowcdk.runtime.testing.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Drives the hand-written {@code MiniConnector} in a child JVM over real pipes through every
 * request of the capture protocol, as Flow does: one process per spec/discover/validate/apply
 * request (stdin closed after it), and an open capture with explicit acknowledgements.
 */
class ProtocolProcessTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static List<String> oneShot(String request) throws Exception {
    try (ConnectorProcess process = ConnectorProcess.mini()) {
      process.send(request).closeStdin();
      assertEquals(0, process.waitFor(TIMEOUT), () -> "stderr: " + process.stderr());
      return process.remainingStdout();
    }
  }

  @Test
  void spec() throws Exception {
    List<String> out = oneShot("{\"spec\":{\"connectorType\":\"IMAGE\"}}");
    assertEquals(1, out.size());
    Map<String, Object> spec = Json.object(out.get(0));
    assertEquals(3032023L, Json.at(spec, "spec", "protocol"));
    assertEquals(true, Json.at(spec, "spec", "configSchema", "properties", "password", "secret"));
    assertEquals("https://example.invalid/mini", Json.at(spec, "spec", "documentationUrl"));
    assertEquals(List.of("/name"), Json.at(spec, "spec", "resourcePathPointers"));
  }

  @Test
  void discover() throws Exception {
    List<String> out = oneShot("{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{}}}");
    assertEquals(1, out.size());
    assertEquals(
        "{\"discovered\":{\"bindings\":[{\"recommendedName\":\"items\",\"resourceConfig\":{\"name\":\"items\"},"
            + "\"documentSchema\":{\"type\":\"object\",\"properties\":{\"seq\":{\"type\":\"integer\"}}},"
            + "\"key\":[\"/task\",\"/seq\"],\"resourcePath\":[\"items\"]}]}}",
        out.get(0));
  }

  @Test
  void validate() throws Exception {
    List<String> out =
        oneShot(
            "{\"validate\":{\"name\":\"acmeCo/mini\",\"connectorType\":\"IMAGE\",\"config\":{},\"bindings\":["
                + "{\"collection\":{\"name\":\"acmeCo/a\",\"key\":[\"/id\"],\"writeSchema\":{}},\"resourceConfig\":{\"name\":\"a\"}},"
                + "{\"collection\":{\"name\":\"acmeCo/b\",\"key\":[\"/id\"],\"writeSchema\":{}},\"resourceConfig\":{\"name\":\"b\"},\"backfill\":2}]}}");
    assertEquals(
        List.of(
            "{\"validated\":{\"bindings\":[{\"resourcePath\":[\"a\"]},{\"resourcePath\":[\"b\"]}]}}"),
        out);
  }

  @Test
  void apply() throws Exception {
    List<String> out =
        oneShot(
            "{\"apply\":{\"capture\":{\"name\":\"acmeCo/mini\",\"connectorType\":\"IMAGE\",\"config\":{},\"intervalSeconds\":300,"
                + "\"bindings\":[{\"collection\":{\"name\":\"acmeCo/a\",\"key\":[\"/id\"],\"writeSchema\":{}},"
                + "\"resourceConfig\":{\"name\":\"a\"},\"resourcePath\":[\"a\"],\"stateKey\":\"a\"}]},\"version\":\"v1\"}}");
    assertEquals(List.of("{\"applied\":{\"actionDescription\":\"applied 1 binding(s)\"}}"), out);
  }

  @Test
  void noRequestsAtAllExitsCleanly() throws Exception {
    try (ConnectorProcess process = ConnectorProcess.mini()) {
      process.closeStdin();
      assertEquals(0, process.waitFor(TIMEOUT));
      assertEquals(List.of(), process.remainingStdout());
    }
  }

  @Test
  void openCaptureWithExplicitAcknowledgements() throws Exception {
    try (ConnectorProcess process = ConnectorProcess.mini()) {
      process.send(
          "{\"open\":{\"capture\":{\"name\":\"acmeCo/mini\",\"connectorType\":\"IMAGE\","
              + "\"config\":{\"tasks\":1,\"docs\":6,\"every\":2,\"acks\":true},\"intervalSeconds\":0,"
              + "\"bindings\":[{\"collection\":{\"name\":\"acmeCo/items\",\"key\":[\"/task\",\"/seq\"],\"writeSchema\":{}},"
              + "\"resourceConfig\":{\"name\":\"items\"},\"resourcePath\":[\"items\"],\"stateKey\":\"items\"}]},"
              + "\"version\":\"v1\",\"range\":{\"keyEnd\":4294967295,\"rClockEnd\":4294967295},\"state\":{}}}");
      assertEquals("{\"opened\":{\"explicitAcknowledgements\":true}}", process.readLine(TIMEOUT));
      for (int txn = 0; txn < 3; txn++) {
        for (int seq = txn * 2; seq < txn * 2 + 2; seq++) {
          assertEquals(
              "{\"captured\":{\"binding\":0,\"doc\":{\"task\":0,\"seq\":"
                  + seq
                  + ",\"pad\":\"xxxxxxxxxxxxxxxx\"}}}",
              process.readLine(TIMEOUT));
        }
        assertEquals(
            "{\"checkpoint\":{\"state\":{\"updated\":{\"t0\":"
                + (txn * 2 + 2)
                + "},\"mergePatch\":true}}}",
            process.readLine(TIMEOUT));
        // The task waits for this checkpoint's acknowledgement before producing the next one.
        Thread.sleep(200);
        assertTrue(process.remainingStdout().isEmpty(), "the task must wait for its ACK");
        process.send("{\"acknowledge\":{\"checkpoints\":1}}");
      }
      assertNull(process.readLine(TIMEOUT), "stdout ends when the capture finishes");
      assertEquals(0, process.waitFor(TIMEOUT), () -> "stderr: " + process.stderr());
      assertFalse(
          String.join("\n", process.stderr()).contains("\"ERROR\""),
          () -> "stderr: " + process.stderr());
    }
  }

  @Test
  void endOfInputDoesNotStopARunningCapture() throws Exception {
    try (ConnectorProcess process = ConnectorProcess.mini()) {
      process
          .send(
              "{\"open\":{\"capture\":{\"name\":\"acmeCo/mini\",\"connectorType\":\"IMAGE\","
                  + "\"config\":{\"tasks\":2,\"docs\":500,\"every\":50},\"bindings\":[]},\"version\":\"v1\"}}")
          .closeStdin();
      assertEquals(0, process.waitFor(TIMEOUT));
      List<String> out = process.remainingStdout();
      assertEquals("{\"opened\":{\"explicitAcknowledgements\":false}}", out.get(0));
      assertEquals(1 + 2 * (500 + 10), out.size());
    }
  }

  @Test
  void secretsNeverReachTheLogs() throws Exception {
    try (ConnectorProcess process = ConnectorProcess.mini()) {
      process
          .send(
              "{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{\"password\":\"hunter2-very-secret\","
                  + "\"credentials\":{\"token\":\"tok-abcdef\"},\"host\":\"db.example\"}}}")
          .closeStdin();
      assertEquals(0, process.waitFor(TIMEOUT));
      String stderr = String.join("\n", process.stderr());
      assertTrue(stderr.contains("\"password\":\"[redacted]\""), stderr);
      assertTrue(stderr.contains("\"token\":\"[redacted]\""), stderr);
      assertTrue(stderr.contains("db.example"), stderr);
      assertFalse(stderr.contains("hunter2-very-secret"), stderr);
      assertFalse(stderr.contains("tok-abcdef"), stderr);
    }
  }
}
