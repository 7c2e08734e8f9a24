package flowcdk.common.strategy;

import flowcdk.common.state.LogCursor;

/**
 * A {@link FetchChanges} that blocks (e.g. JDBC): runs on a Vert.x worker thread, never on the
 * event loop. Adapt it with {@link Blocking#changes(BlockingFetchChanges)}.
 */
@FunctionalInterface
public interface BlockingFetchChanges {
  /** Fetches the changes after {@code cursor}, returning when no more are readily available. */
  void fetch(LogCursor cursor, BlockingChangeSink sink) throws Exception;
}
