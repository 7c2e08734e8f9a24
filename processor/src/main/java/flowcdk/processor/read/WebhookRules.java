package flowcdk.processor.read;

import flowcdk.processor.model.WebhookRule;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The checks of webhook match rules, on strings: the same verdicts and messages (the Python CDK's
 * words) as the runtime's {@code UrlPattern.problem}, {@code BodyMatch.problem} and the {@code
 * conflictWith} methods of package {@code flowcdk.connector.webhook}, which the processor cannot
 * depend on. Keep the two in step; {@code WebhookRulesTest} pins the messages.
 */
public final class WebhookRules {

  private WebhookRules() {}

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final Pattern BODY_KEY =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  /**
   * What is wrong with {@code rule}, or null: {@code Invalid URL pattern '...': ...} or {@code
   * Invalid body key '...': ...}. A header rule has none.
   */
  public static String problem(WebhookRule rule) {
    switch (rule.kind()) {
      case URL:
        String problem = WebhookRule.ANY.equals(rule.value()) ? null : urlProblem(rule.value());
        return problem == null
            ? null
            : "Invalid URL pattern " + repr(rule.value()) + ": " + problem;
      case BODY:
        return BODY_KEY.matcher(rule.key()).matches()
            ? null
            : "Invalid body key "
                + repr(rule.key())
                + ": use names of letters, digits and '_' (not starting with a digit) joined by"
                + " '.', such as 'event.type'";
      default:
        return null;
    }
  }

  /**
   * Why {@code a} and {@code b} cannot both route requests (the Python CDK's message), or null when
   * they can. Rules of different kinds never conflict.
   */
  public static String conflict(WebhookRule a, WebhookRule b) {
    if (a.kind() != b.kind()) {
      return null;
    }
    switch (a.kind()) {
      case URL:
        return urlConflict(a.value(), b.value());
      case HEADER:
        return claimConflict("HeaderMatch", a, b);
      default:
        return claimConflict("BodyMatch", a, b);
    }
  }

  private static String claimConflict(String kind, WebhookRule a, WebhookRule b) {
    return a.key().equals(b.key()) && a.value().equals(b.value())
        ? "Only one "
            + kind
            + "(key="
            + repr(a.key())
            + ") can claim the "
            + repr(a.value())
            + " discriminator value"
        : null;
  }

  private static String urlConflict(String mine, String theirs) {
    String any = WebhookRule.ANY;
    if (any.equals(mine) && any.equals(theirs)) {
      return "The '*' wildcard can only be used in one UrlMatch definition";
    }
    if (mine.equals(theirs)) {
      return "Only one UrlMatch can claim the " + repr(mine) + " discriminator value";
    }
    if (any.equals(mine) || any.equals(theirs)) {
      return null;
    }
    List<String> a = segments(mine);
    List<String> b = segments(theirs);
    if (a.size() != b.size()) {
      return null;
    }
    boolean aMoreSpecific = false;
    boolean bMoreSpecific = false;
    for (int i = 0; i < a.size(); i++) {
      boolean aPlaceholder = isPlaceholder(a.get(i));
      boolean bPlaceholder = isPlaceholder(b.get(i));
      if (!aPlaceholder && !bPlaceholder) {
        if (!a.get(i).equals(b.get(i))) {
          return null; // Disjoint: no path matches both.
        }
      } else if (aPlaceholder && !bPlaceholder) {
        bMoreSpecific = true;
      } else if (!aPlaceholder) {
        aMoreSpecific = true;
      }
    }
    return aMoreSpecific ^ bMoreSpecific
        ? null
        : "URL patterns '" + mine + "' and '" + theirs + "' match the same URLs";
  }

  /** What is wrong with {@code text} as a URL path pattern, or null (as {@code UrlPattern}). */
  static String urlProblem(String text) {
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

  private static List<String> segments(String text) {
    return List.of(text.replaceAll("^/+|/+$", "").split("/", -1));
  }

  private static boolean isPlaceholder(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  /**
   * {@code text} quoted as Python's {@code repr} quotes a string: single quotes, or double quotes
   * when it holds a single quote and no double quote; backslashes and the chosen quote escaped.
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
}
