package flowcdk.common.strategy;

import flowcdk.common.resource.Binding;
import io.vertx.core.Future;

/**
 * Entry point of the common capture strategies (docs/strategies.md): incremental replication
 * ({@link FetchChanges}), backfill ({@link FetchPage}, {@link FetchRecurringPage}) and periodic
 * snapshots ({@link FetchSnapshot}), with state, checkpoints and logs in the Python CDK's shapes. A
 * resource's {@code BindingOpener} typically returns one of these calls.
 */
public final class Strategies {

  private Strategies() {}

  /** Starts building the strategies of {@code binding}; finish with {@link OpenBinding#open()}. */
  public static OpenBinding forBinding(Binding binding) {
    return new OpenBinding(binding);
  }

  /** Opens incremental replication plus a backfill (while the state has one). */
  public static Future<Void> open(Binding binding, FetchChanges changes, FetchPage pages) {
    return forBinding(binding).incremental(changes).backfill(pages).open();
  }

  /** Opens incremental replication only. */
  public static Future<Void> open(Binding binding, FetchChanges changes) {
    return forBinding(binding).incremental(changes).open();
  }

  /** Opens a backfill only (while the state has one). */
  public static Future<Void> open(Binding binding, FetchPage pages) {
    return forBinding(binding).backfill(pages).open();
  }

  /** Opens periodic snapshots with the default tombstone. */
  public static Future<Void> open(Binding binding, FetchSnapshot snapshot) {
    return forBinding(binding).snapshot(snapshot).open();
  }
}
