package flowcdk.runtime.internal;

import java.io.PrintStream;

/**
 * Keeps stray prints off the protocol stream: stdout must carry nothing but the runtime's JSON
 * lines, yet connector code and libraries may call {@code System.out.println}. Once the guard is
 * on, {@link System#out} is the process's stderr (where Flow logs a non-JSON line as text), and
 * only the holder of the stream {@link #divert()} returned writes to the real stdout.
 *
 * <p>What Java cannot divert: code that opens file descriptor 1 itself ({@code new
 * FileOutputStream(FileDescriptor.out)}), and the JVM's own messages, which HotSpot prints to
 * stdout unless started with {@code -XX:+DisplayVMOutputToStderr} (the example's image is; see
 * docs/packaging.md).
 */
public final class StdoutGuard {

  private StdoutGuard() {}

  /**
   * Points {@link System#out} at stderr and returns the stream it pointed at before, the real
   * stdout, for the one writer of the process's output. Call once, before any other code runs.
   */
  public static synchronized PrintStream divert() {
    PrintStream stdout = System.out;
    stdout.flush();
    System.setOut(System.err);
    return stdout;
  }
}
