package flowcdk.common.http;

import flowcdk.connector.http.HttpSettings;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * What every call of one {@link HttpSession} shares: the connection pool, the capture's clock and
 * stop signal, the adaptive limiter, the budget, the random source of back-off jitter, and the
 * credentials (null until a token source is set).
 */
record Wire(
    Vertx vertx,
    HttpClient client,
    CaptureClock clock,
    StopSignal stopping,
    Log log,
    HttpSettings settings,
    AdaptiveLimiter limiter,
    RateGate gate,
    RateLimitEpisodes episodes,
    RandomGenerator jitter,
    Supplier<TokenSource> tokens) {

  /**
   * Waits {@code wait} on the capture's clock; fails with a {@link CaptureStoppedException} about
   * {@code what} as soon as the capture stops (at once if it already has).
   */
  Future<Void> pause(Duration wait, String what) {
    if (stopping.isSet()) {
      return Future.failedFuture(stopped(what, null));
    }
    if (wait.isZero() || wait.isNegative()) {
      return Future.succeededFuture();
    }
    return clock
        .sleep(wait, stopping)
        .compose(
            elapsed ->
                elapsed ? Future.succeededFuture() : Future.failedFuture(stopped(what, null)));
  }

  /** The exception ending {@code what} because the capture stops, with {@code cause} if any. */
  CaptureStoppedException stopped(String what, Throwable cause) {
    if (cause instanceof CaptureStoppedException stopped) {
      return stopped;
    }
    return cause == null
        ? new CaptureStoppedException(what, stopping.reason())
        : new CaptureStoppedException(what, stopping.reason(), cause);
  }

  /** The back-off wait before retry {@code retry} (from 1) of a failure. */
  Duration backoff(int retry) {
    return settings.retries().delay(retry, jitter);
  }
}
