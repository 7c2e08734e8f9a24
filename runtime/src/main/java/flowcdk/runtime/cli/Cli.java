package flowcdk.runtime.cli;

import flowcdk.runtime.Connector;
import flowcdk.runtime.RuntimeOptions;
import java.io.PrintStream;

/**
 * The command-line tool every connector jar has: {@code spec}, {@code discover}, {@code validate}
 * and {@code preview} run the connector by hand, through the same protocol loop Flow talks to.
 * {@code ConnectorRuntime.runAndExit(connector, args)} calls it when there are arguments; without
 * arguments the jar serves the protocol.
 *
 * <p>Exit status: 0 on success; 1 when the connector failed (its error is logged on stderr) or the
 * state file could not be written; 2 when the command line is wrong or a named file is missing or
 * not a JSON object (nothing ran). Configs are never printed.
 */
public final class Cli {

  private Cli() {}

  /**
   * Runs the command in {@code args} and returns its exit status, without exiting the JVM.
   *
   * @param connector the connector to run
   * @param program how the user invokes the tool, for usage messages, such as {@code java -jar
   *     source-x.jar}
   * @param args the command line, at least one argument
   * @param out where results go (stdout)
   * @param err where errors, usage hints, progress and the preview summary go (stderr)
   * @param stdoutIsTerminal whether {@code out} is a terminal; {@code preview} shows progress only
   *     then
   * @return 0, 1 or 2 as described above
   */
  public static int run(
      Connector connector,
      String program,
      String[] args,
      PrintStream out,
      PrintStream err,
      boolean stdoutIsTerminal) {
    return run(connector, RuntimeOptions.defaults(), program, args, out, err, stdoutIsTerminal);
  }

  /**
   * Runs the command in {@code args} as {@link #run(Connector, String, String[], PrintStream,
   * PrintStream, boolean)} does, with the runtime {@code options} (a test's manual clock).
   */
  public static int run(
      Connector connector,
      RuntimeOptions options,
      String program,
      String[] args,
      PrintStream out,
      PrintStream err,
      boolean stdoutIsTerminal) {
    if (args.length == 0) {
      throw new IllegalArgumentException(
          "the tool needs a command; without one, serve the protocol");
    }
    Session session = new Session(connector, options, out, err, stdoutIsTerminal);
    try {
      CliArgs parsed = CliArgs.parse(args);
      if (parsed.help()) {
        out.print(parsed.command() == null ? help(program) : parsed.command().help(program));
        return 0;
      }
      return switch (parsed.command()) {
        case SPEC -> Inspect.spec(session);
        case DISCOVER -> Inspect.discover(session, parsed);
        case VALIDATE -> Inspect.validate(session, parsed);
        case DOCS -> Docs.print(session, parsed);
        case PREVIEW ->
            parsed.shards() > 1
                ? ShardedPreview.run(session, parsed)
                : new Preview(session, parsed).run();
      };
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      if (e.showUsage()) {
        Command command = e.command();
        err.println(
            command == null
                ? "Usage: " + program + " [COMMAND [OPTIONS]]"
                : command.usage(program));
        err.println(
            "Run '"
                + program
                + (command == null ? "" : " " + command.word())
                + " --help' for more.");
      }
      return 2;
    }
  }

  /**
   * Runs the command in {@code args} on this process's stdout and stderr (whether stdout is a
   * terminal is detected) and returns its exit status.
   */
  public static int run(Connector connector, String program, String[] args) {
    return run(connector, program, args, System.out);
  }

  /**
   * Like {@link #run(Connector, String, String[])}, with the tool's output on {@code stdout}, the
   * process's real stdout when {@link System#out} has been pointed elsewhere.
   */
  public static int run(Connector connector, String program, String[] args, PrintStream stdout) {
    return run(connector, program, args, stdout, System.err, Terminal.stdoutIsTerminal());
  }

  /** The tool's {@code --help} text. */
  static String help(String program) {
    return "Usage: "
        + program
        + " [COMMAND [OPTIONS]]\n"
        + "\n"
        + "Without a command, the connector serves Flow's capture protocol: requests on stdin,\n"
        + "responses on stdout, one JSON object per line. The commands run it by hand:\n"
        + "\n"
        + "  spec                       print the connector's spec response (JSON)\n"
        + "  discover --config FILE     list the bindings the endpoint offers\n"
        + "  validate --config FILE     validate the config with the discovered bindings\n"
        + "  preview  --config FILE     run the capture locally: print documents and checkpoints,\n"
        + "                             save the state with --state FILE to resume next time\n"
        + "  docs [--config FILE]       print the connector's documentation page (Markdown)\n"
        + "\n"
        + "Run '"
        + program
        + " COMMAND --help' for a command's options.\n"
        + "\n"
        + "Exit status: 0 success; 1 the connector failed (its error is logged on stderr);\n"
        + "2 wrong usage, or a config or state file that is missing or not a JSON object.\n";
  }
}
