package flowcdk.docs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a Markdown page tells the reader to create: each fenced code block right after a {@code
 * <!-- file: path -->} comment, by path, in the order they appear.
 */
final class Snippets {

  private static final Pattern FILE_BLOCK =
      Pattern.compile("<!-- file: (\\S+) -->\\n```[a-z]*\\n(.*?)\\n```\\n", Pattern.DOTALL);

  private Snippets() {}

  /** The files of {@code markdown}; fails if a path appears twice or there is none. */
  static Map<String, String> files(String markdown) {
    Map<String, String> files = new LinkedHashMap<>();
    Matcher matcher = FILE_BLOCK.matcher(markdown);
    while (matcher.find()) {
      String path = matcher.group(1);
      if (files.put(path, matcher.group(2) + "\n") != null) {
        throw new IllegalArgumentException("the page gives file " + path + " twice");
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "the page has no '<!-- file: path -->' comment followed by a fenced code block");
    }
    return files;
  }
}
