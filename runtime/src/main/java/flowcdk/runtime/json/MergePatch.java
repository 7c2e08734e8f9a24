package flowcdk.runtime.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON merge patch (RFC 7396), the way Flow reduces a checkpoint's {@code mergePatch: true} state
 * update into the connector state: objects merge member by member, a {@code null} member deletes
 * the key, and anything else (arrays, strings, numbers, booleans) replaces the target value whole.
 *
 * <p>Works on the small tree of {@link JsonValues}; meant for states and tools, not for documents.
 */
public final class MergePatch {

  private MergePatch() {}

  /**
   * Applies {@code patch} to {@code target}.
   *
   * @param target the value to patch (any JSON value)
   * @param patch the merge patch (any JSON value; a non-object replaces the target)
   * @return the patched value, compact; member order is the target's, then new members in the
   *     patch's order
   */
  public static RawJson apply(RawJson target, RawJson patch) {
    if (!patch.isObject()) {
      return patch;
    }
    return JsonValues.toRawJson(apply(JsonValues.read(target), JsonValues.read(patch)));
  }

  /**
   * Applies {@code patch} to {@code target}, both plain values as {@link JsonValues} reads them.
   * Neither argument is modified.
   *
   * @param target the value to patch, or null
   * @param patch the merge patch
   * @return the patched value
   */
  public static Object apply(Object target, Object patch) {
    if (!(patch instanceof Map<?, ?> members)) {
      return patch;
    }
    Map<String, Object> result = new LinkedHashMap<>();
    if (target instanceof Map<?, ?> existing) {
      existing.forEach((name, value) -> result.put(String.valueOf(name), value));
    }
    for (Map.Entry<?, ?> member : members.entrySet()) {
      String name = String.valueOf(member.getKey());
      if (member.getValue() == null) {
        result.remove(name);
      } else {
        result.put(name, apply(result.get(name), member.getValue()));
      }
    }
    return result;
  }
}
