package flowcdk.common.twins.scenario;

import flowcdk.annotations.Resource;
import flowcdk.common.resource.Binding;
import flowcdk.common.resource.BindingOpener;
import flowcdk.common.resource.ResolvedBinding;
import flowcdk.common.state.Backfill;
import flowcdk.common.state.Incremental;
import flowcdk.common.state.LogCursor;
import flowcdk.common.state.PageCursor;
import flowcdk.common.state.ResourceState;
import flowcdk.common.state.Slot;
import flowcdk.common.strategy.Strategies;
import flowcdk.runtime.protocol.CaptureBinding;
import io.vertx.core.Future;
import java.time.Instant;

/** The scenario connector's four resources (fixtures/README.md). */
final class ScenarioResources {

  private ScenarioResources() {}

  /** Where incremental replication of events begins, and the backfills' cutoff. */
  static final LogCursor START = LogCursor.at(Instant.parse("2024-01-01T00:10:00Z"));

  /** Events: incremental since a datetime cursor, and a backfill by start id below the cutoff. */
  @Resource(name = "events", key = "/id", document = Event.class, interval = "PT1H")
  public static final class Events implements BindingOpener<ScenarioConfig> {
    @Override
    public ResourceState initialState(ScenarioConfig config, Instant now) {
      return new ResourceState(
          Slot.of(new Incremental(START)),
          Slot.of(new Backfill(START, PageCursor.NONE)),
          null,
          null,
          null);
    }

    @Override
    public Future<?> open(Binding binding, ScenarioConfig config) {
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
  public static final class Lookup implements BindingOpener<ScenarioConfig> {
    @Override
    public Future<?> open(Binding binding, ScenarioConfig config) {
      return Strategies.forBinding(binding)
          .snapshot(sink -> ScenarioApi.snapshot(config, sink))
          .open();
    }
  }

  /** Three parents, each with a child captured into the {@code children} binding. */
  @Resource(name = "parents", key = "/id", document = Node.class)
  public static final class Parents implements BindingOpener<ScenarioConfig> {
    @Override
    public ResourceState initialState(ScenarioConfig config, Instant now) {
      return new ResourceState(
          null, Slot.of(new Backfill(START, PageCursor.NONE)), null, null, null);
    }

    @Override
    public Future<?> open(Binding binding, ScenarioConfig config) {
      int children = -1;
      for (ResolvedBinding<CaptureBinding> other : binding.all()) {
        if (other.resource().name().equals("children")) {
          children = other.index();
        }
      }
      int target = children;
      return Strategies.forBinding(binding)
          .backfill((page, cutoff, sink) -> ScenarioApi.parents(target, sink))
          .open();
    }
  }

  /** Children: captured only through their parents. */
  @Resource(name = "children", key = "/id", document = Node.class)
  public static final class Children implements BindingOpener<ScenarioConfig> {
    @Override
    public Future<?> open(Binding binding, ScenarioConfig config) {
      return Future.succeededFuture();
    }
  }
}
