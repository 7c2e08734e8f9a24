package flowcdk.connector;

import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.task.DocumentWriter;
import io.vertx.core.Future;
import java.util.Map;

/**
 * Where a fetch function puts documents. Documents go straight into the running task's pending
 * transaction, so a page can be streamed without being held in memory; they are committed by the
 * next cursor the function gives its sink. An incremental fetch gets a {@link Changes} sink, a
 * backfill a {@link Page} sink, a snapshot this plain one; blocking fetches get the {@link
 * Blocking.Sink} forms.
 */
public interface Sink {

  /** A document for this binding, already JSON (must be an object). */
  void document(RawJson document);

  /** A document for this binding, serialized straight into the task's buffer. */
  void document(DocumentWriter writer);

  /**
   * A document for this binding made of maps, lists, strings, numbers, booleans and nulls (a
   * generic document), serialized straight into the task's buffer as {@code JsonValues} writes
   * them. Its top level must be a map.
   */
  default void document(Map<String, ?> document) {
    document(g -> JsonValues.write(g, document));
  }

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

  /** The sink of an incremental fetch: documents, then a cursor that commits them. */
  interface Changes extends Sink {

    /**
     * Commits the documents given so far with {@code cursor} as the new position. The cursor must
     * be of the same kind as the current one and, for points in time and offsets, strictly greater.
     * The future completes when the fetch may go on (back-pressure); fails on a cursor error.
     */
    Future<Void> checkpoint(LogCursor cursor);

    /**
     * Tells the capture that incremental replication cannot go on (e.g. the source's change log has
     * expired): the documents so far are committed with a backfill request, and the capture stops;
     * at the next open the binding is re-initialized from its initial state
     * (docs/strategies.md#backfill-triggers).
     */
    Future<Void> triggerBackfill();
  }

  /**
   * The sink of a backfill fetch: documents, then the next page's cursor, which commits them. A
   * fetch that completes without a trailing cursor ends the backfill (documents given after the
   * last cursor are committed with its completion).
   */
  interface Page extends Sink {

    /**
     * Commits the documents given so far with {@code next} (a string or integer cursor, never
     * {@link PageCursor#NONE}) as the page to fetch next. The future completes when the fetch may
     * go on.
     */
    Future<Void> checkpoint(PageCursor next);

    /**
     * Commits the documents given so far with an object cursor: the first one becomes the cursor,
     * later ones are JSON merge patches to it (a {@code null} member removes it), and the
     * checkpoint carries only the patch (docs/strategies.md#page-cursors).
     */
    Future<Void> checkpointPatch(RawJson objectPatch);
  }
}
