package flowcdk.runtime.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal. {@code System.console()} cannot tell stdout from stdin,
 * so on Linux this reads where {@code /proc/self/fd/N} points (as {@code LogFormat} does for
 * stderr); elsewhere it answers false, so progress is never written into a pipe by mistake.
 */
final class Terminal {

  private Terminal() {}

  /** Whether file descriptor 1 (stdout) is a terminal. */
  static boolean stdoutIsTerminal() {
    return isTerminal(1);
  }

  /** Whether file descriptor 2 (stderr) is a terminal. */
  static boolean stderrIsTerminal() {
    return isTerminal(2);
  }

  private static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }
}
