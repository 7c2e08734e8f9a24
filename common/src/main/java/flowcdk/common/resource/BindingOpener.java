package flowcdk.common.resource;

import flowcdk.common.state.ResourceState;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.CaptureBinding;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/**
 * A resource's behaviour at Open: the state a new binding starts from, and what runs when a binding
 * is opened (typically the common strategies, as child tasks of the capture's root task). Runs on
 * the event loop and must not block it.
 *
 * @param <C> the capture's endpoint config model
 */
@FunctionalInterface
public interface BindingOpener<C> {

  /**
   * Starts capturing {@code binding} with the capture's decoded endpoint {@code config}; the future
   * completes once its work is started (or done).
   */
  Future<?> open(Binding binding, C config) throws Exception;

  /**
   * Problems with a binding's {@code resourceConfig} that only the resource can see, e.g. a cursor
   * column its table does not have. Validate reports them (with every other problem) and Open fails
   * with them before anything is captured. Each message should name what is wrong and how to fix
   * it; the dispatcher prefixes the binding. None by default.
   */
  default List<String> check(C config, RawJson resourceConfig) {
    return List.of();
  }

  /**
   * The state a binding starts from when it is new, or re-initialized (a backfill request, a
   * schedule): e.g. an incremental cursor and a backfill cutoff at {@code now}. Empty by default.
   */
  default ResourceState initialState(C config, Instant now) {
    return ResourceState.EMPTY;
  }

  /**
   * The state a new (or re-initialized) binding starts from, when computing it needs the binding's
   * resource config or the source: a database capture starts its cursor at the table's current
   * maximum, which takes a query. Called on the event loop instead of {@link #initialState(Object,
   * Instant)}; run blocking work on a worker and return the future. By default, the synchronous
   * {@code initialState(config, now)}.
   *
   * @param config the capture's decoded endpoint config
   * @param binding the binding as Flow sent it (resource config, collection, state key)
   * @param now the capture's NOW, taken once at Open
   */
  default Future<ResourceState> initialState(C config, CaptureBinding binding, Instant now) {
    return Future.succeededFuture(initialState(config, now));
  }
}
