package flowcdk.connector;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/**
 * Yields control to the event loop (Python's {@code await asyncio.sleep(0)}): the returned future
 * completes on a later turn of the current context, so a loop of already-completed steps neither
 * starves other tasks nor grows the stack.
 */
final class Yield {

  private Yield() {}

  /** Completes on the next turn of the current context. */
  static Future<Void> now(Vertx vertx) {
    Context context = Vertx.currentContext();
    if (context == null) {
      context = vertx.getOrCreateContext();
    }
    Promise<Void> promise = Promise.promise();
    context.runOnContext(v -> promise.complete());
    return promise.future();
  }
}
