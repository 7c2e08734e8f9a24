package flowcdk.common.strategy;

import flowcdk.common.state.LogCursor;
import io.vertx.core.Future;

/** The sink of an incremental fetch: documents, then a cursor that commits them. */
public interface ChangeSink extends Sink {

  /**
   * Commits the documents given so far with {@code cursor} as the new position. The cursor must be
   * of the same kind as the current one and, for points in time and offsets, strictly greater. The
   * future completes when the fetch may go on (back-pressure); fails on a cursor error.
   */
  Future<Void> checkpoint(LogCursor cursor);

  /**
   * Tells the capture that incremental replication cannot go on (e.g. the source's change log has
   * expired): the documents so far are committed with a backfill request, and the capture stops; at
   * the next open the binding is re-initialized from its initial state
   * (docs/strategies.md#backfill-triggers).
   */
  Future<Void> triggerBackfill();
}
