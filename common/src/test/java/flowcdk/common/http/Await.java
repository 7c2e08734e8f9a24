package flowcdk.common.http;

import io.vertx.core.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits on the test thread for a future the event loop completes. The timeout only keeps a broken
 * test from hanging the build; no test relies on it.
 */
public final class Await {

  private static final long SAFETY_SECONDS = 60;

  private Await() {}

  /** The future's result; its failure rethrown as it is if unchecked. */
  public static <T> T result(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(SAFETY_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the future did not complete", e);
    }
  }

  /** The future's failure; fails the test if it succeeded. */
  public static Throwable failure(Future<?> future) {
    try {
      Object value = result(future);
      throw new AssertionError("expected a failure, got " + value);
    } catch (RuntimeException e) {
      return e;
    }
  }
}
