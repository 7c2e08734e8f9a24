package flowcdk.connector;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.function.Function;

/**
 * Runs a strategy's loop without chaining one future per iteration: each iteration starts on a
 * fresh turn of the event loop (yielding control, as the Python CDK's {@code asyncio.sleep(0)}), so
 * a loop running for days neither grows the stack nor a chain of pending futures.
 */
final class Loop {

  private Loop() {}

  /**
   * Runs {@code body} with {@code seed}, then with each value it completes with, until it completes
   * with {@code null} (the loop completes) or fails (the loop fails).
   */
  static <T> Future<Void> repeat(Vertx vertx, T seed, Function<T, Future<T>> body) {
    Promise<Void> done = Promise.promise();
    iterate(vertx, seed, body, done);
    return done.future();
  }

  private static <T> void iterate(
      Vertx vertx, T input, Function<T, Future<T>> body, Promise<Void> done) {
    Yield.now(vertx)
        .compose(v -> body.apply(input))
        .onComplete(
            ar -> {
              if (ar.failed()) {
                done.fail(ar.cause());
              } else if (ar.result() == null) {
                done.complete();
              } else {
                iterate(vertx, ar.result(), body, done);
              }
            });
  }
}
