package flowcdk.common.strategy;

import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.task.DocumentWriter;

/**
 * Where a fetch function puts documents. Documents go straight into the running task's pending
 * transaction, so a page can be streamed without being held in memory; they are committed by the
 * next cursor the function gives its sink.
 */
public interface Sink {

  /** A document for this binding, already JSON (must be an object). */
  void document(RawJson document);

  /** A document for this binding, serialized straight into the task's buffer. */
  void document(DocumentWriter writer);

  /** A typed document for this binding, written with its generated codec. */
  default <T> void document(T document, JsonCodec<T> codec) {
    document(g -> codec.write(g, document));
  }

  /**
   * A document for another binding (by its index in the Open request), committed atomically with
   * this binding's next checkpoint; the other binding's state is untouched
   * (docs/strategies.md#documents-for-other-bindings).
   */
  void documentFor(int binding, RawJson document);

  /**
   * Declares this binding's document schema as the source now has it (e.g. after a column was added
   * or changed type): a {@code sourcedSchema} response, committed with the binding's next
   * checkpoint like the documents given so far. Flow widens the collection's schema by union with
   * it, so give it in the same transaction as, or an earlier one than, the first document of the
   * new shape. Repeating an unchanged schema is harmless; it is not part of a snapshot's digest,
   * and a snapshot pass that emits nothing because the table is unchanged still commits it
   * (docs/strategies.md#sourced-schemas).
   *
   * @param schema a JSON schema (an object), written as given
   * @throws IllegalArgumentException if {@code schema} is not a JSON object
   */
  void sourcedSchema(RawJson schema);
}
