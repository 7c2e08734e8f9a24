package flowcdk.connector.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One kind of progress in a resource state: either a single state, or one per subtask (a map from
 * subtask id to state, where a {@code null} entry means that subtask is done).
 *
 * @param <T> the state type
 */
public sealed interface Slot<T> permits Slot.Single, Slot.Subtasks {

  /** A single state. */
  record Single<T>(T state) implements Slot<T> {
    /** Checks the state. */
    public Single {
      Objects.requireNonNull(state, "state");
    }
  }

  /** States per subtask id, in insertion order; values may be {@code null}. */
  record Subtasks<T>(Map<String, T> states) implements Slot<T> {
    /** Copies the map (keeping nulls and order). */
    public Subtasks {
      states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }
  }

  /** A single state. */
  static <T> Slot<T> of(T state) {
    return new Single<>(state);
  }

  /** Per-subtask states. */
  static <T> Slot<T> subtasks(Map<String, T> states) {
    return new Subtasks<>(states);
  }
}
