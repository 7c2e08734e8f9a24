package flowcdk.common.strategy;

import flowcdk.common.state.LogCursor;
import flowcdk.common.state.PageCursor;
import io.vertx.core.Future;

/**
 * Backfill: fetch the page at {@code page} ({@link PageCursor#NONE} for the first), skipping what
 * changed at or after {@code cutoff} (incremental replication covers that); give the documents and
 * then the next page's cursor to the sink, or complete without a cursor at the end.
 */
@FunctionalInterface
public interface FetchPage {
  /** Fetches one (or more) pages from {@code page}. */
  Future<Void> fetch(PageCursor page, LogCursor cutoff, PageSink sink) throws Exception;
}
