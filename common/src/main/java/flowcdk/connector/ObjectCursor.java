package flowcdk.connector;

import flowcdk.connector.state.PageCursor;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Object page cursors (docs/strategies.md#page-cursors): the first object a backfill gives becomes
 * the cursor; later ones are JSON merge patches to it, applied in memory here and checkpointed as
 * the patch alone (Flow applies the same patch to the stored state).
 *
 * <p>The in-memory merge reproduces the Python CDK's helper (docs/runtime.md#json-merge-patch),
 * QUIRK included: an object put under a key that is absent (or not an object) in the cursor is
 * stored as given, with any {@code null} members inside it, where RFC 7396 would strip them. Flow's
 * own reduction strips them, so the in-memory and stored cursors can differ in that corner; we keep
 * the Python behaviour so a fetch function sees the cursors it would see under the Python CDK.
 */
final class ObjectCursor {

  private ObjectCursor() {}

  /**
   * The in-memory cursor after {@code patch} (an object) is given while the cursor is {@code
   * previous} ({@code null} when absent).
   *
   * @throws IllegalArgumentException if {@code patch} is not an object
   * @throws IllegalStateException if {@code previous} is a string or an integer
   */
  static PageCursor apply(PageCursor previous, RawJson patch) {
    if (!patch.isObject()) {
      throw new IllegalArgumentException(
          "an object page cursor must be a JSON object, got " + patch);
    }
    if (previous == null || previous.isNone()) {
      return new PageCursor(patch);
    }
    if (!previous.json().isObject()) {
      String type = previous.json().toString().startsWith("\"") ? "a string" : "a number";
      throw new IllegalStateException(
          "Implementation error: Fetch.Page gave an object PageCursor (a Map patch) but the"
              + " previous PageCursor was "
              + type);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> target = (Map<String, Object>) JsonValues.read(previous.json());
    @SuppressWarnings("unchecked")
    Map<String, Object> changes = (Map<String, Object>) JsonValues.read(patch);
    return new PageCursor(JsonValues.toRawJson(merge(target, changes)));
  }

  /** Merges {@code patch} into {@code target} (modified and returned). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> merge(Map<String, Object> target, Map<String, Object> patch) {
    for (Map.Entry<String, Object> entry : patch.entrySet()) {
      Object value = entry.getValue();
      Object existing = target.get(entry.getKey());
      if (value == null) {
        target.remove(entry.getKey());
      } else if (value instanceof Map<?, ?> nested && existing instanceof Map<?, ?> into) {
        target.put(
            entry.getKey(),
            merge(new LinkedHashMap<>((Map<String, Object>) into), (Map<String, Object>) nested));
      } else {
        target.put(entry.getKey(), value); // QUIRK (see above): a new object keeps its null members
      }
    }
    return target;
  }
}
