package flowcdk.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import flowcdk.example.testing.Jars;
import flowcdk.testing.ConnectorJar.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code preview}'s live view, on a real pseudo-terminal: the jar runs in a detached tmux session
 * of a fixed size, and the screen tmux renders is compared with what a user would see: documents
 * scrolled above one status block, redrawn in place (so on the screen once), with each binding's
 * final count. {@code --quiet} and output into pipes print no block.
 */
class LiveViewIT {

  private static final Path SCREEN = Path.of("target", "live-view-screen.txt");
  private static final List<String> BINDINGS =
      List.of("public.customers", "public.orders", "public.page_views", "public.products");

  @TempDir Path dir;
  private Path config;

  @BeforeEach
  void writeConfig() throws IOException {
    config = Jars.demoConfig(dir, 20);
  }

  @Test
  void onATerminalOneStatusBlockIsRedrawnBelowTheDocuments() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/tmux")),
        "tmux is needed for a pseudo-terminal: apt-get install tmux");
    String socket = "flowcdk-live-" + ProcessHandle.current().pid();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        java
            + " -jar "
            + Jars.SQL.path().toAbsolutePath()
            + " preview --config "
            + config
            + " --max-docs 300; tmux -L "
            + socket
            + " wait-for -S done; cat";
    try {
      tmux(socket, "new-session", "-d", "-x", "120", "-y", "45", command);
      tmux(socket, "wait-for", "done");
      String screen = tmux(socket, "capture-pane", "-p");
      Files.writeString(SCREEN, screen, UTF_8);
      List<String> lines = tmux(socket, "capture-pane", "-p", "-J").lines().toList();

      List<Integer> headers = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).matches("binding\\s+phase\\s+docs\\s+docs/s\\s+errors\\s+last cursor")) {
          headers.add(i);
        }
      }
      assertEquals(1, headers.size(), () -> "one status block on the screen:\n" + screen);
      int header = headers.get(0);
      assertTrue(
          lines
              .get(header - 1)
              .matches("preview \\d+:\\d\\d  300 documents \\(.*/s\\)  \\d+ checkpoints"),
          () -> "the block's first line:\n" + screen);
      assertTrue(
          lines.subList(0, header - 1).stream().anyMatch(l -> l.matches("public\\.\\w+: \\{.*")),
          () -> "documents above the block:\n" + screen);
      Map<String, String> totals = totals(lines, screen);
      for (int i = 0; i < BINDINGS.size(); i++) {
        String row = lines.get(header + 1 + i);
        String binding = BINDINGS.get(i);
        Matcher columns =
            Pattern.compile(Pattern.quote(binding) + "\\s+(\\w+)\\s+(\\d+)\\s+[\\d.]+\\s+0\\b.*")
                .matcher(row);
        assertTrue(columns.matches(), () -> "the row of " + binding + ":\n" + screen);
        assertEquals(totals.get(binding), columns.group(2), () -> binding + "'s count:\n" + screen);
        assertEquals(
            columns.group(2).equals("0") ? "starting" : "backfill",
            columns.group(1),
            () -> binding + "'s phase:\n" + screen);
      }
      assertFalse(screen.contains("progress:"), screen);
    } finally {
      new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor(1, TimeUnit.MINUTES);
    }
  }

  @Test
  void quietPrintsTheDocumentsAlone() throws Exception {
    Run run = Jars.SQL.run("preview", "--config", config.toString(), "--max-docs", "50", "--quiet");
    assertEquals(0, run.status(), run.err());
    assertEquals(50, run.out().size(), () -> String.join("\n", run.out()));
    for (String line : run.out()) {
      assertTrue(line.matches("public\\.\\w+: \\{.*\\}"), line);
    }
    assertEquals("", run.err());
  }

  @Test
  void intoPipesThereIsNoBlockAndNoEscapeCodes() throws Exception {
    Run run = Jars.SQL.run("preview", "--config", config.toString(), "--max-docs", "50");
    assertEquals(0, run.status(), run.err());
    assertFalse(run.err().contains("\033["), run.err());
    assertFalse(run.err().contains("last cursor"), run.err());
    assertTrue(run.err().contains("preview: 50 documents ("), run.err());
  }

  /** The per-binding totals of the summary line, such as {@code public.orders: 80}. */
  private static Map<String, String> totals(List<String> lines, String screen) {
    for (String line : lines) {
      Matcher summary = Pattern.compile("^preview: 300 documents \\(([^)]*)\\)").matcher(line);
      if (summary.find()) {
        Map<String, String> totals = new LinkedHashMap<>();
        for (String part : summary.group(1).split(", ", -1)) {
          String[] nameAndCount = part.split(": ", -1);
          totals.put(nameAndCount[0], nameAndCount[1]);
        }
        return totals;
      }
    }
    throw new AssertionError("no summary line on the screen:\n" + screen);
  }

  /** Runs a tmux command on the test's own server; returns its stdout. */
  private static String tmux(String socket, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), UTF_8);
    // A bound against a hung preview, not a timing assertion.
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "tmux " + String.join(" ", args) + " hung");
    assertEquals(0, process.exitValue(), () -> "tmux " + String.join(" ", args) + ": " + out);
    return out;
  }
}
