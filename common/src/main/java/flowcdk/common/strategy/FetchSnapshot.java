package flowcdk.common.strategy;

import io.vertx.core.Future;

/**
 * Snapshot: give every document of the (small) resource to the sink, in a deterministic order; the
 * strategy numbers them ({@code _meta.row_id}), emits them only if they changed since the last
 * pass, and tombstones rows that disappeared.
 */
@FunctionalInterface
public interface FetchSnapshot {
  /** Gives the whole resource to {@code sink}. */
  Future<Void> fetch(Sink sink) throws Exception;
}
