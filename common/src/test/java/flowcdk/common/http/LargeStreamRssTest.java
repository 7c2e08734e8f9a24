package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 1 GiB body read through {@code Http.requestStream} in a JVM with a connector image's flags
 * ({@link StreamReader#CONNECTOR_JVM}) stays within the image's memory: the child ({@link
 * StreamReader}) counts every byte and reports its own resident set high-water mark, which must be
 * under 128 MiB. The body comes from a server in this JVM that writes only while its write queue
 * has room.
 */
class LargeStreamRssTest {

  private static final long SIZE = 1L << 30;

  /** The bound on the child's peak resident set, in kB: 128 MiB. */
  private static final long MAX_HWM_KB = 128 * 1024;

  private static final Pattern REPORT = Pattern.compile("bytes=(\\d+) vmhwm_kb=(\\d+)");

  private final Vertx vertx = Vertx.vertx();
  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(vertx);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    Await.result(vertx.close());
  }

  /** Writes {@code remaining[0]} bytes of {@code chunk}s, only while the write queue has room. */
  private static void pump(HttpServerResponse response, Buffer chunk, long[] remaining) {
    while (remaining[0] > 0 && !response.writeQueueFull()) {
      int size = (int) Math.min(chunk.length(), remaining[0]);
      response.write(size == chunk.length() ? chunk : chunk.getBuffer(0, size));
      remaining[0] -= size;
    }
    if (remaining[0] == 0) {
      // The handler of an earlier stall would fire again once the last writes drain.
      response.drainHandler(null);
      response.end();
    } else {
      response.drainHandler(v -> pump(response, chunk, remaining));
    }
  }

  @Test
  void aGibibyteStreamedInAConnectorsJvmStaysUnder128MiB() throws Exception {
    Assumptions.assumeTrue(
        Files.isReadable(Path.of("/proc/self/status")),
        "the resident set high-water mark is read from /proc/self/status, which only Linux has");
    Buffer chunk = Buffer.buffer(new byte[64 * 1024]);
    server.route(
        "/big",
        request -> {
          HttpServerResponse response = request.response();
          response.putHeader("Content-Length", Long.toString(SIZE));
          pump(response, chunk, new long[] {SIZE});
        });

    Path logs = Files.createDirectories(Path.of("target", "http-process-logs"));
    Path stdout = logs.resolve("large-stream-rss.stdout");
    Path stderr = logs.resolve("large-stream-rss.stderr");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(StreamReader.CONNECTOR_JVM);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(StreamReader.class.getName());
    command.add(server.url("/big"));
    Process child =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    // A bound against a hung child only, not a timing assertion.
    boolean exited = child.waitFor(5, TimeUnit.MINUTES);
    if (!exited) {
      child.destroyForcibly();
    }
    String output = Files.readString(stdout) + Files.readString(stderr);
    assertTrue(exited, () -> "the reader did not exit: " + output);
    assertEquals(0, child.exitValue(), output);

    Matcher report = REPORT.matcher(output);
    assertTrue(report.find(), () -> "no report from the reader: " + output);
    long bytes = Long.parseLong(report.group(1));
    long hwmKb = Long.parseLong(report.group(2));
    System.out.printf(
        "1 GiB through Http.requestStream in a connector's JVM (%s): %d bytes, VmHWM %d kB"
            + " (%.1f MiB)%n",
        String.join(" ", StreamReader.CONNECTOR_JVM), bytes, hwmKb, hwmKb / 1024.0);
    assertEquals(SIZE, bytes, "the whole body, not a byte more or less");
    assertTrue(
        hwmKb < MAX_HWM_KB,
        () -> "the reader's resident set peaked at " + hwmKb + " kB, over " + MAX_HWM_KB + " kB");
  }
}
