package flowcdk.common.stream;

import java.util.Objects;

/**
 * A prefix of the Python CDK's language, matched the way its JSON event parser (ijson) matches it:
 * a value's path is its object keys and {@code item} (for array elements) joined with {@code .},
 * the top-level value's path is {@code ""}, and a value is at the prefix when its path, as a
 * string, equals the prefix.
 *
 * <p>Matching the joined string rather than component by component is what keeps ijson's corner
 * cases: a member named {@code item} matches the component {@code item} like an array element does,
 * and a member whose name contains dots matches several components ({@code {"a.b": 1}} has the
 * value 1 at {@code a.b}, as {@code {"a": {"b": 1}}} does).
 *
 * <p>Paths are matched incrementally as the parser descends: a position is how much of the prefix
 * the path so far equals (the path is then a string prefix of it), or {@link #NO_MATCH}.
 */
public final class JsonPrefix {

  /** The position of a path that is not a string prefix of the prefix: nothing under it matches. */
  public static final int NO_MATCH = -1;

  /** The position of the top-level value, whose path is {@code ""}. */
  public static final int ROOT = 0;

  /** The component of an array element. */
  private static final String ITEM = "item";

  private final String text;

  private JsonPrefix(String text) {
    this.text = text;
  }

  /**
   * Checks and keeps {@code prefix}.
   *
   * @throws IllegalArgumentException if a component is empty ({@code a..b}, {@code .a}, {@code
   *     a.}), which no path the parser makes can match
   */
  public static JsonPrefix of(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (!prefix.isEmpty()
        && (prefix.startsWith(".") || prefix.endsWith(".") || prefix.contains(".."))) {
      throw new IllegalArgumentException(
          "the prefix \""
              + prefix
              + "\" has an empty component: a prefix is object keys joined with '.', with 'item'"
              + " for an array element (e.g. \"records.item\"), or \"\" for each top-level value;"
              + " it neither starts nor ends with '.' and has no '..'");
    }
    return new JsonPrefix(prefix);
  }

  /** The prefix as written. */
  public String text() {
    return text;
  }

  /** Whether a value at {@code position} is at the prefix. */
  public boolean matches(int position) {
    return position == text.length();
  }

  /**
   * The position of an element of the array at {@code position}.
   *
   * @param depth how many containers enclose the array (0 for a top-level array)
   */
  public int element(int position, int depth) {
    return step(position, depth, ITEM);
  }

  /**
   * The position of the member {@code key} of the object at {@code position}.
   *
   * @param depth how many containers enclose the object (0 for a top-level object)
   */
  public int member(int position, int depth, String key) {
    return step(position, depth, key);
  }

  private int step(int position, int depth, String component) {
    if (position == NO_MATCH) {
      return NO_MATCH;
    }
    // The top-level value's path is empty, so its children's paths have no leading '.'.
    int at = position;
    if (depth > 0) {
      if (at >= text.length() || text.charAt(at) != '.') {
        return NO_MATCH;
      }
      at++;
    }
    return text.startsWith(component, at) ? at + component.length() : NO_MATCH;
  }

  @Override
  public String toString() {
    return text;
  }
}
