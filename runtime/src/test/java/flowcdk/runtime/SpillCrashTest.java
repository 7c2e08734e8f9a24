package flowcdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.testing.MiniConnector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connector killed with SIGKILL while a transaction is spilled leaves nothing in its spill
 * directory (issue 11, item 7): the spill file has no name while in use.
 */
class SpillCrashTest {

  @TempDir Path spillDir;
  @TempDir Path logs;

  @Test
  void sigkillWithASpilledTransactionLeavesNoFile() throws Exception {
    Path stderr = logs.resolve("stderr.log");
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djava.io.tmpdir=" + spillDir, // RuntimeOptions.defaults() spills there
            "-cp",
            System.getProperty("java.class.path"),
            MiniConnector.class.getName());
    builder.environment().put("LOG_FORMAT", "json");
    builder.environment().put("MINI_PENDING_BUDGET", Integer.toString(64 * 1024));
    builder.redirectError(stderr.toFile());
    Process process = builder.start();
    try {
      // One transaction of ~2 MB: far over the 64 KiB budget, so it is spilled before its
      // checkpoint commits it; then it is streamed to stdout, which this test stops reading after
      // the first document, so the writer blocks on the full pipe while it holds the spill file.
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write(
            ("{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\","
                    + "\"config\":{\"tasks\":1,\"docs\":2000,\"every\":2000,\"pad\":1000},"
                    + "\"bindings\":[]},\"version\":\"v\"}}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      BufferedReader stdout =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1024);
      assertEquals("{\"opened\":{\"explicitAcknowledgements\":false}}", stdout.readLine());
      String first = stdout.readLine();
      assertNotNull(first, () -> "stdout ended early; stderr: " + read(stderr));
      assertTrue(first.startsWith("{\"captured\""), first);

      assertEquals(List.of(), spillFiles(), "no spill file is visible while the capture runs");
      Path fds = Path.of("/proc", Long.toString(process.pid()), "fd");
      if (Files.isDirectory(fds)) {
        assertEquals(1, unnamedSpillFiles(fds), "the spilled transaction is in an unnamed file");
      }

      process.destroyForcibly(); // SIGKILL
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed process exits");
      assertEquals(List.of(), spillFiles(), "SIGKILL leaves no spill file behind");
    } finally {
      process.destroyForcibly();
    }
  }

  private List<Path> spillFiles() throws IOException {
    try (Stream<Path> files = Files.list(spillDir)) {
      return files.toList();
    }
  }

  private long unnamedSpillFiles(Path fds) throws IOException {
    String prefix = spillDir.toRealPath() + "/flowcdk-txn-";
    long count = 0;
    try (Stream<Path> links = Files.list(fds)) {
      for (Path link : links.toList()) {
        try {
          String target = Files.readSymbolicLink(link).toString();
          count += target.startsWith(prefix) && target.endsWith(" (deleted)") ? 1 : 0;
        } catch (IOException e) {
          // closed meanwhile
        }
      }
    }
    return count;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
