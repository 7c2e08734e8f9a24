package flowcdk.common.strategy;

/**
 * A {@link FetchSnapshot} that blocks: runs on a Vert.x worker thread. Adapt it with {@link
 * Blocking#snapshot(BlockingFetchSnapshot)}.
 */
@FunctionalInterface
public interface BlockingFetchSnapshot {
  /** Gives the whole resource to {@code sink}. */
  void fetch(BlockingSink sink) throws Exception;
}
