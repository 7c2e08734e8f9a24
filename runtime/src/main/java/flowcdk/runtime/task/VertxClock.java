package flowcdk.runtime.task;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The wall clock, with waits on Vert.x timers (so they never block the event loop). */
public final class VertxClock implements CaptureClock {

  private final Vertx vertx;
  private final Clock clock;

  /** A clock using {@code vertx}'s timers and the system UTC clock. */
  public VertxClock(Vertx vertx) {
    this(vertx, Clock.systemUTC());
  }

  /** A clock using {@code vertx}'s timers and {@code clock} for the time. */
  public VertxClock(Vertx vertx, Clock clock) {
    this.vertx = vertx;
    this.clock = clock;
  }

  /**
   * The current instant, truncated to microseconds: the precision of the Python CDK's clock, so
   * written times ({@code last_initialized}, {@code updated_at}) have its shape.
   */
  @Override
  public Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  @Override
  public Future<Boolean> sleep(Duration duration, StopSignal stop) {
    if (stop.isSet()) {
      return Future.succeededFuture(false);
    }
    if (duration.isZero() || duration.isNegative()) {
      return Future.succeededFuture(true);
    }
    Promise<Boolean> done = Promise.promise();
    long timer = vertx.setTimer(Math.max(1, duration.toMillis()), id -> done.tryComplete(true));
    // A registration, not a listener on stop.future(): removed when the sleep ends, so a capture
    // sleeping thousands of times does not accumulate them.
    StopSignal.Registration wake =
        stop.onStop(
            () -> {
              vertx.cancelTimer(timer);
              done.tryComplete(false);
            });
    done.future().onComplete(ar -> wake.close());
    return done.future();
  }
}
