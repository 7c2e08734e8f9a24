package flowcdk.connector;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks of snapshot tombstones at open (docs/strategies.md#tombstones,
 * docs/strategies.md#snapshot-subtasks), with the Python CDK's checks in Java words. A tombstone is
 * the document emitted, with {@code _meta.op = "d"} and the row's {@code _meta.row_id}, for each
 * row a snapshot no longer has; it must already carry every other collection key field so the
 * deletion reaches the right document.
 */
final class Tombstones {

  /** The row pointer every snapshot key has; the strategy sets it. */
  static final String ROW_ID = ResourceSpec.SNAPSHOT_KEY;

  /** The default tombstone: a base document whose {@code _meta.op} is {@code "d"}. */
  static final RawJson DEFAULT = RawJson.parse("{\"_meta\":{\"op\":\"d\"}}");

  private Tombstones() {}

  /**
   * Checks that {@code tombstone} sets every pointer of {@code key} other than {@link #ROW_ID}.
   * Pointers are split on {@code /} without unescaping {@code ~0}/{@code ~1}, as in Python.
   */
  static void checkPreset(List<String> key, RawJson tombstone) {
    Object document = JsonValues.read(tombstone);
    for (String pointer : key) {
      if (pointer.equals(ROW_ID)) {
        continue;
      }
      if (!isSet(document, pointer)) {
        throw new IllegalStateException(
            "A snapshot tombstone must have every collection key field other than"
                + " /_meta/row_id pre-set, but "
                + pointer
                + " is unset. Key: "
                + pythonList(key)
                + ", tombstone: "
                + tombstone);
      }
    }
  }

  /**
   * Checks subtask tombstones against the subtask ids and the key
   * (docs/strategies.md#snapshot-subtasks).
   */
  static void checkSubtasks(
      List<String> key, Set<String> subtaskIds, Map<String, RawJson> tombstones) {
    if (key.size() <= 1) {
      throw new IllegalStateException(
          "A Fetch.Snapshot subtask requires a compound collection key containing"
              + " /_meta/row_id plus a subtask discriminator. Got: "
              + pythonList(key));
    }
    if (tombstones == null || !tombstones.keySet().equals(subtaskIds)) {
      throw new IllegalStateException(
          "Fetch.Snapshot subtasks require a Map of tombstones with the same keys (the subtask"
              + " ids), each carrying the subtask discriminator");
    }
    List<String> discriminators = new ArrayList<>();
    for (RawJson tombstone : tombstones.values()) {
      checkPreset(key, tombstone);
      Object document = JsonValues.read(tombstone);
      List<Object> values =
          key.stream().filter(p -> !p.equals(ROW_ID)).map(p -> valueAt(document, p)).toList();
      discriminators.add(JsonValues.toRawJson(values).toString());
    }
    if (new HashSet<>(discriminators).size() != discriminators.size()) {
      throw new IllegalStateException(
          "Fetch.Snapshot subtask tombstones must carry distinct key discriminator values,"
              + " one per subtask. Got: "
              + discriminators);
    }
  }

  private static boolean isSet(Object document, String pointer) {
    Object at = document;
    for (String part : parts(pointer)) {
      if (!(at instanceof Map<?, ?> map) || !map.containsKey(part)) {
        return false;
      }
      at = map.get(part);
    }
    return true;
  }

  private static Object valueAt(Object document, String pointer) {
    Object at = document;
    for (String part : parts(pointer)) {
      at = at instanceof Map<?, ?> map ? map.get(part) : null;
    }
    return at;
  }

  private static List<String> parts(String pointer) {
    List<String> parts = new ArrayList<>(List.of(pointer.split("/", -1)));
    if (!parts.isEmpty() && parts.get(0).isEmpty()) {
      parts.remove(0);
    }
    return parts;
  }

  /** A list of strings as Python prints it: {@code ['/a', '/b']}. */
  static String pythonList(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ", "[", "]"));
  }
}
