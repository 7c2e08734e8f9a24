package flowcdk.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import flowcdk.runtime.Connector;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.cli.Cli;
import flowcdk.runtime.launch.ConnectorRuntime;
import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A connector run in the test's own JVM, without a jar: protocol requests served by the same
 * runtime loop Flow talks to, or a command of the jar's command-line tool. The connector is the
 * generated dispatch, such as {@code new AcmeCapture_Dispatch(new AcmeCapture())}. Its log (text,
 * INFO and up) is captured, not printed. One run at a time: the log writer is process-wide.
 */
public final class InProcess {

  /** A bound against a hung connector, not a timing assertion. */
  private static final Duration HANG = Duration.ofMinutes(2);

  private InProcess() {}

  /**
   * What one run printed and returned.
   *
   * @param status the exit status the jar would have had
   * @param out the stdout lines
   * @param log the log (and, for a command, its stderr)
   */
  public record Run(int status, List<String> out, String log) {}

  /**
   * Serves the protocol request lines {@code requests} (then end of input) with {@code connector}.
   */
  public static Run serve(Connector connector, String... requests) {
    String input = requests.length == 0 ? "" : String.join("\n", requests) + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return capture(
        out,
        new ByteArrayOutputStream(),
        () ->
            ConnectorRuntime.run(
                connector,
                RuntimeOptions.defaults(),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out));
  }

  /** Runs the command {@code args} of the command-line tool (such as {@code spec}) in this JVM. */
  public static Run command(Connector connector, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    return capture(
        out,
        err,
        () ->
            Cli.run(
                connector,
                "connector",
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false));
  }

  private static synchronized Run capture(
      ByteArrayOutputStream out, ByteArrayOutputStream err, Callable<Integer> run) {
    LogWriter previous =
        Logging.install(new LogWriter(err, LogFormat.TEXT, Level.INFO, new Redactor()));
    int status;
    try {
      status = assertTimeoutPreemptively(HANG, run::call);
    } finally {
      Logging.install(previous);
    }
    return new Run(
        status,
        out.toString(StandardCharsets.UTF_8).lines().toList(),
        err.toString(StandardCharsets.UTF_8));
  }
}
