package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No test secret reaches what the tests wrote. Every secret the HTTP tests hand to the code under
 * test contains {@value #MARKER}; their log lines go to stderr, which the build keeps in {@code
 * target/surefire-reports/<class>-output.txt}, and the connectors they run as processes keep theirs
 * in {@code target/http-process-logs}. Runs after the unit tests (failsafe, at {@code verify}) and
 * searches all of those files, failing with the file and line of each hit.
 *
 * <p>It cannot pass by finding nothing: the output of the tests that handle secrets must be there,
 * and must show that secret-bearing lines were written (a masked value, an HTTP error).
 */
class SecretsInTestOutputIT {

  /** What every test secret contains. */
  private static final String MARKER = "S3CRET";

  private static final Path REPORTS = Path.of("target", "surefire-reports");
  private static final Path PROCESS_LOGS = Path.of("target", "http-process-logs");

  /** The output of the tests that handle secrets and log about them. */
  private static final List<Path> REQUIRED =
      List.of(
          REPORTS.resolve("flowcdk.connector.http.rest.RestCaptureTest-output.txt"),
          REPORTS.resolve("flowcdk.common.http.SecretsTest-output.txt"),
          REPORTS.resolve("flowcdk.common.http.ClientSecretsTest-output.txt"),
          REPORTS.resolve("flowcdk.common.http.TokenRotationTest-output.txt"),
          REPORTS.resolve("flowcdk.common.http.TokenExchangeTest-output.txt"),
          REPORTS.resolve("flowcdk.common.http.HeadersTest-output.txt"),
          PROCESS_LOGS.resolve("rotation.stderr"),
          PROCESS_LOGS.resolve("validate-sigterm.stderr"));

  /** A value the log writer masked. */
  private static final String MASKED = "[redacted]";

  /** The message of an HTTP error the client reports (with the server's answer). */
  private static final String HTTP_ERROR = "Encountered HTTP error status";

  @Test
  void theTestsOutputHoldsNoTestSecret() throws IOException {
    List<Path> missing = REQUIRED.stream().filter(file -> !Files.isRegularFile(file)).toList();
    assertEquals(
        List.of(),
        missing,
        "the output of tests that handle secrets is missing, so there is nothing to check: run the"
            + " unit tests first (mvn verify runs them before this check, unless they are skipped"
            + " or filtered with -Dtest)");

    List<String> hits = new ArrayList<>();
    int scanned = 0;
    for (Path file : outputFiles()) {
      scanned++;
      List<String> lines = text(file).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        int column = lines.get(i).indexOf(MARKER);
        if (column >= 0) {
          // Where, not what: the line holds a secret, and this message goes to the build log.
          hits.add(file + ":" + (i + 1) + ":" + (column + 1));
        }
      }
    }
    assertEquals(
        List.of(),
        hits,
        "a test secret (containing "
            + MARKER
            + ") was written to the tests' output: a log line, message or toString shows it. Find"
            + " the line at each file:line:column and redact what wrote it.");

    StringBuilder written = new StringBuilder();
    for (Path file : REQUIRED) {
      written.append(text(file));
    }
    String required = written.toString();
    assertTrue(
        required.contains(MASKED),
        "no line of " + REQUIRED + " shows a masked value: were secret-bearing lines written?");
    assertTrue(
        required.contains(HTTP_ERROR),
        "no line of " + REQUIRED + " shows an HTTP error: were secret-bearing lines written?");
    System.out.println(
        "searched " + scanned + " files of the tests' output for " + MARKER + ": none found");
  }

  /** Every test class's kept output, and every file of the connector processes. */
  private static List<Path> outputFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> reports = Files.list(REPORTS)) {
      reports
          .filter(file -> file.getFileName().toString().endsWith("-output.txt"))
          .sorted()
          .forEach(files::add);
    }
    try (Stream<Path> logs = Files.list(PROCESS_LOGS)) {
      logs.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    return files;
  }

  /** A file's text; bytes that are not UTF-8 (a child's stray output) become U+FFFD. */
  private static String text(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
