package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool of the shaded jar: {@code java -jar example-connector.jar COMMAND ...}. */
class CliIT {

  private static final Path JAR = Path.of("target", "example-connector.jar");
  private static final String PROGRAM = "java -jar " + JAR;

  @TempDir
  Path dir;

  private Path config;

  /** What one run of the jar printed and returned. */
  record Run(int status, List<String> out, String err) {}

  @BeforeEach
  void writeConfig() throws IOException {
    assertTrue(Files.exists(JAR), "run `mvn package` first: " + JAR.toAbsolutePath());
    config = Files.writeString(dir.resolve("config.json"), "{\"greetings\": 5, \"greeting\": \"Hi\"}");
  }

  private static Run run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("LOG_FORMAT");
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process, true));
    String out = read(process, false);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar did not exit");
    return new Run(process.exitValue(), out.lines().toList(), err.get());
  }

  private static String read(Process process, boolean stderr) {
    try {
      return new String((stderr ? process.getErrorStream() : process.getInputStream()).readAllBytes(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void specPrintsTheSpecLine() throws Exception {
    Run run = run("spec");
    assertEquals(0, run.status(), run.err());
    assertEquals(1, run.out().size());
    assertTrue(run.out().get(0).startsWith("{\"spec\":{\"protocol\":3032023,\"configSchema\":{\"title\":\"Greetings\""),
        run.out().get(0));
  }

  @Test
  void discoverPrintsBindingsReadablyOrAsJson() throws Exception {
    Run run = run("discover", "--config", config.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of(
            "greetings",
            "  key:             [\"/id\"]",
            "  resource config: {\"name\":\"greetings\",\"interval\":\"PT1M\"}",
            "  resource path:   [\"greetings\"]",
            "1 binding discovered."),
        run.out());
    Run json = run("discover", "--config", config.toString(), "--json");
    assertEquals(0, json.status(), json.err());
    assertEquals(1, json.out().size());
    assertTrue(json.out().get(0).startsWith("{\"discovered\":{\"bindings\":[{\"recommendedName\":\"greetings\","),
        json.out().get(0));
  }

  @Test
  void validatePrintsResourcePathsOrTheConnectorsError() throws Exception {
    Run run = run("validate", "--config", config.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of("The config is valid with 1 binding:", "  greetings  resource path: [\"greetings\"]"),
        run.out());

    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"greetings\": 0}");
    Run rejected = run("validate", "--config", bad.toString());
    assertEquals(1, rejected.status());
    assertEquals(List.of(), rejected.out());
    // Logged as text (not ops-log JSON) even though stderr is a pipe.
    assertTrue(rejected.err().contains("ERROR   flow: greetings must be from 1 to 1000000, but is 0;"),
        rejected.err());
    assertTrue(rejected.err().contains("error: validate failed"), rejected.err());
  }

  @Test
  void previewStopsAtMaxDocsAndTheNextRunResumesFromTheSavedState() throws Exception {
    Path state = dir.resolve("state.json");
    Run first = run("preview", "--config", config.toString(), "--state", state.toString(), "--max-docs", "2");
    assertEquals(0, first.status(), first.err());
    assertEquals(List.of(
            "checkpoint: {\"bindingStateV1\":{\"greetings\":{\"last_initialized\":\"T\"}}}",
            "greetings: {\"id\":0,\"message\":\"Hi #0\"}",
            "checkpoint: {\"bindingStateV1\":{\"greetings\":{\"inc\":{\"cursor\":1}}}}",
            "greetings: {\"id\":1,\"message\":\"Hi #1\"}",
            "checkpoint: {\"bindingStateV1\":{\"greetings\":{\"inc\":{\"cursor\":2}}}}"),
        withoutTimes(first.out()));
    assertEquals("{\"bindingStateV1\":{\"greetings\":{\"last_initialized\":\"T\",\"inc\":{\"cursor\":2}}}}\n",
        withoutTimes(Files.readString(state)));
    assertTrue(first.err().contains("preview: 2 documents (greetings: 2) and 3 checkpoints"), first.err());
    assertFalse(first.err().contains("progress:"), "no progress lines on a pipe: " + first.err());

    Run second = run("preview", "--config", config.toString(), "--state", state.toString(), "--json");
    assertEquals(0, second.status(), second.err());
    assertEquals(List.of(
            "{\"opened\":{\"explicitAcknowledgements\":false}}",
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":2,\"message\":\"Hi #2\"}}}",
            "{\"checkpoint\":{\"state\":{\"updated\":{\"bindingStateV1\":{\"greetings\":{\"inc\":{\"cursor\":3}}}},\"mergePatch\":true}}}",
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":3,\"message\":\"Hi #3\"}}}",
            "{\"checkpoint\":{\"state\":{\"updated\":{\"bindingStateV1\":{\"greetings\":{\"inc\":{\"cursor\":4}}}},\"mergePatch\":true}}}",
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":4,\"message\":\"Hi #4\"}}}",
            "{\"checkpoint\":{\"state\":{\"updated\":{\"bindingStateV1\":{\"greetings\":{\"inc\":{\"cursor\":5}}}},\"mergePatch\":true}}}"),
        second.out());
    assertEquals("{\"bindingStateV1\":{\"greetings\":{\"last_initialized\":\"T\",\"inc\":{\"cursor\":5}}}}\n",
        withoutTimes(Files.readString(state)));
  }

  /** {@code last_initialized} values (wall-clock) replaced by {@code T}. */
  private static String withoutTimes(String text) {
    return text.replaceAll("\"last_initialized\":\"[^\"]*\"", "\"last_initialized\":\"T\"");
  }

  private static List<String> withoutTimes(List<String> lines) {
    return lines.stream().map(CliIT::withoutTimes).toList();
  }

  @Test
  void helpDescribesTheToolAndEachCommand() throws Exception {
    Run tool = run("--help");
    assertEquals(0, tool.status(), tool.err());
    assertEquals("Usage: " + PROGRAM + " [COMMAND [OPTIONS]]", tool.out().get(0));
    assertTrue(tool.out().contains("  preview  --config FILE     run the capture locally: print documents and checkpoints,"),
        String.join("\n", tool.out()));
    Run preview = run("preview", "--help");
    assertEquals(0, preview.status(), preview.err());
    assertTrue(preview.out().get(0).startsWith("Usage: " + PROGRAM + " preview --config FILE [--state FILE]"),
        preview.out().get(0));
    assertTrue(preview.out().contains("  --max-docs N      stop after N documents (N >= 1)"),
        String.join("\n", preview.out()));
  }

  @Test
  void usageErrorsExit2WithAMessageAndAHint() throws Exception {
    Run run = run("preview", "--config", config.toString(), "--max-docs", "many");
    assertEquals(2, run.status());
    assertEquals(List.of(), run.out());
    assertEquals(List.of(
            "error: --max-docs must be a whole number of documents, at least 1, but is 'many'; for example --max-docs 10",
            "Usage: " + PROGRAM + " preview --config FILE [--state FILE] [--bindings A,B] [--max-docs N] [--timeout D] [--json]",
            "Run '" + PROGRAM + " preview --help' for more."),
        run.err().lines().toList());
    Run missing = run("discover", "--config", dir.resolve("missing.json").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().startsWith("error: the config file " + dir.resolve("missing.json") + " does not exist"),
        missing.err());
  }
}
