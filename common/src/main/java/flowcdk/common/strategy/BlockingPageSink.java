package flowcdk.common.strategy;

import flowcdk.common.state.PageCursor;
import flowcdk.runtime.json.RawJson;

/** The {@link PageSink} of a {@link BlockingFetchPage}: each call returns when done. */
public interface BlockingPageSink extends BlockingSink {

  /**
   * Commits the documents so far with {@code next} as the next page, waiting (on the worker thread)
   * until the capture may take more.
   */
  void checkpoint(PageCursor next);

  /** Commits the documents so far with an object cursor patch (docs/strategies.md#page-cursors). */
  void checkpointPatch(RawJson objectPatch);
}
