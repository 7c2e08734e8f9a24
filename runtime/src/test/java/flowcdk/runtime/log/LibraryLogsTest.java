package flowcdk.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Netty's, Vert.x's and java.util.logging's records reach the ops log at WARNING and above, in
 * Flow's JSON shape, and routing them does not start java.util.logging: it starts on its first use
 * (in a child JVM, where nothing else has started it).
 */
class LibraryLogsTest {

  @TempDir Path dir;

  @Test
  void libraryRecordsReachTheOpsLogAndJulStartsOnlyWhenUsed() throws Exception {
    Path stderr = dir.resolve("stderr.log");
    Path classes = dir.resolve("classes.log");
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xlog:class+load=info:file=" + classes,
            "-cp",
            System.getProperty("java.class.path"),
            LibraryLogsProbe.class.getName());
    builder.environment().put("LOG_FORMAT", "json");
    builder.environment().remove("LOG_LEVEL");
    builder.redirectError(stderr.toFile());
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe did not exit");
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), err);

    List<Map<?, ?>> records = new ArrayList<>();
    for (String line : err.split("\n")) {
      records.add(
          assertInstanceOf(
              Map.class, JsonValues.read(RawJson.parse(line)), "not a JSON log line: " + line));
    }
    assertEquals(5, records.size(), err);
    assertRecord(records.get(0), "WARNING", "netty 1 of 2", "probe.netty");
    assertRecord(records.get(1), "ERROR", "netty failed: reason", "probe.netty");
    assertTrue(String.valueOf(records.get(1)).contains("boom"), "the error is kept: " + err);
    assertRecord(records.get(2), "WARNING", "vertx warning", "probe.vertx");
    assertRecord(records.get(3), "WARNING", "jul formatted warning", "probe.jul");
    assertRecord(records.get(4), "ERROR", "jul severe", "probe.jul");

    List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
    int marker = indexOf(loaded, LibraryLogsProbe.JulNext.class.getName());
    int logManager = indexOf(loaded, "java.util.logging.LogManager");
    assertTrue(marker >= 0, "the marker class was not loaded");
    assertTrue(
        logManager > marker,
        "java.util.logging started before its first use (LogManager at line "
            + logManager
            + ", marker at line "
            + marker
            + ")");
  }

  private static void assertRecord(Map<?, ?> record, String level, String msg, String source) {
    assertEquals(level, record.get("level"), record::toString);
    assertEquals(msg, record.get("msg"), record::toString);
    Map<?, ?> fields = assertInstanceOf(Map.class, record.get("fields"), record::toString);
    assertEquals(source, fields.get("source"), record::toString);
  }

  private static int indexOf(List<String> lines, String className) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(" " + className + " ")) {
        return i;
      }
    }
    return -1;
  }
}
