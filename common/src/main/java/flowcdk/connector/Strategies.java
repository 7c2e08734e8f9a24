package flowcdk.connector;

import io.vertx.core.Future;

/**
 * Entry point of the common capture strategies (docs/strategies.md): incremental replication
 * ({@link Fetch.Changes}), backfill ({@link Fetch.Page}, {@link Fetch.RecurringPage}) and periodic
 * snapshots ({@link Fetch.Snapshot}), with state, checkpoints and logs in the Python CDK's shapes.
 * A {@link ResourceOpener} typically returns one of these calls.
 */
public final class Strategies {

  private Strategies() {}

  /** Starts building the strategies of {@code binding}; finish with {@link OpenBinding#open()}. */
  public static OpenBinding forBinding(BindingContext<?, ?> binding) {
    return new OpenBinding(binding);
  }

  /** Opens incremental replication plus a backfill (while the state has one). */
  public static Future<Void> open(
      BindingContext<?, ?> binding, Fetch.Changes changes, Fetch.Page pages) {
    return forBinding(binding).incremental(changes).backfill(pages).open();
  }

  /** Opens incremental replication only. */
  public static Future<Void> open(BindingContext<?, ?> binding, Fetch.Changes changes) {
    return forBinding(binding).incremental(changes).open();
  }

  /** Opens a backfill only (while the state has one). */
  public static Future<Void> open(BindingContext<?, ?> binding, Fetch.Page pages) {
    return forBinding(binding).backfill(pages).open();
  }

  /** Opens periodic snapshots with the default tombstone. */
  public static Future<Void> open(BindingContext<?, ?> binding, Fetch.Snapshot snapshot) {
    return forBinding(binding).snapshot(snapshot).open();
  }
}
