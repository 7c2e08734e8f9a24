package flowcdk.runtime;

import flowcdk.runtime.internal.RuntimeLoop;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Runs a {@link Connector} as a Flow capture connector process: newline-delimited JSON requests on
 * stdin, responses on stdout (one compact JSON object per line), ops-log lines on stderr.
 *
 * <p>A connector's {@code main} is typically one line:
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   ConnectorRuntime.runAndExit(new MyConnector());
 * }
 * }</pre>
 */
public final class ConnectorRuntime {

  private ConnectorRuntime() {}

  /**
   * Serves the protocol on this process's stdin and stdout with the default options, then exits
   * the JVM with the session's status (0 on success, 1 on any error).
   */
  public static void runAndExit(Connector connector) {
    int status = run(connector, RuntimeOptions.defaults(), System.in, new FileOutputStream(FileDescriptor.out));
    System.exit(status);
  }

  /**
   * Serves the protocol on the given streams until the session ends and returns its exit status,
   * without exiting the JVM (for embedding and tests).
   */
  public static int run(Connector connector, RuntimeOptions options, InputStream stdin, OutputStream stdout) {
    return RuntimeLoop.run(connector, options, stdin, stdout);
  }
}
