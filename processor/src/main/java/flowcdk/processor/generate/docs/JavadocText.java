package flowcdk.processor.generate.docs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Javadoc comment's first paragraph, or its {@code @param} texts, as lines of Markdown. */
final class JavadocText {

  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(code|literal|link|linkplain)\\s");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

  private JavadocText() {}

  /**
   * The first paragraph of {@code comment} (what {@code Elements.getDocComment} returns; null for
   * none), with {@code {@code x}} and {@code {@link X}} as code spans and HTML tags removed; empty
   * when there is no comment.
   */
  static String firstParagraph(String comment) {
    if (comment == null) {
      return "";
    }
    StringBuilder paragraph = new StringBuilder();
    for (String line : comment.split("\n", -1)) {
      String text = line.strip();
      if (text.startsWith("@") || text.startsWith("<p>") && paragraph.length() > 0) {
        break;
      }
      if (text.isEmpty()) {
        if (paragraph.length() > 0) {
          break;
        }
        continue;
      }
      paragraph.append(paragraph.length() == 0 ? "" : " ").append(text);
    }
    return inline(paragraph.toString());
  }

  /** The {@code @param} texts of {@code comment} (null for none), by parameter name. */
  static Map<String, String> params(String comment) {
    Map<String, String> params = new LinkedHashMap<>();
    if (comment == null) {
      return params;
    }
    String name = null;
    StringBuilder text = new StringBuilder();
    for (String line : comment.split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.startsWith("@")) {
        if (name != null) {
          params.put(name, inline(text.toString()));
        }
        name = null;
        text.setLength(0);
        String[] words = stripped.split("\\s+", 3);
        if (words[0].equals("@param") && words.length >= 2) {
          name = words[1];
          text.append(words.length == 3 ? words[2] : "");
        }
      } else if (name != null && !stripped.isEmpty()) {
        text.append(' ').append(stripped);
      }
    }
    if (name != null) {
      params.put(name, inline(text.toString()));
    }
    return params;
  }

  /** Replaces the inline tags, whose bodies may hold balanced braces ({@code {shop}}). */
  private static String inline(String text) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    Matcher tag = INLINE_TAG.matcher(text);
    while (tag.find(at)) {
      int depth = 1;
      int end = tag.end();
      for (; end < text.length() && depth > 0; end++) {
        depth += text.charAt(end) == '{' ? 1 : text.charAt(end) == '}' ? -1 : 0;
      }
      String body = text.substring(tag.end(), depth == 0 ? end - 1 : end).strip();
      if (tag.group(1).startsWith("link")) {
        int label = body.indexOf(' ');
        body = label > 0 ? body.substring(label + 1) : body.replace('#', '.');
      }
      out.append(text, at, tag.start()).append('`').append(body).append('`');
      at = end;
    }
    out.append(text.substring(at));
    return HTML_TAG.matcher(out).replaceAll("").replaceAll("\\s+", " ").strip();
  }
}
