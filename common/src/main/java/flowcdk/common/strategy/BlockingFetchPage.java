package flowcdk.common.strategy;

import flowcdk.common.state.LogCursor;
import flowcdk.common.state.PageCursor;

/**
 * A {@link FetchPage} that blocks (e.g. JDBC): runs on a Vert.x worker thread. Adapt it with {@link
 * Blocking#pages(BlockingFetchPage)}.
 */
@FunctionalInterface
public interface BlockingFetchPage {
  /** Fetches one (or more) pages from {@code page}. */
  void fetch(PageCursor page, LogCursor cutoff, BlockingPageSink sink) throws Exception;
}
