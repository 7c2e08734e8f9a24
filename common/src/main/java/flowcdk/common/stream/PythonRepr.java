package flowcdk.common.stream;

/**
 * Values written as Python's {@code repr} writes them, so that messages about a CSV dialect read
 * like the Python CDK's ({@code delimiter=',', quotechar='"', strict=True}).
 */
public final class PythonRepr {

  private PythonRepr() {}

  /** {@code True} or {@code False}. */
  public static String of(boolean value) {
    return value ? "True" : "False";
  }

  /** A one-character Python string literal, e.g. {@code ','}, {@code '\t'} or {@code "'"}. */
  public static String of(char c) {
    return of(String.valueOf(c));
  }

  /**
   * A Python string literal: single-quoted unless the text holds a single quote and no double
   * quote; backslashes, line breaks, tabs and other unprintable characters escaped.
   */
  public static String of(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == quote || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (printable(c)) {
        out.append(c);
      } else if (c < 0x100) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append(quote).toString();
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
