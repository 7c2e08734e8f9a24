package flowcdk.runtime.cli;

import java.util.List;

/** The tool's subcommands, with the options each accepts and its help text. */
enum Command {
  SPEC(
      "spec",
      List.of("--json"),
      "",
      "Prints the connector's spec response (config and resource schemas, docs URL) as one JSON line.",
      ""),
  DISCOVER(
      "discover",
      List.of("--config", "--json"),
      " --config FILE [--json]",
      "Discovers the bindings the endpoint offers and prints each one's name, key, resource config"
          + " and resource path.",
      """
        --config FILE   the endpoint config, a JSON file (required)
        --json          print the raw discovered response line instead
      """),
  VALIDATE(
      "validate",
      List.of("--config", "--bindings", "--json"),
      " --config FILE [--bindings A,B] [--json]",
      """
      Discovers the bindings, then asks the connector to validate the config with them (or with the
      named ones) and prints each binding's resource path.\
      """,
      """
        --config FILE      the endpoint config, a JSON file (required)
        --bindings A,B     validate only these discovered bindings (default: all enabled ones)
        --json             print the raw validated response line instead
      """),
  DOCS(
      "docs",
      List.of("--config"),
      " [--config FILE]",
      """
      Prints the connector's documentation page as Markdown: what it captures, every config field,
      every resource the processor saw. With --config, adds the bindings discover offers for that
      endpoint config (for resources found at run time).\
      """,
      """
        --config FILE   an endpoint config, a JSON file: adds what discover offers with it
      """),
  PREVIEW(
      "preview",
      List.of(
          "--config",
          "--state",
          "--bindings",
          "--max-docs",
          "--timeout",
          "--json",
          "--range",
          "--shards",
          "--quiet"),
      " --config FILE [--state FILE] [--bindings A,B] [--max-docs N] [--timeout D] [--json]"
          + " [--quiet] [--range B:E | --shards N]",
      """
      Runs the capture locally: discovers the bindings, opens the capture with them and prints
      each document as '<binding>: <json>' and each checkpoint as 'checkpoint: <state update>'.
      Every checkpoint is merged into the state, which is saved to --state after each one, so the
      next run resumes where this one stopped. Stops after --max-docs documents, after --timeout,
      on Ctrl-C (twice forces), or when the capture ends; stopping is graceful, as on SIGTERM.
      On a terminal, a status block at the bottom of the screen (stderr) shows each binding's phase,
      documents, documents/s, last cursor and errors, redrawn in place while documents scroll; when
      stderr is not a terminal but stdout is, a progress line per second. --quiet prints the
      documents alone.\
      """,
      """
        --config FILE     the endpoint config, a JSON file (required)
        --state FILE      read the start state from FILE ({} if absent) and save the state there
        --bindings A,B    capture only these discovered bindings (default: all enabled ones)
        --max-docs N      stop after N documents (N >= 1)
        --timeout D       stop after D: 30s, 5m, 1h, 500ms, 1m30s or ISO-8601 such as PT30S
        --json            print the raw protocol lines (opened, captured, checkpoint) instead
        --quiet           print only the documents: no checkpoints, progress, log lines below
                          ERROR, or summary
        --range B:E       open the capture as the shard owning key hashes B to E (decimal or 0x
                          hex, inclusive), as Flow opens one shard of a split capture
        --shards N        run N instances at once, each owning 1/N of the key space, each with its
                          own state file (FILE.1-of-N ...), and print what they all capture;
                          --max-docs then applies to each instance
      """);

  private final String word;

  @SuppressWarnings("ImmutableEnumChecker") // always a List.of(...), which is unmodifiable
  private final List<String> options;

  private final String synopsis;
  private final String description;
  private final String optionHelp;

  Command(
      String word, List<String> options, String synopsis, String description, String optionHelp) {
    this.word = word;
    this.options = options;
    this.synopsis = synopsis;
    this.description = description;
    this.optionHelp = optionHelp;
  }

  /** The command's name on the command line. */
  String word() {
    return word;
  }

  /** The long options the command accepts, besides {@code --help}. */
  List<String> options() {
    return options;
  }

  /** The one-line usage, with {@code program} in front. */
  String usage(String program) {
    return "Usage: " + program + " " + word + synopsis;
  }

  /** The full {@code --help} text. */
  String help(String program) {
    return usage(program)
        + "\n\n"
        + description
        + "\n\nOptions:\n"
        + optionHelp
        + "  -h, --help        show this help\n";
  }

  /** The command named {@code word}, or null. */
  static Command named(String word) {
    for (Command command : values()) {
      if (command.word.equals(word)) {
        return command;
      }
    }
    return null;
  }
}
