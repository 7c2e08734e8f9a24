package flowcdk.bench;

import flowcdk.annotations.Capture;
import flowcdk.common.capture.CaptureConnector;
import flowcdk.common.resource.Binding;
import flowcdk.common.resource.BindingOpener;
import flowcdk.common.resource.ResourceSpec;
import flowcdk.common.state.ResourceState;
import flowcdk.common.strategy.Strategies;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only twin of the bench connector whose every page fetch answers after a 100 ms Vert.x timer
 * (a slow API, waited for without blocking): the bindings' fetches must overlap.
 */
@Capture(docsUrl = "https://github.com/estuary/connectors", config = BenchConfig.class)
public final class SlowPagesCapture implements CaptureConnector<BenchConfig> {

  /** How long each page fetch takes. */
  static final long FETCH_MILLIS = 100;

  @Override
  public Future<List<ResourceSpec>> resources(BenchConfig config) {
    List<ResourceSpec> resources = new ArrayList<>();
    for (int b = 0; b < config.bindings(); b++) {
      resources.add(
          ResourceSpec.of("items" + b, List.of("/id"), ItemJson.SCHEMA, null, new Slow(b)));
    }
    return Future.succeededFuture(resources);
  }

  /** The bench opener, with each page delivered after {@link #FETCH_MILLIS}. */
  private static final class Slow implements BindingOpener<BenchConfig> {
    private final int number;
    private final ItemsOpener bench;

    Slow(int number) {
      this.number = number;
      this.bench = new ItemsOpener(number);
    }

    @Override
    public ResourceState initialState(BenchConfig config, Instant now) {
      return bench.initialState(config, now);
    }

    @Override
    public Future<?> open(Binding binding, BenchConfig config) {
      return Strategies.forBinding(binding)
          .backfill(
              (page, cutoff, sink) ->
                  binding
                      .task()
                      .vertx()
                      .timer(FETCH_MILLIS)
                      .compose(v -> BenchApi.page(config, number, page, cutoff, sink)))
          .open();
    }
  }
}
