package flowcdk.runtime.task;

import io.vertx.core.Future;

/**
 * The body of a task: given its {@link Task}, starts the work and returns a future that completes
 * when the work is done. Runs on the capture's event loop and must not block it; blocking sources
 * go through {@code vertx.executeBlocking}.
 */
@FunctionalInterface
public interface TaskWork {
  /** Starts the work of {@code task}. A thrown exception counts as the task failing. */
  Future<?> run(Task task) throws Exception;
}
