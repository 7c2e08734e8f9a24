package flowcdk.example.api;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.Callable;

/** Runs blocking JDBC work on a Vert.x worker thread, never on the event loop. */
public final class Workers {

  private Workers() {}

  /**
   * Runs {@code work} on a worker of the current Vert.x context; unordered, so work of different
   * bindings runs in parallel (each caller awaits its own).
   *
   * @throws IllegalStateException if called outside a Vert.x context
   */
  public static <T> Future<T> run(Callable<T> work) {
    Context context = Vertx.currentContext();
    if (context == null) {
      throw new IllegalStateException("JDBC work must be started from the capture's Vert.x context");
    }
    return context.executeBlocking(work, false);
  }
}
