package flowcdk.connector.webhook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A URL path pattern of a webhook rule, as the Python CDK's router reads it: a path that starts
 * with {@code /}, whose {@code {name}} placeholders match one or more characters other than {@code
 * /} and whose {@code {name:regex}} placeholders match the regular expression; everything else
 * matches itself. A pattern matches a request path whole.
 */
public final class UrlPattern {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final String text;
  private final Pattern compiled;

  /** Each placeholder's name and the number of its group in {@link #compiled}. */
  private final List<Map.Entry<String, Integer>> placeholders;

  private UrlPattern(String text, Pattern compiled, List<Map.Entry<String, Integer>> placeholders) {
    this.text = text;
    this.compiled = compiled;
    this.placeholders = placeholders;
  }

  /**
   * Reads {@code text}.
   *
   * @throws IllegalArgumentException {@code Invalid URL pattern '<text>': <reason>}, the reason
   *     naming what to fix
   */
  public static UrlPattern parse(String text) {
    String problem = problem(text);
    if (problem != null) {
      throw new IllegalArgumentException(
          "Invalid URL pattern " + PythonQuote.repr(text) + ": " + problem);
    }
    List<Map.Entry<String, Integer>> placeholders = new ArrayList<>();
    return new UrlPattern(text, compile(text, placeholders), List.copyOf(placeholders));
  }

  /** What is wrong with {@code text} as a pattern, or null when it is one. */
  static String problem(String text) {
    if (!text.startsWith("/")) {
      return "it must start with '/', such as '/events' or '/hooks/{id}'";
    }
    int at = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '}') {
        return "'}' at position " + at + " closes no placeholder; placeholders are {name}";
      }
      if (c != '{') {
        at++;
        continue;
      }
      int end = placeholderEnd(text, at);
      if (end < 0) {
        return "'{' at position " + at + " has no matching '}'; placeholders are {name}";
      }
      String inside = text.substring(at + 1, end);
      int colon = inside.indexOf(':');
      String name = colon < 0 ? inside : inside.substring(0, colon);
      if (!NAME.matcher(name).matches()) {
        return "placeholder {"
            + inside
            + "} needs a name of letters, digits and '_' that does not start with a digit";
      }
      if (colon >= 0) {
        try {
          Pattern.compile(inside.substring(colon + 1));
        } catch (PatternSyntaxException e) {
          return "placeholder {"
              + inside
              + "} has an invalid regular expression: "
              + e.getDescription();
        }
      }
      at = end + 1;
    }
    return null;
  }

  /** The index of the '}' closing the placeholder opened at {@code open}; braces may nest once. */
  private static int placeholderEnd(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The regular expression of {@code text}; adds each placeholder's name and group number. */
  private static Pattern compile(String text, List<Map.Entry<String, Integer>> placeholders) {
    StringBuilder regex = new StringBuilder();
    int groups = 0;
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf('{', at);
      if (open < 0) {
        regex.append(Pattern.quote(text.substring(at)));
        break;
      }
      if (open > at) {
        regex.append(Pattern.quote(text.substring(at, open)));
      }
      int end = placeholderEnd(text, open);
      String inside = text.substring(open + 1, end);
      int colon = inside.indexOf(':');
      String own = colon < 0 ? "[^{}/]+" : inside.substring(colon + 1);
      placeholders.add(Map.entry(colon < 0 ? inside : inside.substring(0, colon), ++groups));
      // A placeholder's own regular expression may have groups of its own: count them.
      groups += Pattern.compile(own).matcher("").groupCount();
      regex.append('(').append(own).append(')');
      at = end + 1;
    }
    return Pattern.compile(regex.toString());
  }

  /** Whether {@code path} (decoded, without its query string) matches this pattern whole. */
  public boolean matches(String path) {
    return compiled.matcher(path).matches();
  }

  /**
   * The placeholders' values in {@code path}, by name in pattern order (the last value of a name
   * used twice); empty if the path does not match.
   */
  public Map<String, String> values(String path) {
    Matcher matcher = compiled.matcher(path);
    Map<String, String> values = new LinkedHashMap<>();
    if (matcher.matches()) {
      for (Map.Entry<String, Integer> placeholder : placeholders) {
        values.put(placeholder.getKey(), matcher.group(placeholder.getValue()));
      }
    }
    return values;
  }

  /**
   * The segments of pattern {@code text}: between {@code /}s, leading and trailing ones trimmed.
   */
  static List<String> segments(String text) {
    return List.of(text.replaceAll("^/+|/+$", "").split("/", -1));
  }

  /** Whether {@code segment} is a placeholder as a whole, such as {@code {id}}. */
  static boolean isPlaceholder(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  /**
   * How many segments of pattern {@code text} are not whole placeholders: the more, the more
   * specific the pattern.
   */
  static int literalSegments(String text) {
    return (int) segments(text).stream().filter(s -> !isPlaceholder(s)).count();
  }

  /** The pattern as written. */
  @Override
  public String toString() {
    return text;
  }
}
