package flowcdk.runtime.cli;

/**
 * A problem with what the user typed or the files they named, found before the connector runs: the
 * tool prints the message (and, for command-line mistakes, a usage hint) and exits 2.
 */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  private final Command command;
  private final boolean showUsage;

  /**
   * A command-line mistake: the message is followed by the usage of {@code command} (null: the
   * tool).
   */
  UsageException(String message, Command command) {
    this(message, command, true);
  }

  private UsageException(String message, Command command, boolean showUsage) {
    super(message);
    this.command = command;
    this.showUsage = showUsage;
  }

  /** A problem with a named file (missing, unreadable, not JSON): the message alone is printed. */
  static UsageException inFile(String message) {
    return new UsageException(message, null, false);
  }

  Command command() {
    return command;
  }

  boolean showUsage() {
    return showUsage;
  }
}
