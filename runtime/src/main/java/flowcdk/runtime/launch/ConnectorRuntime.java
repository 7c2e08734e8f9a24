package flowcdk.runtime.launch;

import flowcdk.runtime.Connector;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.cli.Cli;
import flowcdk.runtime.internal.RuntimeLoop;
import flowcdk.runtime.internal.StdoutGuard;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;

/**
 * Runs a {@link Connector} as a Flow capture connector process: newline-delimited JSON requests on
 * stdin, responses on stdout (one compact JSON object per line), ops-log lines on stderr.
 *
 * <p>A connector's {@code main} is typically one line:
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   ConnectorRuntime.runAndExit(new MyConnector(), args);
 * }
 * }</pre>
 *
 * With arguments, the same jar is a command-line tool ({@code spec}, {@code discover}, {@code
 * validate}, {@code preview}; see {@link Cli}).
 */
public final class ConnectorRuntime {

  private ConnectorRuntime() {}

  /**
   * Serves the protocol on this process's stdin and stdout with the default options, then exits the
   * JVM with the session's status (0 on success, 1 on any error). Stray prints to {@link
   * System#out} go to stderr (see {@link #runAndExit(Connector, String[])}).
   */
  public static void runAndExit(Connector connector) {
    runAndExit(connector, new String[0]);
  }

  /**
   * Without arguments, serves the protocol exactly as {@link #runAndExit(Connector)}; with
   * arguments, runs the command-line tool ({@code --help} lists its commands). Then exits the JVM
   * with the status: for the tool 0 on success, 1 when the connector failed, 2 on wrong usage.
   *
   * <p>Either way stdout carries only the runtime's output: {@link System#out} is pointed at stderr
   * first, so that a {@code System.out.println} in connector code or a library lands in the log
   * instead of breaking the protocol stream (see {@link StdoutGuard}).
   */
  public static void runAndExit(Connector connector, String[] args) {
    PrintStream stdout = StdoutGuard.divert();
    int status;
    if (args.length == 0) {
      status =
          run(
              connector,
              RuntimeOptions.defaults(),
              interruptibleStdin(),
              new FileOutputStream(FileDescriptor.out));
    } else {
      // The tool's logs are for a person even when stderr is a pipe: text unless LOG_FORMAT says.
      Logging.install(LogWriter.fromEnvironment(LogFormat.detect(LogFormat.TEXT)));
      status = Cli.run(connector, programName(), args, stdout);
    }
    System.exit(status);
  }

  /**
   * Serves the protocol on the given streams until the session ends and returns its exit status,
   * without exiting the JVM (for embedding and tests).
   */
  public static int run(
      Connector connector, RuntimeOptions options, InputStream stdin, OutputStream stdout) {
    return RuntimeLoop.run(connector, options, stdin, stdout);
  }

  /**
   * Stdin read through a {@link java.nio.channels.FileChannel}, so that the session's reader
   * thread, blocked in {@code read} on a pipe Flow keeps open, can be woken by an interrupt when
   * the session ends. A thread left blocked in a native read makes the JVM's exit wait about 300 ms
   * for it to leave native code (HotSpot's VM_Exit polls in-native threads 30 times, 10 ms apart).
   */
  private static InputStream interruptibleStdin() {
    return Channels.newInputStream(new FileInputStream(FileDescriptor.in).getChannel());
  }

  /** {@code java -jar <jar>} when run from a jar (as connectors are), else {@code connector}. */
  private static String programName() {
    String command = System.getProperty("sun.java.command", "");
    String first = command.isBlank() ? "" : command.trim().split("\\s+", 2)[0];
    return first.endsWith(".jar") ? "java -jar " + first : "connector";
  }
}
