package flowcdk.connector;

import flowcdk.connector.state.ResourceState;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/**
 * A resource's behaviour: the state a new binding of it starts from, the checks of its resource
 * config, and what runs when a binding is opened (typically the common strategies, see {@link
 * Strategies}). Every method runs on the capture's event loop and must not block it; run blocking
 * work with {@link Blocking#call}.
 *
 * <pre>{@code
 * public Future<?> open(BindingContext<AcmeConfig, ResourceConfig> binding) {
 *   return Strategies.forBinding(binding).incremental(api::changes).backfill(api::page).open();
 * }
 * }</pre>
 *
 * @param <C> the capture's endpoint config model
 * @param <R> the capture's resource config model ({@link ResourceConfig} unless the capture
 *     declares its own with {@code @Capture(resourceConfig = ...)})
 */
@FunctionalInterface
public interface ResourceOpener<C, R> {

  /**
   * Starts capturing {@code binding}; the future completes once its work is started (or done). A
   * failure fails the capture with its message.
   */
  Future<?> open(BindingContext<C, R> binding) throws Exception;

  /**
   * Problems with a binding's resource config that only the resource can see, e.g. a cursor column
   * its table does not have. Validate reports them (with every other problem) and Open fails with
   * them before anything is captured. Each message should name what is wrong and how to fix it; the
   * dispatcher prefixes the binding. None by default.
   */
  default List<String> check(C config, R resourceConfig) {
    return List.of();
  }

  /**
   * The state a new (or re-initialized) binding starts from: a backfill request, a schedule or a
   * new binding starts over from it, e.g. an incremental cursor and a backfill cutoff at {@code
   * now}. Computing it may take the source (a database capture starts its cursor at the table's
   * current maximum): run such work with {@link Blocking#call} and return its future. {@link
   * ResourceState#EMPTY} by default.
   *
   * @param config the capture's endpoint config
   * @param resourceConfig the binding's resource config
   * @param now the capture's time, taken once when it opened
   */
  default Future<ResourceState> initialState(C config, R resourceConfig, Instant now) {
    return Future.succeededFuture(ResourceState.EMPTY);
  }
}
