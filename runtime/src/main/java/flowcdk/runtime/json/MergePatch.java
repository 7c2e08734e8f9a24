package flowcdk.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Merge Patch on {@link RawJson} values, in two flavours:
 *
 * <ul>
 *   <li>{@link #apply}: RFC 7396 exactly, as Flow reduces {@code mergePatch: true} checkpoints into
 *       the persisted connector state. Use it to compute the state a run leaves behind.
 *   <li>{@link #applyInMemory}: the Python CDK's in-memory helper
 *       (docs/runtime.md#json-merge-patch), which differs in one corner (QUIRK, reproduced
 *       deliberately): a patch object put under a key that is absent, or not an object, in the
 *       target is stored as it is, <em>keeping</em> its {@code null} members, where RFC 7396 would
 *       strip them. Use it only where the Python CDK uses its helper (object page cursors held in
 *       memory), so in-memory cursors match Python's.
 * </ul>
 *
 * Both keep member order: existing members stay where they are, new members are appended in patch
 * order. Non-object values (strings, numbers, arrays) are copied byte for byte.
 */
public final class MergePatch {

  private MergePatch() {}

  /**
   * Applies {@code patch} to {@code target} per RFC 7396: objects merge recursively, a {@code null}
   * member deletes the key, anything else (arrays, scalars) replaces. A non-object patch replaces
   * the whole target; a non-object target is treated as {@code {}} under an object patch.
   */
  public static RawJson apply(RawJson target, RawJson patch) {
    return write(merge(read(target), read(patch), false));
  }

  /**
   * Applies {@code patch} to {@code target} like the Python CDK's in-memory helper: as {@link
   * #apply}, except that a patch object is stored unchanged (with its {@code null} members) where
   * the target has no object to merge into. At the top level, a non-object target likewise yields
   * the patch object unchanged.
   */
  public static RawJson applyInMemory(RawJson target, RawJson patch) {
    return write(merge(read(target), read(patch), true));
  }

  // A value is a LinkedHashMap<String, Object> (object) or a RawJson (anything else, incl. null).

  private static Object merge(Object target, Object patch, boolean quirk) {
    if (!(patch instanceof Map<?, ?> patchMembers)) {
      return patch;
    }
    if (!(target instanceof Map<?, ?>)) {
      if (quirk) {
        return patch;
      }
      target = new LinkedHashMap<String, Object>();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> result = new LinkedHashMap<>((Map<String, Object>) target);
    for (Map.Entry<?, ?> member : patchMembers.entrySet()) {
      String key = (String) member.getKey();
      Object value = member.getValue();
      if (value instanceof RawJson raw && raw.isNull()) {
        result.remove(key);
      } else {
        result.put(key, merge(result.get(key), value, quirk));
      }
    }
    return result;
  }

  private static Object read(RawJson json) {
    try (JsonParser p = json.parser()) {
      p.nextToken();
      return read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object read(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return RawJson.copyOf(p);
    }
    Map<String, Object> members = new LinkedHashMap<>();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      members.put(field, read(p));
    }
    return members;
  }

  private static RawJson write(Object value) {
    if (value instanceof RawJson raw) {
      return raw;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(128);
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RawJson.trusted(out.toByteArray());
  }

  private static void write(JsonGenerator g, Object value) throws IOException {
    if (value instanceof RawJson raw) {
      raw.writeTo(g);
      return;
    }
    g.writeStartObject();
    for (Map.Entry<?, ?> member : ((Map<?, ?>) value).entrySet()) {
      g.writeFieldName((String) member.getKey());
      write(g, member.getValue());
    }
    g.writeEndObject();
  }
}
