package flowcdk.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The JSON pointer of the first difference between two JSON values (objects compared by key set).
 */
final class JsonDiff {

  private JsonDiff() {}

  static Optional<String> firstDifference(JsonNode a, JsonNode b) {
    return diff("", a, b);
  }

  private static Optional<String> diff(String path, JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == null && b == null
          ? Optional.empty()
          : Optional.of(path + (a == null ? " (missing in ours)" : " (missing in victools)"));
    }
    if (a.isObject() && b.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        Optional<String> d =
            diff(path + "/" + key.replace("~", "~0").replace("/", "~1"), a.get(key), b.get(key));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (a.isArray() && b.isArray()) {
      Iterator<JsonNode> ia = a.elements();
      Iterator<JsonNode> ib = b.elements();
      for (int i = 0; ia.hasNext() || ib.hasNext(); i++) {
        Optional<String> d =
            diff(path + "/" + i, ia.hasNext() ? ia.next() : null, ib.hasNext() ? ib.next() : null);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0
          ? Optional.empty()
          : Optional.of(path);
    }
    return a.equals(b) ? Optional.empty() : Optional.of(path);
  }
}
