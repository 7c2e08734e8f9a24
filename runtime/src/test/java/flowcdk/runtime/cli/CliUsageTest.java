package flowcdk.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import flowcdk.runtime.protocol.Range;
import flowcdk.runtime.testing.MiniConnector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Argument parsing, help, and the usage errors that exit 2 before anything runs. */
class CliUsageTest {

  @TempDir Path dir;

  /** What one run printed and returned. */
  record Result(int status, String out, String err) {}

  /**
   * Runs the tool in-process on the test connector. Its log lines go to the same {@code err} as the
   * tool's messages, as they would to one stderr, instead of the test JVM's stderr.
   */
  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    LogWriter previous =
        Logging.install(new LogWriter(errStream, LogFormat.JSON, Level.INFO, new Redactor()));
    int status;
    try {
      status =
          Cli.run(
              new MiniConnector(),
              "tool",
              args,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              errStream,
              false);
    } finally {
      Logging.install(previous);
    }
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void parsesEveryPreviewOption() throws UsageException {
    CliArgs args =
        CliArgs.parse(
            new String[] {
              "preview",
              "--config",
              "c.json",
              "--state=s.json",
              "--bindings",
              "a,b",
              "--max-docs",
              "7",
              "--timeout",
              "1m30s",
              "--json"
            });
    assertEquals(Command.PREVIEW, args.command());
    assertEquals(Path.of("c.json"), args.config());
    assertEquals(Path.of("s.json"), args.state());
    assertEquals(List.of("a", "b"), args.bindings());
    assertEquals(7, args.maxDocs());
    assertEquals(Duration.ofSeconds(90), args.timeout());
    assertTrue(args.json());
    assertFalse(args.help());
  }

  @Test
  void parsesTheShardOptions() throws UsageException {
    CliArgs range =
        CliArgs.parse(new String[] {"preview", "--config", "c.json", "--range", "16:0x7fffffff"});
    assertEquals(new Range(16, 0x7fffffffL, 0, Range.MAX), range.range());
    assertEquals(1, range.shards());
    CliArgs shards = CliArgs.parse(new String[] {"preview", "--config", "c.json", "--shards", "4"});
    assertEquals(4, shards.shards());
    assertEquals(null, shards.range());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--range|5|--range must be BEGIN:END",
        "--range|9:3|--range must be BEGIN:END",
        "--range|0:0x100000000|--range must be BEGIN:END",
        "--range|-1:5|--range must be BEGIN:END",
        "--shards|0|--shards must be a whole number of instances from 1 to 64",
        "--shards|65|--shards must be a whole number of instances from 1 to 64",
        "--shards|x|--shards must be a whole number of instances from 1 to 64"
      })
  void rejectsBadShardOptions(String option, String value, String message) {
    UsageException e =
        assertThrows(
            UsageException.class,
            () -> CliArgs.parse(new String[] {"preview", "--config", "c.json", option, value}));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void rangeAndShardsTogetherAreRefused() {
    UsageException e =
        assertThrows(
            UsageException.class,
            () ->
                CliArgs.parse(
                    new String[] {
                      "preview", "--config", "c.json", "--range", "0:5", "--shards", "2"
                    }));
    assertTrue(e.getMessage().startsWith("--range and --shards both choose"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"30s,PT30S", "5m,PT5M", "2h,PT2H", "250ms,PT0.25S", "PT45S,PT45S", "pt1m,PT1M"})
  void parsesDurations(String text, String expected) throws UsageException {
    assertEquals(Duration.parse(expected), Durations.parse(Command.PREVIEW, text));
  }

  @ParameterizedTest
  @CsvSource({"5x", "0s", "-1s", "s", "PT-3S", "30 s", "''"})
  void rejectsBadDurations(String text) {
    UsageException e =
        assertThrows(UsageException.class, () -> Durations.parse(Command.PREVIEW, text));
    assertTrue(e.getMessage().startsWith("--timeout must be a positive duration"), e.getMessage());
  }

  @Test
  void helpIsPrintedForTheToolAndEachCommand() {
    for (String[] args :
        List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"help"})) {
      Result help = run(args);
      assertEquals(0, help.status());
      assertTrue(help.out().startsWith("Usage: tool [COMMAND [OPTIONS]]"), help.out());
      assertTrue(help.out().contains("preview  --config FILE"), help.out());
    }
    for (Command command : Command.values()) {
      Result help = run(command.word(), "--help");
      assertEquals(0, help.status());
      assertTrue(help.out().startsWith("Usage: tool " + command.word()), help.out());
      assertTrue(help.out().contains("-h, --help"), help.out());
      assertEquals(help.out(), run("help", command.word()).out());
    }
    // --help wins over anything else on the line
    assertEquals(0, run("preview", "--bogus", "--help").status());
    assertTrue(run("preview", "--help").out().contains("--max-docs N"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "frobnicate                                | unknown command 'frobnicate'",
        "previw --config c.json                    | unknown command 'previw'; did you mean preview?",
        "--config c.json                           | expected a command before options, but got '--config'",
        "discover                                  | discover needs the endpoint config: add --config FILE",
        "preview --max-docs 3                      | preview needs the endpoint config: add --config FILE",
        "discover --confg c.json                   | unknown option --confg for discover; did you mean --config?",
        "discover --config c.json --state s.json   | unknown option --state for discover",
        "spec --config c.json                      | unknown option --config for spec",
        "discover --config                         | --config needs a value: --config FILE",
        "preview --config --json                   | --config needs a value: --config FILE",
        "preview --config c.json --max-docs ten    | --max-docs must be a whole number of documents, at least 1, but is 'ten'",
        "preview --config c.json --max-docs 0      | --max-docs must be a whole number of documents, at least 1, but is '0'",
        "preview --config c.json --timeout 5x      | --timeout must be a positive duration such as 30s",
        "preview --config c.json --bindings a,,b   | --bindings has an empty name in 'a,,b'",
        "discover --config a.json --config b.json  | --config is given more than once",
        "discover --config c.json extra            | unexpected argument 'extra' for discover",
        "discover --config c.json --json=yes       | --json takes no value",
        "help frobnicate                           | help takes at most one command name",
      })
  void usageErrorsExit2WithAMessageAndAUsageHint(String line, String message) {
    Result result = run(line.trim().split("\\s+"));
    assertEquals(2, result.status(), result.err());
    assertEquals("", result.out());
    assertTrue(result.err().startsWith("error: " + message), result.err());
    assertTrue(result.err().contains("\nUsage: tool "), result.err());
    assertTrue(result.err().contains("--help' for more."), result.err());
  }

  @Test
  void aMissingOrBrokenConfigFileExits2WithoutEchoingIt() throws IOException {
    Result missing = run("discover", "--config", dir.resolve("nope.json").toString());
    assertEquals(2, missing.status());
    assertTrue(
        missing
            .err()
            .startsWith("error: the config file " + dir.resolve("nope.json") + " does not exist"),
        missing.err());

    Path broken =
        Files.writeString(dir.resolve("broken.json"), "{\"password\": \"hunter2\",\n  oops}");
    Result notJson = run("discover", "--config", broken.toString());
    assertEquals(2, notJson.status());
    assertTrue(notJson.err().contains("is not valid JSON (at line 2, column"), notJson.err());
    assertFalse(notJson.err().contains("hunter2") || notJson.err().contains("oops"), notJson.err());

    Path array = Files.writeString(dir.resolve("array.json"), "[1]");
    Result notObject = run("validate", "--config", array.toString());
    assertEquals(2, notObject.status());
    assertTrue(notObject.err().contains("must hold a JSON object"), notObject.err());
  }

  @Test
  void aBrokenStateFileExits2() throws IOException {
    Path config = Files.writeString(dir.resolve("config.json"), "{}");
    Path state = Files.writeString(dir.resolve("state.json"), "{not json");
    Result result = run("preview", "--config", config.toString(), "--state", state.toString());
    assertEquals(2, result.status());
    assertTrue(
        result.err().startsWith("error: the state file " + state + " is not valid JSON"),
        result.err());
  }

  @Test
  void aStatePathWhoseDirectoryIsMissingExits2BeforeTheCaptureRuns() throws IOException {
    Path config = Files.writeString(dir.resolve("config.json"), "{}");
    Path missingDir = dir.resolve("no").resolve("such");
    Path state = missingDir.resolve("state.json");
    Result result = run("preview", "--config", config.toString(), "--state", state.toString());
    assertEquals(2, result.status(), result.err());
    assertEquals("", result.out());
    assertTrue(
        result
            .err()
            .startsWith(
                "error: --state "
                    + state
                    + ": the directory "
                    + missingDir
                    + " does not exist; create it or pick another path"),
        result.err());
    assertFalse(Files.exists(missingDir));
  }

  @Test
  void aStatePathThatIsADirectoryExits2BeforeTheCaptureRuns() throws IOException {
    Path config = Files.writeString(dir.resolve("config.json"), "{}");
    Result result = run("preview", "--config", config.toString(), "--state", dir.toString());
    assertEquals(2, result.status(), result.err());
    assertEquals("", result.out());
    assertTrue(
        result
            .err()
            .startsWith(
                "error: --state "
                    + dir
                    + ": it is a directory; name a file in it, such as "
                    + dir.resolve("state.json")),
        result.err());
  }

  @Test
  void aStatePathInAnExistingDirectoryNeedNotExist() throws IOException {
    Path config = Files.writeString(dir.resolve("config.json"), "{}");
    Path state = dir.resolve("first-run.json");
    Result result =
        run(
            "preview",
            "--config",
            config.toString(),
            "--state",
            state.toString(),
            "--max-docs",
            "1");
    assertEquals(0, result.status(), result.err());
  }

  @Test
  void docsPrintsThePageAndWithAConfigTheDiscoveredBindings() throws IOException {
    Result page = run("docs");
    assertEquals(0, page.status(), page.err());
    assertEquals("# MiniConnector\n\nA page for the tests.\n\n", page.out());
    Path config = Files.writeString(dir.resolve("config.json"), "{}");
    Result discovered = run("docs", "--config", config.toString());
    assertEquals(0, discovered.status(), discovered.err());
    assertTrue(
        discovered
            .out()
            .contains(
                "## Discovered bindings\n\nWhat `discover` offers for the example"
                    + " config `config.json`: "),
        discovered.out());
    assertTrue(discovered.out().contains("| Binding | Key | Resource config | Document fields |"));
  }

  @Test
  void docsNamesTheCaptureOfAGeneratedDispatch() {
    assertEquals("AcmeCapture", Docs.captureName("AcmeCapture_Dispatch"));
    assertEquals("HandWritten", Docs.captureName("HandWritten"));
  }
}
