package flowcdk.runtime.log;

/**
 * The process-wide {@link LogWriter}. Logs are a property of the process (one stderr), so the
 * writer is global; the runtime installs one at start and tests may swap it.
 */
public final class Logging {

  private static volatile LogWriter writer;

  private Logging() {}

  /** The current writer, created from the environment on first use. */
  public static LogWriter writer() {
    LogWriter current = writer;
    if (current == null) {
      synchronized (Logging.class) {
        if (writer == null) {
          writer = LogWriter.fromEnvironment();
        }
        current = writer;
      }
    }
    return current;
  }

  /** Replaces the writer; returns the previous one. */
  public static synchronized LogWriter install(LogWriter replacement) {
    LogWriter previous = writer;
    writer = replacement;
    return previous;
  }

  /** The redactor of the current writer. */
  public static Redactor redactor() {
    return writer().redactor();
  }
}
