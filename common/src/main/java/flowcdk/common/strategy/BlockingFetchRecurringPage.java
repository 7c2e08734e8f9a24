package flowcdk.common.strategy;

import flowcdk.common.state.LogCursor;
import flowcdk.common.state.PageCursor;

/**
 * A {@link FetchRecurringPage} that blocks: runs on a Vert.x worker thread. Adapt it with {@link
 * Blocking#recurringPages(BlockingFetchRecurringPage)}.
 */
@FunctionalInterface
public interface BlockingFetchRecurringPage {
  /** Fetches one (or more) pages from {@code page}. */
  void fetch(PageCursor page, LogCursor cutoff, boolean connectorInitiated, BlockingPageSink sink)
      throws Exception;
}
