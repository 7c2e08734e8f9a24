package flowcdk.connector;

import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.StateJson;

/**
 * The rules every cursor a {@link Fetch.Changes} gives must pass against the current one
 * (docs/strategies.md#cursor-rules): offsets after offsets and points in time after points in time
 * must be strictly greater; string tokens after string tokens are accepted without an order check;
 * any other pairing is a type error. As in the Python CDK (a QUIRK reproduced on purpose), integer
 * tokens ({@code [7]}) always fail the type check.
 */
final class CursorRules {

  private CursorRules() {}

  /**
   * Checks {@code next} against {@code current}.
   *
   * @throws IllegalStateException naming both cursors on a type or order error
   */
  static void check(LogCursor current, LogCursor next) {
    boolean larger;
    if (next instanceof LogCursor.Offset n && current instanceof LogCursor.Offset c) {
      larger = n.value() > c.value();
    } else if (next instanceof LogCursor.At n && current instanceof LogCursor.At c) {
      larger = n.instant().isAfter(c.instant());
    } else if (next instanceof LogCursor.Token n
        && current instanceof LogCursor.Token c
        && n.value() instanceof String
        && c.value() instanceof String) {
      larger = true;
    } else {
      throw new IllegalStateException(
          "Implementation error: Fetch.Changes checkpointed LogCursor "
              + PythonText.cursor(next)
              + " of a different type than the last LogCursor "
              + PythonText.cursor(current));
    }
    if (!larger) {
      throw new IllegalStateException(
          "Implementation error: Fetch.Changes checkpointed LogCursor "
              + PythonText.cursor(next)
              + " which is not greater than the last LogCursor "
              + PythonText.cursor(current));
    }
  }

  /**
   * Checks that {@code cursor}, given by {@code fetch} (e.g. {@code Fetch.Changes}), reads back
   * from the connector state as the same cursor, so a checkpoint holding it can be resumed from
   * (docs/strategies.md#cursor-rules).
   *
   * @throws IllegalStateException naming the binding, the cursor and what to do, if it does not
   */
  static void checkResumable(Worker worker, String fetch, LogCursor cursor) {
    try {
      StateJson.requireRoundTrip(cursor);
    } catch (IllegalArgumentException e) {
      throw unresumable(worker, fetch + " gave LogCursor " + cursor, e);
    }
  }

  /** Like {@link #checkResumable(Worker, String, LogCursor)}, for a page cursor (or patch). */
  static void checkResumable(Worker worker, String fetch, PageCursor cursor) {
    try {
      StateJson.requireRoundTrip(cursor);
    } catch (IllegalArgumentException e) {
      throw unresumable(worker, fetch + " gave PageCursor " + cursor, e);
    }
  }

  private static IllegalStateException unresumable(
      Worker worker, String given, IllegalArgumentException e) {
    return new IllegalStateException(
        given
            + " for binding "
            + worker.binding().taskPrefix()
            + " (state key "
            + worker.stateKey()
            + (worker.subtaskId() == null ? "" : ", subtask " + worker.subtaskId())
            + "), which cannot be checkpointed: "
            + e.getMessage()
            + ". No checkpoint was written, so the binding resumes from its last checkpoint; make"
            + " the fetch function give cursors the connector state can hold"
            + " (docs/strategies.md#cursor-rules)",
        e);
  }
}
