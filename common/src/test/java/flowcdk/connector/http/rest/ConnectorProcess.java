package flowcdk.connector.http.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@link RestCapture}'s generated main in a child JVM, as Flow runs a connector: one request on
 * stdin, stdout and stderr kept in files under {@code target/http-process-logs}, where the build's
 * secrets check greps them.
 */
final class ConnectorProcess {

  /** Where the children's output is kept. */
  static final Path LOGS = Path.of("target", "http-process-logs");

  final Process process;
  final Path stdout;
  final Path stderr;

  private ConnectorProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts the connector named {@code name} with {@code environment}, writing {@code request}. */
  static ConnectorProcess start(String name, Map<String, String> environment, String request)
      throws IOException {
    Files.createDirectories(LOGS);
    Path out = LOGS.resolve(name + ".stdout");
    Path err = LOGS.resolve(name + ".stderr");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(RestCapture_Main.class.getName());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write((request + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return new ConnectorProcess(process, out, err);
  }

  /** Waits for the exit (a bound against a hung process, not a timing assertion); its status. */
  int waitFor() throws InterruptedException {
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the connector did not exit");
    return process.exitValue();
  }

  /** The stdout lines so far. */
  List<String> stdoutLines() throws IOException {
    return Files.readAllLines(stdout);
  }

  /** The stderr text so far. */
  String stderrText() throws IOException {
    return Files.readString(stderr);
  }
}
