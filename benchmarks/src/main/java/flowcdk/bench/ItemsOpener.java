package flowcdk.bench;

import flowcdk.common.resource.Binding;
import flowcdk.common.resource.BindingOpener;
import flowcdk.common.state.Backfill;
import flowcdk.common.state.LogCursor;
import flowcdk.common.state.PageCursor;
import flowcdk.common.state.ResourceState;
import flowcdk.common.state.Slot;
import flowcdk.common.strategy.Strategies;
import io.vertx.core.Future;
import java.time.Instant;

/**
 * Opens resource {@code items<number>}: a backfill from the beginning with cutoff
 * 2024-01-01T00:00:00Z, paging through {@link BenchApi#page}.
 */
final class ItemsOpener implements BindingOpener<BenchConfig> {

  /** The backfill cutoff of every binding (a constant, so runs are reproducible). */
  static final Instant CUTOFF = Instant.parse("2024-01-01T00:00:00Z");

  private final int number;

  ItemsOpener(int number) {
    this.number = number;
  }

  @Override
  public ResourceState initialState(BenchConfig config, Instant now) {
    return ResourceState.EMPTY.withBackfill(
        Slot.of(new Backfill(LogCursor.at(CUTOFF), PageCursor.NONE)));
  }

  @Override
  public Future<?> open(Binding binding, BenchConfig config) {
    return Strategies.forBinding(binding)
        .backfill((page, cutoff, sink) -> BenchApi.page(config, number, page, cutoff, sink))
        .open();
  }
}
