package flowcdk.common.strategy;

import flowcdk.common.state.LogCursor;

/** The {@link ChangeSink} of a {@link BlockingFetchChanges}: each call returns when done. */
public interface BlockingChangeSink extends BlockingSink {

  /**
   * Commits the documents so far with {@code cursor}, waiting (on the worker thread) until the
   * capture may take more (back-pressure).
   *
   * @throws IllegalStateException on a cursor type or order error
   */
  void checkpoint(LogCursor cursor);

  /**
   * Commits the documents so far with a backfill request and stops the capture
   * (docs/strategies.md#backfill-triggers).
   */
  void triggerBackfill();
}
