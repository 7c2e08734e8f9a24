package flowcdk.connector.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * How long to wait before retrying after a 5xx response or a failed connection: a capped
 * exponential back-off with full jitter. Retry {@code n} (from 1) waits a uniformly random time
 * between 0 and {@code min(cap, base × factor^(n-1))}, so clients that failed together do not retry
 * together.
 *
 * @param base the largest wait before the first retry
 * @param factor how much the largest wait grows with each retry (at least 1)
 * @param cap the largest wait of any retry
 * @param seed the seed of the random source of the jitter, for reproducible waits in tests
 */
public record Backoff(Duration base, double factor, Duration cap, long seed) {

  /** Checks the parts. */
  public Backoff {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(cap, "cap");
    if (base.isNegative() || cap.isNegative()) {
      throw new IllegalArgumentException("a back-off's base and cap must not be negative");
    }
    if (!(factor >= 1) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("a back-off's factor must be at least 1, was " + factor);
    }
  }

  /** The default: base 1 s, factor 2, cap 60 s (waits up to 1, 2, 4, ... 60, 60 s). */
  public static Backoff defaults() {
    return exponential(Duration.ofSeconds(1), 2, Duration.ofSeconds(60));
  }

  /** A back-off with a random seed. */
  public static Backoff exponential(Duration base, double factor, Duration cap) {
    return new Backoff(base, factor, cap, ThreadLocalRandom.current().nextLong());
  }

  /** This back-off with the jitter's random source seeded with {@code seed}. */
  public Backoff withSeed(long seed) {
    return new Backoff(base, factor, cap, seed);
  }

  /**
   * The largest wait before retry {@code retry} (from 1): {@code min(cap, base ×
   * factor^(retry-1))}.
   */
  public Duration ceiling(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retries count from 1, was " + retry);
    }
    double nanos = base.toNanos() * Math.pow(factor, retry - 1);
    return nanos >= cap.toNanos() ? cap : Duration.ofNanos((long) nanos);
  }

  /** A wait before retry {@code retry} (from 1), drawn from {@code random} up to its ceiling. */
  public Duration delay(int retry, RandomGenerator random) {
    long ceiling = ceiling(retry).toNanos();
    return ceiling == 0 ? Duration.ZERO : Duration.ofNanos(random.nextLong(ceiling + 1));
  }
}
