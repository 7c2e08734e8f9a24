package flowcdk.common.strategy;

import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.task.DocumentWriter;

/**
 * The {@link Sink} of a blocking fetch (JDBC-style sources), used from the worker thread the fetch
 * runs on. Documents go into the task's pending transaction as with {@link Sink}.
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
}
