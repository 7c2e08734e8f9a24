package flowcdk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The HTTP benchmark's harness, {@code benchmarks/http-run.sh}, runs end to end on tiny sizes (2
 * bindings x 2 pages of 10 documents, one run, the jar built by {@code package}) and prints its
 * table: the plain client's, the work client's and the Java connector's rows, and the Python
 * connector's row or the line saying why it was skipped.
 */
class HttpRunIT {

  private static final Path SCRIPT = Path.of("http-run.sh");
  private static final Path LOG = Path.of("target", "http-run-it.log");

  @Test
  void tinyRunPrintsTheTable() throws IOException, InterruptedException {
    assertTrue(Files.exists(Path.of("target", "bench-connector.jar")), "run `mvn package` first");
    ProcessBuilder builder =
        new ProcessBuilder("bash", SCRIPT.toString())
            .redirectErrorStream(true)
            .redirectOutput(LOG.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder
        .environment()
        .putAll(Map.of("SKIP_BUILD", "1", "RUNS", "1", "N", "2", "M", "2", "P", "10"));
    int status = builder.start().waitFor();
    String output = Files.readString(LOG, StandardCharsets.UTF_8);
    assertEquals(0, status, () -> "http-run.sh failed:\n" + output);

    List<String> lines = output.lines().toList();
    int header =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("program ")).findFirst().orElse(""));
    assertTrue(header > 0, () -> "no table header in:\n" + output);
    assertTrue(
        lines.get(header + 1).matches("plain +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+ +100%"),
        lines.get(header + 1));
    assertTrue(
        lines.get(header + 2).matches("work +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+ +[0-9]+%"),
        lines.get(header + 2));
    assertTrue(
        lines.get(header + 3).matches("java +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+ +[0-9]+%"),
        lines.get(header + 3));
    String python = lines.get(header + 4);
    assertTrue(
        python.matches("python +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+ +[0-9]+%")
            || python.startsWith("python: skipped: "),
        python);
    assertTrue(
        output.contains("outputs checked: 40 documents and 6 checkpoints per connector"), output);
    assertTrue(output.lines().anyMatch(l -> l.startsWith("java / plain: ")), output);
    assertTrue(output.lines().anyMatch(l -> l.startsWith("java / work: ")), output);
    assertTrue(output.lines().anyMatch(l -> l.startsWith("java / python: ")), output);
  }
}
