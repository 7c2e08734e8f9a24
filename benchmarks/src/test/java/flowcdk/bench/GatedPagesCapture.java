package flowcdk.bench;

import flowcdk.annotations.Capture;
import flowcdk.connector.BindingContext;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ResourceConfig;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.Strategies;
import flowcdk.connector.state.ResourceState;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Test-only twin of the bench connector whose bindings' first page fetches wait at a shared {@link
 * Gate}, which opens only once every binding has started one: the capture finishes only if the
 * bindings' backfills run concurrently, each waiting without blocking the others.
 */
@Capture(docsUrl = "https://github.com/estuary/connectors", config = BenchConfig.class)
public final class GatedPagesCapture implements CaptureConnector<BenchConfig> {

  private final Gate gate;

  /** A capture whose gate opens at the first fetch (no waiting). */
  public GatedPagesCapture() {
    this(new Gate(1));
  }

  /** A capture whose bindings' first fetches wait at {@code gate}. */
  public GatedPagesCapture(Gate gate) {
    this.gate = gate;
  }

  @Override
  public Future<List<ResourceSpec>> resources(BenchConfig config) {
    List<ResourceSpec> resources = new ArrayList<>();
    for (int b = 0; b < config.bindings(); b++) {
      resources.add(
          ResourceSpec.builder("items" + b)
              .key("/id")
              .schema(ItemJson.SCHEMA)
              .opener(new Gated(b))
              .build());
    }
    return Future.succeededFuture(resources);
  }

  /**
   * Where the first fetch of each binding waits until all {@code bindings} have arrived. If they
   * have not all arrived after {@link #GIVE_UP}, the waiting fetches fail instead: the bindings do
   * not run concurrently, and the capture fails rather than waiting forever. (A runtime that runs
   * them concurrently opens the gate as soon as the last binding starts, however slow the machine.)
   */
  public static final class Gate {
    /** How long the first arrival waits for the others before the capture fails. */
    static final Duration GIVE_UP = Duration.ofMinutes(1);

    private final int bindings;
    private final Set<Integer> arrived = new HashSet<>();
    private final Promise<Void> open = Promise.promise();

    /** A gate for {@code bindings} bindings. */
    public Gate(int bindings) {
      this.bindings = bindings;
    }

    /**
     * Binding {@code binding} arrives: completes when the gate opens (at once if it is open, or if
     * this binding arrived before).
     */
    synchronized Future<Void> arrive(int binding, Vertx vertx) {
      if (open.future().isComplete() || !arrived.add(binding)) {
        return open.future();
      }
      if (arrived.size() == 1 && bindings > 1) {
        long timer =
            vertx.setTimer(
                GIVE_UP.toMillis(),
                id ->
                    open.tryFail(
                        "only "
                            + arrivals()
                            + " of "
                            + bindings
                            + " bindings started a fetch while the first waited "
                            + GIVE_UP
                            + ": their backfills do not run concurrently"));
        open.future().onSuccess(v -> vertx.cancelTimer(timer));
      }
      if (arrived.size() == bindings) {
        open.tryComplete();
      }
      return open.future();
    }

    private synchronized int arrivals() {
      return arrived.size();
    }

    /**
     * Whether the gate opened: every binding arrived while the ones before it were still waiting.
     */
    public boolean opened() {
      return open.future().succeeded();
    }
  }

  /** The bench opener, with the binding's first fetch waiting at the gate. */
  private final class Gated implements ResourceOpener<BenchConfig, ResourceConfig> {
    private final int number;
    private final ItemsOpener bench;

    Gated(int number) {
      this.number = number;
      this.bench = new ItemsOpener(number);
    }

    @Override
    public Future<ResourceState> initialState(
        BenchConfig config, ResourceConfig resourceConfig, Instant now) {
      return bench.initialState(config, resourceConfig, now);
    }

    @Override
    public Future<?> open(BindingContext<BenchConfig, ResourceConfig> binding) {
      BenchConfig config = binding.config();
      return Strategies.forBinding(binding)
          .backfill(
              (page, cutoff, sink) ->
                  gate.arrive(number, Vertx.currentContext().owner())
                      .compose(v -> BenchApi.page(config, number, page, cutoff, sink)))
          .open();
    }
  }
}
