package flowcdk.connector;

import java.time.Duration;
import java.time.Instant;

/**
 * The incremental loop's lag arithmetic (docs/strategies.md#idle-and-lag-timing), saturating: a
 * cursor may be any {@link Instant}, from a database's {@code -infinity} to its {@code infinity},
 * so the wait it implies is bounded instead of overflowing a timer's milliseconds.
 */
final class Lag {

  private Lag() {}

  /**
   * How long to wait so that {@code interval} has passed since {@code cursor}: {@code interval}
   * minus the time since the cursor, never below zero and never above {@code interval} (a cursor
   * ahead of the clock, by skew or because it is a far-future value, waits one interval, not the
   * years until it).
   */
  static Duration untilIntervalElapsed(Instant cursor, Instant now, Duration interval) {
    if (!cursor.isBefore(now)) {
      return interval;
    }
    // cursor < now: the difference is positive and, for any two Instants, fits a Duration.
    Duration lag = Duration.between(cursor, now);
    return lag.compareTo(interval) >= 0 ? Duration.ZERO : interval.minus(lag);
  }
}
