package flowcdk.common.resource;

import io.vertx.core.Future;

/**
 * What runs when a binding of a resource is opened: typically it starts the common strategies
 * (incremental, backfill, snapshot) as child tasks of the capture's root task. Runs on the event
 * loop and must not block it.
 *
 * @param <C> the capture's endpoint config model
 */
@FunctionalInterface
public interface BindingOpener<C> {
  /**
   * Starts capturing {@code binding} with the capture's decoded endpoint {@code config}; the
   * future completes once its work is started (or done).
   */
  Future<?> open(Binding binding, C config) throws Exception;
}
