package flowcdk.bench.http;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} arguments of the HTTP benchmark's programs ({@link PageServer}, {@link
 * PlainClient}), checked against the names a program knows so that a typo fails at once instead of
 * silently benchmarking the default.
 */
final class Flags {

  private final String program;
  private final Map<String, String> values;

  private Flags(String program, Map<String, String> values) {
    this.program = program;
    this.values = values;
  }

  /**
   * Reads {@code args} as pairs {@code --name value}.
   *
   * @throws IllegalArgumentException naming the argument that is not a known flag or has no value
   */
  static Flags parse(String program, String[] args, Set<String> known) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--") || !known.contains(arg.substring(2))) {
        throw new IllegalArgumentException(
            program
                + ": unknown argument '"
                + arg
                + "'; expected one of --"
                + String.join(" --", known.stream().sorted().toList()));
      }
      if (i + 1 == args.length) {
        throw new IllegalArgumentException(program + ": " + arg + " needs a value");
      }
      values.put(arg.substring(2), args[++i]);
    }
    return new Flags(program, values);
  }

  /** The value of {@code --name}, or {@code fallback} when it was not given. */
  String string(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /**
   * The value of {@code --name} as an integer of at least {@code min}, or {@code fallback}.
   *
   * @throws IllegalArgumentException if the value is not such an integer
   */
  int integer(String name, int fallback, int min) {
    String text = values.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    throw new IllegalArgumentException(
        program
            + ": --"
            + name
            + " must be an integer of at least "
            + min
            + ", but is '"
            + text
            + "'");
  }

  /**
   * The value of {@code --name} as {@code true} or {@code false}, or {@code fallback}.
   *
   * @throws IllegalArgumentException if the value is neither
   */
  boolean bool(String name, boolean fallback) {
    String text = values.get(name);
    if (text == null) {
      return fallback;
    }
    if (text.equals("true") || text.equals("false")) {
      return text.equals("true");
    }
    throw new IllegalArgumentException(
        program + ": --" + name + " must be true or false, but is '" + text + "'");
  }
}
