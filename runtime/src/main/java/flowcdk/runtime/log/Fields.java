package flowcdk.runtime.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The structured {@code fields} of one log line: an ordered list of names and values.
 *
 * <p>Values may be {@code null}, strings, numbers, booleans, {@link flowcdk.runtime.json.RawJson},
 * collections, arrays, maps with string keys, or anything else (written as its {@code toString()}).
 * Instances are immutable; {@link #with(String, Object)} returns a copy with one more field.
 */
public final class Fields {

  /** No fields. */
  public static final Fields NONE = new Fields(List.of());

  private final List<Map.Entry<String, Object>> entries;

  private Fields(List<Map.Entry<String, Object>> entries) {
    this.entries = entries;
  }

  /** One field. */
  public static Fields of(String name, Object value) {
    return NONE.with(name, value);
  }

  /** Two fields, in this order. */
  public static Fields of(String name1, Object value1, String name2, Object value2) {
    return of(name1, value1).with(name2, value2);
  }

  /** Three fields, in this order. */
  public static Fields of(
      String name1, Object value1, String name2, Object value2, String name3, Object value3) {
    return of(name1, value1, name2, value2).with(name3, value3);
  }

  /** A copy with {@code name} set to {@code value} after the existing fields. */
  public Fields with(String name, Object value) {
    List<Map.Entry<String, Object>> copy = new ArrayList<>(entries.size() + 1);
    copy.addAll(entries);
    copy.add(new java.util.AbstractMap.SimpleImmutableEntry<>(name, value));
    return new Fields(Collections.unmodifiableList(copy));
  }

  /** The fields in order. */
  public List<Map.Entry<String, Object>> entries() {
    return entries;
  }

  /** Whether there are no fields. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
