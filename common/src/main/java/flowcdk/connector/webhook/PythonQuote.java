package flowcdk.connector.webhook;

/** Text quoted as Python's {@code repr} quotes a string, and the messages that quote it. */
final class PythonQuote {

  private PythonQuote() {}

  /**
   * {@code text} in single quotes, or double quotes when it holds a single quote and no double
   * quote; backslashes and the chosen quote escaped.
   */
  static String repr(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == quote) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append(quote).toString();
  }

  /**
   * Two rules of kind {@code kind} (such as {@code HeaderMatch}) that claim the same value of the
   * same key: the Python CDK's message, or null when the keys or values differ.
   */
  static String claimConflict(
      String kind, String key, String value, String otherKey, String otherValue) {
    return key.equals(otherKey) && value.equals(otherValue)
        ? "Only one "
            + kind
            + "(key="
            + repr(key)
            + ") can claim the "
            + repr(value)
            + " discriminator value"
        : null;
  }
}
