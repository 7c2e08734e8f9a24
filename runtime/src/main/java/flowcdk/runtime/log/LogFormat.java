package flowcdk.runtime.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** How log lines are rendered on stderr. */
public enum LogFormat {
  /**
   * Flow's ops-log shape: one JSON object per line with {@code level}, {@code msg}, {@code fields}.
   */
  JSON,
  /** A readable one-line format for a person at a terminal. */
  TEXT;

  /**
   * The format for this process: {@code LOG_FORMAT=json|text} if set, else {@link #TEXT} when
   * stderr is a terminal and {@link #JSON} otherwise (always the case under Flow).
   */
  public static LogFormat detect() {
    return detect(stderrIsTerminal() ? TEXT : JSON);
  }

  /**
   * The format from {@code LOG_FORMAT=json|text} if set (and valid), else {@code unset}. The
   * command-line tool passes {@link #TEXT}: its logs are for a person even when stderr is a pipe.
   */
  public static LogFormat detect(LogFormat unset) {
    String configured = System.getenv("LOG_FORMAT");
    if (configured != null && !configured.isBlank()) {
      try {
        return valueOf(configured.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // Fall through to the default; a log line about it would itself need a format.
      }
    }
    return unset;
  }

  /**
   * Whether file descriptor 2 is a terminal. {@code System.console()} looks at stdin and stdout,
   * not stderr, so on Linux this reads where {@code /proc/self/fd/2} points; elsewhere it answers
   * false and logs stay JSON.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }
}
