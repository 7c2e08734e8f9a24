package flowcdk.runtime.cli;

import flowcdk.runtime.codec.Suggestions;
import flowcdk.runtime.protocol.Range;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed command line. Options are {@code --name value} or {@code --name=value}; {@code --json},
 * {@code --quiet} and {@code --help} take no value.
 *
 * @param command the subcommand, or null for the tool itself (only with {@code help})
 * @param help whether {@code --help} (or {@code -h}, or {@code help [COMMAND]}) was asked
 * @param config {@code --config}, or null
 * @param state {@code --state}, or null
 * @param bindings {@code --bindings} split at commas; empty when not given
 * @param maxDocs {@code --max-docs}, or 0 when not given
 * @param timeout {@code --timeout}, or null
 * @param json whether {@code --json} was given
 * @param range {@code --range}, or null: the key range the capture is opened with
 * @param shards {@code --shards}, or 1: how many instances split the key space
 * @param quiet whether {@code --quiet} was given: documents only
 */
record CliArgs(
    Command command,
    boolean help,
    Path config,
    Path state,
    List<String> bindings,
    long maxDocs,
    Duration timeout,
    boolean json,
    Range range,
    int shards,
    boolean quiet) {

  private static final List<String> FLAGS = List.of("--json", "--quiet");

  /**
   * Parses {@code args} (at least one).
   *
   * @throws UsageException naming what is wrong and how to fix it
   */
  static CliArgs parse(String[] args) throws UsageException {
    String first = args[0];
    if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
      Command about = args.length > 1 ? Command.named(args[1]) : null;
      if (args.length > 2 || (args.length == 2 && about == null)) {
        throw new UsageException(
            "help takes at most one command name, such as 'help preview'", null);
      }
      return new CliArgs(about, true, null, null, List.of(), 0, null, false, null, 1, false);
    }
    Command command = Command.named(first);
    if (command == null) {
      throw new UsageException(
          first.startsWith("-")
              ? "expected a command before options, but got '" + first + "'"
              : "unknown command '" + first + "'" + suggestion(first, commandWords()),
          null);
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (rest.contains("--help") || rest.contains("-h")) {
      return new CliArgs(command, true, null, null, List.of(), 0, null, false, null, 1, false);
    }
    Map<String, String> given = options(command, rest);
    if (command != Command.SPEC && command != Command.DOCS && !given.containsKey("--config")) {
      throw new UsageException(
          command.word() + " needs the endpoint config: add --config FILE (a JSON file)", command);
    }
    return new CliArgs(
        command,
        false,
        path(given.get("--config")),
        path(given.get("--state")),
        bindings(command, given.get("--bindings")),
        maxDocs(command, given.get("--max-docs")),
        given.containsKey("--timeout") ? Durations.parse(command, given.get("--timeout")) : null,
        given.containsKey("--json"),
        ShardOptions.range(command, given.get("--range")),
        ShardOptions.shards(command, given.get("--shards"), given.containsKey("--range")),
        given.containsKey("--quiet"));
  }

  private static Map<String, String> options(Command command, List<String> args)
      throws UsageException {
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("-")) {
        throw new UsageException(
            "unexpected argument '"
                + arg
                + "' for "
                + command.word()
                + "; values follow their option, as in --config FILE",
            command);
      }
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      if (!command.options().contains(name)) {
        List<String> known = new ArrayList<>(command.options());
        known.add("--help");
        throw new UsageException(
            "unknown option "
                + name
                + " for "
                + command.word()
                + suggestion(name, known)
                + " ("
                + command.word()
                + " accepts "
                + String.join(", ", known)
                + ")",
            command);
      }
      if (FLAGS.contains(name)) {
        if (value != null) {
          throw new UsageException(name + " takes no value; write just " + name, command);
        }
        value = "";
      } else if (value == null) {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
          throw new UsageException(
              name + " needs a value: " + name + " " + placeholder(name), command);
        }
        value = args.get(++i);
      }
      if (given.put(name, value) != null) {
        throw new UsageException(name + " is given more than once; give it once", command);
      }
    }
    return given;
  }

  private static String placeholder(String option) {
    return switch (option) {
      case "--bindings" -> "NAME[,NAME...]";
      case "--max-docs" -> "N";
      case "--timeout" -> "DURATION (such as 30s, 5m or PT30S)";
      case "--range" -> "BEGIN:END (such as 0:0x7fffffff)";
      case "--shards" -> "N";
      default -> "FILE";
    };
  }

  private static Path path(String value) {
    return value == null ? null : Path.of(value);
  }

  private static List<String> bindings(Command command, String value) throws UsageException {
    if (value == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : value.split(",", -1)) {
      if (name.isBlank()) {
        throw new UsageException(
            "--bindings has an empty name in '"
                + value
                + "'; give binding names separated by commas, such as --bindings users,orders",
            command);
      }
      names.add(name.trim());
    }
    return List.copyOf(names);
  }

  private static long maxDocs(Command command, String value) throws UsageException {
    if (value == null) {
      return 0;
    }
    try {
      long n = Long.parseLong(value.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "--max-docs must be a whole number of documents, at least 1, but is '"
            + value
            + "'; for example --max-docs 10",
        command);
  }

  private static List<String> commandWords() {
    List<String> words = new ArrayList<>();
    for (Command command : Command.values()) {
      words.add(command.word());
    }
    return words;
  }

  /** {@code "; did you mean X?"} for the closest candidate within 2 edits, else {@code ""}. */
  static String suggestion(String typed, Collection<String> candidates) {
    String best = Suggestions.closest(typed, candidates);
    return best == null ? "" : "; did you mean " + best + "?";
  }
}
