package flowcdk.common.strategy;

import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.DocumentWriter;
import flowcdk.runtime.task.StopSignal;

/**
 * The {@link Sink} of a blocking fetch (JDBC-style sources), used from the worker thread the fetch
 * runs on. Documents go into the task's pending transaction as with {@link Sink}.
 *
 * <p>Once the capture is stopping, every call throws a {@link CaptureStoppedException} (and a
 * checkpoint waiting for stdout is woken with one): let it propagate, the fetch then ends without
 * error and its uncommitted documents are captured again at the next start. A call blocked in the
 * source is cancelled with {@link #onStop(CancelAction)}.
 */
public interface BlockingSink {

  /** A document for this binding, already JSON (must be an object). */
  void document(RawJson document);

  /** A document for this binding, serialized straight into the task's buffer. */
  void document(DocumentWriter writer);

  /** A typed document for this binding, written with its generated codec. */
  default <T> void document(T document, JsonCodec<T> codec) {
    document(g -> codec.write(g, document));
  }

  /**
   * A document for another binding, committed with this binding's next checkpoint
   * (docs/strategies.md#documents-for-other-bindings).
   */
  void documentFor(int binding, RawJson document);

  /**
   * Declares this binding's current document schema, committed with its next checkpoint: see {@link
   * Sink#sourcedSchema(RawJson)}.
   *
   * @param schema a JSON schema (an object), written as given
   * @throws IllegalArgumentException if {@code schema} is not a JSON object
   */
  void sourcedSchema(RawJson schema);

  /**
   * Registers {@code cancel} to run once if the capture stops before the returned registration is
   * closed, so a blocking call waiting on the source (a query on a locked table) ends at once
   * instead of holding the stop. Close it when the call is over, with try-with-resources:
   *
   * <pre>{@code
   * try (PreparedStatement statement = connection.prepareStatement(sql);
   *     StopSignal.Registration cancel = sink.onStop(statement::cancel);
   *     ResultSet rows = statement.executeQuery()) {
   *   while (rows.next()) {
   *     sink.document(Rows.document(rows, columns));
   *   }
   * }
   * }</pre>
   *
   * Once the action has run, the fetch's failure (e.g. the driver's "statement cancelled" {@code
   * SQLException}) is taken as the stop, not as an error. Registrations still open when the fetch
   * returns are closed then, so none outlives its fetch. Sinks outside a capture (tests' own sinks)
   * ignore the action.
   */
  default StopSignal.Registration onStop(CancelAction cancel) {
    return () -> {};
  }
}
