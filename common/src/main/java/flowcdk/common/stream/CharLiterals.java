package flowcdk.common.stream;

/**
 * Characters written as Java character literals ({@code ','}, {@code '\t'}, {@code '\''}), so that
 * messages about a CSV format show its settings as they are written in code.
 */
public final class CharLiterals {

  private CharLiterals() {}

  /** {@code c} as a Java character literal, escaped where Java source would escape it. */
  public static String of(char c) {
    return switch (c) {
      case '\'' -> "'\\''";
      case '\\' -> "'\\\\'";
      case '\t' -> "'\\t'";
      case '\n' -> "'\\n'";
      case '\r' -> "'\\r'";
      case '\b' -> "'\\b'";
      case '\f' -> "'\\f'";
      default -> printable(c) ? "'" + c + "'" : String.format("'\\u%04x'", (int) c);
    };
  }

  private static boolean printable(char c) {
    if (c == ' ') {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR -> {
        return false;
      }
      default -> {
        return true;
      }
    }
  }
}
