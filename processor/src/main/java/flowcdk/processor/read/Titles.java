package flowcdk.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Derives schema titles from JSON names as Estuary's Python connectors show them: words split at
 * underscores (and, for Java-style names, at camel-case humps), each capitalized: {@code
 * start_date} and {@code startDate} both become "Start Date", {@code client_id} "Client Id".
 */
public final class Titles {

  private Titles() {}

  /** The title for {@code jsonName}. */
  public static String of(String jsonName) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < jsonName.length(); i++) {
      char c = jsonName.charAt(i);
      boolean hump =
          Character.isUpperCase(c) && i > 0 && Character.isLowerCase(jsonName.charAt(i - 1));
      if (c == '_' || c == '-' || c == ' ' || hump) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
        if (!hump) {
          continue;
        }
      }
      word.append(c);
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    List<String> titled = new ArrayList<>();
    for (String w : words) {
      titled.add(
          w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT));
    }
    return String.join(" ", titled);
  }
}
