package flowcdk.common.strategy;

import flowcdk.common.state.LogCursor;
import flowcdk.common.state.PageCursor;
import io.vertx.core.Future;

/**
 * A {@link FetchPage} for resources with a re-backfill schedule, told whether this backfill was
 * started by the schedule ({@code connectorInitiated}) so it can do a cheaper refresh pass.
 */
@FunctionalInterface
public interface FetchRecurringPage {
  /** Fetches one (or more) pages from {@code page}. */
  Future<Void> fetch(PageCursor page, LogCursor cutoff, boolean connectorInitiated, PageSink sink)
      throws Exception;
}
