package flowcdk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.runtime.Connector;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.MergePatch;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.launch.ConnectorRuntime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test support: running a capture in-process, splitting a transcript per binding, and reducing its
 * checkpoints into a state.
 */
final class Transcripts {

  /** Where wall-clock values are replaced on both sides of a comparison. */
  static final String WALL_CLOCK = "<wall-clock>";

  private Transcripts() {}

  /** Parses JSON text into plain values (maps, lists, strings, numbers, booleans, null). */
  static Object parse(String json) {
    return JsonValues.read(RawJson.parse(json));
  }

  /** Writes plain values as compact JSON. */
  static String write(Object value) {
    return JsonValues.toRawJson(value).toString();
  }

  /** The member at {@code path} of nested objects, or null. */
  @SuppressWarnings("unchecked")
  static Object at(Object value, String... path) {
    for (String name : path) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = ((Map<String, Object>) map).get(name);
    }
    return value;
  }

  /**
   * The recorded Open request {@code file} with its {@code open.state} replaced by {@code state}
   * (JSON) and its config members overridden by {@code config}, as one line.
   */
  @SuppressWarnings("unchecked")
  static String request(String file, String state, Map<String, Object> config) {
    Map<String, Object> request = (Map<String, Object>) parse(Fixtures.read(file));
    Map<String, Object> open = (Map<String, Object>) request.get("open");
    open.put("state", parse(state));
    ((Map<String, Object>) at(open, "capture", "config")).putAll(config);
    return write(request);
  }

  /** The state keys of the request's bindings, by binding index. */
  @SuppressWarnings("unchecked")
  static List<String> stateKeys(String request) {
    List<String> keys = new ArrayList<>();
    for (Object binding : (List<Object>) at(parse(request), "open", "capture", "bindings")) {
      keys.add((String) at(binding, "stateKey"));
    }
    return keys;
  }

  /**
   * Runs {@code connector} in-process on {@code request}; expects exit status 0; its stdout lines.
   */
  static List<String> run(Connector connector, String request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        ConnectorRuntime.run(
            connector,
            RuntimeOptions.defaults().withSignalHandling(false),
            new ByteArrayInputStream((request + "\n").getBytes(StandardCharsets.UTF_8)),
            out);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(0, status, () -> "exit status; stdout:\n" + String.join("\n", lines));
    return lines;
  }

  /**
   * The transcript split per binding: for each state key, in order, its documents (the {@code
   * captured} lines, byte for byte) and the checkpoints naming it in {@code bindingStateV1} (just
   * that key's part, wall-clock values normalized). Lines that belong to no binding (opened,
   * checkpoints of other parts of the state) go under the key {@code ""}.
   */
  @SuppressWarnings("unchecked")
  static Map<String, List<String>> perBinding(List<String> lines, List<String> stateKeys) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String line : lines) {
      Map<String, Object> message = (Map<String, Object>) parse(line);
      if (message.containsKey("captured")) {
        int binding = ((Long) at(message, "captured", "binding")).intValue();
        out.computeIfAbsent(stateKeys.get(binding), k -> new ArrayList<>()).add(line);
      } else if (message.containsKey("checkpoint")) {
        Map<String, Object> updated =
            (Map<String, Object>) at(message, "checkpoint", "state", "updated");
        Object merge = at(message, "checkpoint", "state", "mergePatch");
        Map<String, Object> rest = new LinkedHashMap<>(updated);
        Object states = rest.remove("bindingStateV1");
        if (states instanceof Map<?, ?> byKey) {
          for (Map.Entry<String, Object> entry : ((Map<String, Object>) byKey).entrySet()) {
            out.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                .add("checkpoint " + merge + " " + write(normalize(entry.getValue())));
          }
        }
        if (!rest.isEmpty() || !(states instanceof Map<?, ?>)) {
          out.computeIfAbsent("", k -> new ArrayList<>())
              .add("checkpoint " + merge + " " + write(rest));
        }
      } else {
        out.computeIfAbsent("", k -> new ArrayList<>()).add(line);
      }
    }
    return out;
  }

  /**
   * Reduces the checkpoints of {@code lines} (RFC 7396 merge patches, or replacements when {@code
   * mergePatch} is false) into {@code state}.
   */
  static String reduce(String state, List<String> lines) {
    RawJson reduced = RawJson.parse(state);
    for (String line : lines) {
      if (!line.startsWith("{\"checkpoint\"")) {
        continue;
      }
      Object checkpoint = parse(line);
      RawJson updated = JsonValues.toRawJson(at(checkpoint, "checkpoint", "state", "updated"));
      reduced =
          Boolean.TRUE.equals(at(checkpoint, "checkpoint", "state", "mergePatch"))
              ? MergePatch.apply(reduced, updated)
              : updated;
    }
    return reduced.toString();
  }

  /**
   * A connector state (JSON) with every binding's wall-clock values normalized, as plain values.
   */
  @SuppressWarnings("unchecked")
  static Object normalizeState(String state) {
    Map<String, Object> value = (Map<String, Object>) parse(state);
    if (value.get("bindingStateV1") instanceof Map<?, ?> byKey) {
      ((Map<String, Object>) byKey).replaceAll((key, binding) -> normalize(binding));
    }
    return value;
  }

  /**
   * One binding's state (or patch) with {@code last_initialized} and {@code snapshot.updated_at}
   * (also per snapshot subtask) replaced by {@link #WALL_CLOCK}.
   */
  @SuppressWarnings("unchecked")
  static Object normalize(Object bindingState) {
    if (!(bindingState instanceof Map<?, ?> map)) {
      return bindingState;
    }
    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
    if (copy.get("last_initialized") != null) {
      copy.put("last_initialized", WALL_CLOCK);
    }
    if (copy.get("snapshot") instanceof Map<?, ?> snapshot) {
      Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) snapshot);
      if (s.get("updated_at") != null) {
        s.put("updated_at", WALL_CLOCK);
      } else {
        s.replaceAll(
            (id, sub) -> {
              if (sub instanceof Map<?, ?> subMap && subMap.get("updated_at") != null) {
                Map<String, Object> c = new LinkedHashMap<>((Map<String, Object>) subMap);
                c.put("updated_at", WALL_CLOCK);
                return c;
              }
              return sub;
            });
      }
      copy.put("snapshot", s);
    }
    return copy;
  }
}
