package flowcdk.common.twins.scenario;

import flowcdk.annotations.Resource;
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
import io.vertx.core.Future;
import java.time.Instant;

/** The scenario connector's four resources (fixtures/README.md). */
final class ScenarioResources {

  private ScenarioResources() {}

  /** Where incremental replication of events begins, and the backfills' cutoff. */
  static final LogCursor START = LogCursor.at(Instant.parse("2024-01-01T00:10:00Z"));

  /** Events: incremental since a datetime cursor, and a backfill by start id below the cutoff. */
  @Resource(name = "events", key = "/id", document = Event.class, interval = "PT1H")
  public static final class Events implements ResourceOpener<ScenarioConfig, ResourceConfig> {
    @Override
    public Future<ResourceState> initialState(
        ScenarioConfig config, ResourceConfig resourceConfig, Instant now) {
      return Future.succeededFuture(
          new ResourceState(
              Slot.of(new Incremental(START)),
              Slot.of(new Backfill(START, PageCursor.NONE)),
              null,
              null,
              null));
    }

    @Override
    public Future<?> open(BindingContext<ScenarioConfig, ResourceConfig> binding) {
      ScenarioConfig config = binding.config();
      return Strategies.forBinding(binding)
          .incremental((cursor, sink) -> ScenarioApi.changes(config, cursor, sink))
          .backfill((page, cutoff, sink) -> ScenarioApi.page(config, page, cutoff, sink))
          .open();
    }
  }

  /** A small lookup table, captured as snapshots. */
  @Resource(
      name = "lookup",
      key = "/_meta/row_id",
      document = Row.class,
      interval = "PT1H",
      snapshot = true)
  public static final class Lookup implements ResourceOpener<ScenarioConfig, ResourceConfig> {
    @Override
    public Future<?> open(BindingContext<ScenarioConfig, ResourceConfig> binding) {
      ScenarioConfig config = binding.config();
      return Strategies.forBinding(binding)
          .snapshot(sink -> ScenarioApi.snapshot(config, sink))
          .open();
    }
  }

  /** Three parents, each with a child captured into the {@code children} binding. */
  @Resource(name = "parents", key = "/id", document = Node.class)
  public static final class Parents implements ResourceOpener<ScenarioConfig, ResourceConfig> {
    @Override
    public Future<ResourceState> initialState(
        ScenarioConfig config, ResourceConfig resourceConfig, Instant now) {
      return Future.succeededFuture(
          new ResourceState(null, Slot.of(new Backfill(START, PageCursor.NONE)), null, null, null));
    }

    @Override
    public Future<?> open(BindingContext<ScenarioConfig, ResourceConfig> binding) {
      int target = binding.bindingOf("children").orElse(-1);
      return Strategies.forBinding(binding)
          .backfill((page, cutoff, sink) -> ScenarioApi.parents(target, sink))
          .open();
    }
  }

  /** Children: captured only through their parents. */
  @Resource(name = "children", key = "/id", document = Node.class)
  public static final class Children implements ResourceOpener<ScenarioConfig, ResourceConfig> {
    @Override
    public Future<?> open(BindingContext<ScenarioConfig, ResourceConfig> binding) {
      return Future.succeededFuture();
    }
  }
}
