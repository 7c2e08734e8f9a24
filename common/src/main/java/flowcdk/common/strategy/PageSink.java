package flowcdk.common.strategy;

import flowcdk.common.state.PageCursor;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;

/**
 * The sink of a backfill fetch: documents, then the next page's cursor, which commits them. A fetch
 * that completes without a trailing cursor ends the backfill (documents given after the last cursor
 * are committed with its completion).
 */
public interface PageSink extends Sink {

  /**
   * Commits the documents given so far with {@code next} (a string or integer cursor, never {@link
   * PageCursor#NONE}) as the page to fetch next. The future completes when the fetch may go on.
   */
  Future<Void> checkpoint(PageCursor next);

  /**
   * Commits the documents given so far with an object cursor: the first one becomes the cursor,
   * later ones are JSON merge patches to it (a {@code null} member removes it), and the checkpoint
   * carries only the patch (docs/strategies.md#page-cursors).
   */
  Future<Void> checkpointPatch(RawJson objectPatch);
}
