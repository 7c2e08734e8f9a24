package flowcdk.connector;

import io.vertx.core.Future;
import java.util.concurrent.Callable;

/** Invokes fetch functions, turning a thrown exception or a null result into a failed future. */
final class Calls {

  private Calls() {}

  /** The future {@code call} returns, or a failed future if it throws or returns null. */
  static <T> Future<T> future(String what, Callable<Future<T>> call) {
    try {
      Future<T> result = call.call();
      return result != null
          ? result
          : Future.failedFuture(new NullPointerException(what + " returned a null future"));
    } catch (Throwable e) {
      return Future.failedFuture(e);
    }
  }
}
