package flowcdk.bench;

import flowcdk.connector.BindingContext;
import flowcdk.connector.ResourceConfig;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.Strategies;
import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.ResourceState;
import flowcdk.connector.state.Slot;
import io.vertx.core.Future;
import java.time.Instant;

/**
 * Opens resource {@code items<number>}: a backfill from the beginning with cutoff
 * 2024-01-01T00:00:00Z, paging through {@link BenchApi#page}.
 */
final class ItemsOpener implements ResourceOpener<BenchConfig, ResourceConfig> {

  /** The backfill cutoff of every binding (a constant, so runs are reproducible). */
  static final Instant CUTOFF = Instant.parse("2024-01-01T00:00:00Z");

  private final int number;

  ItemsOpener(int number) {
    this.number = number;
  }

  @Override
  public Future<ResourceState> initialState(
      BenchConfig config, ResourceConfig resourceConfig, Instant now) {
    return Future.succeededFuture(
        ResourceState.EMPTY.withBackfill(
            Slot.of(new Backfill(LogCursor.at(CUTOFF), PageCursor.NONE))));
  }

  @Override
  public Future<?> open(BindingContext<BenchConfig, ResourceConfig> binding) {
    BenchConfig config = binding.config();
    return Strategies.forBinding(binding)
        .backfill((page, cutoff, sink) -> BenchApi.page(config, number, page, cutoff, sink))
        .open();
  }
}
