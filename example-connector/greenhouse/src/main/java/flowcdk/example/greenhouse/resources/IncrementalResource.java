package flowcdk.example.greenhouse.resources;

import flowcdk.connector.BindingContext;
import flowcdk.connector.ResourceConfig;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.Strategies;
import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.Incremental;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.ResourceState;
import flowcdk.connector.state.Slot;
import flowcdk.example.greenhouse.api.BackfillPages;
import flowcdk.example.greenhouse.api.ChangesSince;
import flowcdk.example.greenhouse.api.Harvest;
import flowcdk.example.greenhouse.models.EndpointConfig;
import io.vertx.core.Future;
import java.time.Instant;

/**
 * A resource whose records have {@code updated_at}: followed incrementally from a cutoff, and
 * backfilled from the start date up to that cutoff.
 */
final class IncrementalResource implements ResourceOpener<EndpointConfig, ResourceConfig> {

  private final Harvest harvest;
  private final String path;

  IncrementalResource(Harvest harvest, String path) {
    this.harvest = harvest;
    this.path = path;
  }

  @Override
  public Future<?> open(BindingContext<EndpointConfig, ResourceConfig> binding) {
    Instant startDate = binding.config().startDateOr(binding.clock().now());
    return Strategies.forBinding(binding)
        .incremental(new ChangesSince(harvest, path, binding.clock()))
        .backfill(new BackfillPages(harvest, path, startDate))
        .open();
  }

  /**
   * Both the incremental cursor and the backfill's cutoff start at the lag before now: what Harvest
   * may still be catching up on is left to the incremental fetches.
   */
  @Override
  public Future<ResourceState> initialState(
      EndpointConfig config, ResourceConfig resourceConfig, Instant now) {
    LogCursor cutoff = LogCursor.at(now.minus(ChangesSince.EVENTUAL_CONSISTENCY_LAG));
    return Future.succeededFuture(
        ResourceState.EMPTY
            .withInc(Slot.of(new Incremental(cutoff)))
            .withBackfill(Slot.of(new Backfill(cutoff, PageCursor.NONE))));
  }
}
