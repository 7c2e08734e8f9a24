package flowcdk.runtime.task;

import io.vertx.core.Vertx;

/**
 * Makes the clock of a connector session: the wall clock on the session's Vert.x timers in
 * production, a manual clock in tests (set with {@code RuntimeOptions.withClock}). The session
 * makes one clock, used by its capture's tasks and by the connector's HTTP client alike.
 */
@FunctionalInterface
public interface ClockFactory {

  /** The wall clock: a {@link VertxClock} on the session's Vert.x instance. */
  ClockFactory WALL = VertxClock::new;

  /** The clock of the session running on {@code vertx}. */
  CaptureClock clock(Vertx vertx);
}
