package flowcdk.connector.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a read of a JSON input produced: the items in order, then either the remainder (as
 * JSON text) or the failure (its type and message), so that two reads can be compared whole.
 *
 * @param items the items
 * @param remainder the remainder's JSON text, or {@code null} after a failure
 * @param failure the failure's simple class name and message, or {@code null}
 */
record Outcome<T>(List<T> items, String remainder, String failure) {

  /** Reads all of {@code iterator}, then its remainder, and closes it. */
  static <T> Outcome<T> of(JsonItemIterator<T> iterator) {
    List<T> items = new ArrayList<>();
    try (iterator) {
      while (iterator.hasNext()) {
        items.add(iterator.next());
      }
    } catch (RuntimeException e) {
      return new Outcome<>(items, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return new Outcome<>(items, iterator.remainder().toString(), null);
  }

  /** Reads {@code json} (UTF-8) in one chunk. */
  static <T> Outcome<T> of(JsonItems<T> items, String json) {
    return of(items.iterator(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Reads {@code json} cut into chunks at {@code cuts}. */
  static <T> Outcome<T> of(JsonItems<T> items, byte[] json, int... cuts) {
    return of(items.iterator(new Chunked(json, cuts)));
  }
}
