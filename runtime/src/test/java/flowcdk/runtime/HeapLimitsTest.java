package flowcdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.testing.ConnectorProcess;
import flowcdk.runtime.testing.MiniConnector;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A connector in a small heap, with the JVM flags of the example's image: an oversized request line
 * is a clear error, never an {@link OutOfMemoryError}; and when the heap does run out, stdout still
 * carries nothing but protocol JSON (issue 11, item 7).
 */
class HeapLimitsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * The flags of example-connector/sql/Dockerfile's ENTRYPOINT that matter here (DockerfileTest
   * checks the image has them).
   */
  private static final List<String> IMAGE_FLAGS =
      List.of("-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr");

  private static final String SPEC = "{\"spec\":{\"connectorType\":\"IMAGE\"}}";

  @Test
  void a200MegabyteLineUnder128MegabytesOfHeapIsAClearError() throws Exception {
    try (ConnectorProcess process = start("-Xmx128m")) {
      process.send(SPEC);
      assertTrue(process.readLine(TIMEOUT).startsWith("{\"spec\""));
      // A discover request whose config is one 200 MB string, the costliest shape to parse,
      // generated while it is written: the test never holds the line.
      try {
        OutputStream stdin = process.stdin();
        stdin.write(
            "{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{\"s\":\""
                .getBytes(StandardCharsets.US_ASCII));
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) 'x');
        for (int i = 0; i < 200; i++) {
          stdin.write(block);
        }
        stdin.write("\"}}}\n".getBytes(StandardCharsets.US_ASCII));
        process.closeStdin();
      } catch (IOException e) {
        // The connector stops reading once the line is too long: a broken pipe is expected.
      }
      assertEquals(1, process.waitFor(TIMEOUT), () -> "stderr: " + process.stderr());
      assertOnlyJson(process.remainingStdout());
      String stderr = String.join("\n", process.stderr());
      assertTrue(
          stderr.contains("request on line 2 of stdin is longer than the limit of "), stderr);
      assertTrue(stderr.contains("a twelfth of the JVM's maximum heap of "), stderr);
      assertTrue(stderr.contains("raise -Xmx"), stderr);
      assertFalse(stderr.contains("OutOfMemoryError"), stderr);
    }
  }

  @Test
  void aLineJustUnderTheLimitIsServedIn128MegabytesOfHeap() throws Exception {
    // Under -Xmx128m the limit is a twelfth of about 124 MiB: a 10 MiB line is within it, and its
    // config, one long string (the costliest shape to parse), is decoded by the connector too.
    try (ConnectorProcess process = start("-Xmx128m")) {
      String head =
          "{\"validate\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{\"s\":\"";
      String tail = "\"},\"bindings\":[]}}\n";
      OutputStream stdin = process.stdin();
      stdin.write(head.getBytes(StandardCharsets.US_ASCII));
      byte[] block = new byte[1 << 16];
      Arrays.fill(block, (byte) 'x');
      long remaining = (10L << 20) - head.length() - tail.length();
      while (remaining > 0) {
        int n = (int) Math.min(block.length, remaining);
        stdin.write(block, 0, n);
        remaining -= n;
      }
      stdin.write(tail.getBytes(StandardCharsets.US_ASCII));
      process.closeStdin();
      assertEquals(
          "{\"validated\":{\"bindings\":[]}}",
          process.readLine(TIMEOUT),
          () -> "stderr: " + process.stderr());
      assertEquals(0, process.waitFor(TIMEOUT), () -> "stderr: " + process.stderr());
    }
  }

  @Test
  void runningOutOfHeapWritesNothingButJsonOnStdout() throws Exception {
    try (ConnectorProcess process = start("-Xmx64m")) {
      process.send(SPEC);
      String spec = process.readLine(TIMEOUT);
      assertTrue(spec.startsWith("{\"spec\""), spec);
      process.send("{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{\"hog\":true}}}");
      assertEquals(
          3, process.waitFor(TIMEOUT), () -> "ExitOnOutOfMemoryError exits 3: " + process.stderr());
      List<String> stdout = new ArrayList<>(List.of(spec));
      stdout.addAll(process.remainingStdout());
      assertOnlyJson(stdout);
      String stderr = String.join("\n", process.stderr());
      assertTrue(
          stderr.contains("Terminating due to java.lang.OutOfMemoryError"),
          () -> "the JVM's own message goes to stderr: " + stderr);
    }
  }

  private static ConnectorProcess start(String heap) throws IOException {
    List<String> flags = new ArrayList<>(List.of(heap));
    flags.addAll(IMAGE_FLAGS);
    return ConnectorProcess.start(MiniConnector.class, flags, Map.of());
  }

  private static void assertOnlyJson(List<String> lines) {
    for (String line : lines) {
      try {
        RawJson.parse(line);
      } catch (IllegalArgumentException e) {
        throw new AssertionError("stdout has a line that is not JSON: " + line, e);
      }
    }
  }
}
