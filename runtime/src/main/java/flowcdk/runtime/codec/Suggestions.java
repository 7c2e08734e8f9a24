package flowcdk.runtime.codec;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" suggestions for misspelled names (properties, options, commands). */
public final class Suggestions {

  /** The largest edit distance at which a name is still suggested. */
  static final int MAX_DISTANCE = 2;

  private Suggestions() {}

  /**
   * The candidate closest to {@code name} by Levenshtein distance ignoring case, if that distance
   * is at most {@link #MAX_DISTANCE}; the first such candidate on ties; otherwise {@code null}.
   */
  public static String closest(String name, Collection<String> candidates) {
    String lowerName = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String candidate : candidates) {
      int distance = distance(lowerName, candidate.toLowerCase(Locale.ROOT), bestDistance);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Levenshtein distance of {@code a} and {@code b}, or {@code limit} if it is at least that. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit);
  }
}
