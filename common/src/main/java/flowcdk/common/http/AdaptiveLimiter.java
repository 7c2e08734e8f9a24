package flowcdk.common.http;

import flowcdk.runtime.log.Fields;
import flowcdk.runtime.log.Log;
import java.time.Duration;

/**
 * The Python CDK's adaptive rate limiter, shared by every request of the capture: a delay that
 * grows when the server answers 429 Too Many Requests and shrinks when it does not.
 *
 * <p>The arithmetic is Python's, number for number. The delay starts at {@value #INITIAL_DELAY} s.
 * After each attempt paced with delay {@code d}, the limiter moves its delay a fraction {@value
 * #GAIN} of the way towards a target {@code u}: {@code max(4d, 0.1)} after a 429, {@code d/2} while
 * no 429 has been seen, {@code d·(1 − gain)} after that; the delay never exceeds {@value
 * #MAX_DELAY} s. So before any 429 each request shrinks it by 0.5 %, each 429 grows it by about 3
 * %, and after the first 429 each success shrinks it by only 0.01 %. 5xx responses count as
 * successes.
 *
 * <p>One deliberate difference: Python sleeps the delay before every attempt, so a capture's first
 * requests wait about a second each until the delay has shrunk. Here the delay is kept exactly as
 * Python keeps it, but {@link #pacing(double) applied} only once a 429 has been seen: an API that
 * never rate-limits the capture is never slowed down, and one that does is paced exactly as by
 * Python from then on.
 *
 * <p>Thread-safe.
 */
final class AdaptiveLimiter {

  /** The delay before any request, in seconds. */
  static final double INITIAL_DELAY = 1.0;

  /** The largest delay, in seconds. */
  static final double MAX_DELAY = 300;

  /** How far the delay moves towards its target with each request. */
  static final double GAIN = 0.01;

  /** The share of 429 responses above which each further 429 is warned about. */
  static final double ELEVATED = 0.05;

  private final Log log;
  private double delay = INITIAL_DELAY;
  private long failed;
  private long total;
  private boolean rateLimited;
  private boolean warnedMax;

  AdaptiveLimiter(Log log) {
    this.log = log;
  }

  /** The current delay in seconds: the {@code d} an attempt starting now is paced with. */
  synchronized double delay() {
    return delay;
  }

  /** Whether a 429 has been seen. */
  synchronized boolean rateLimited() {
    return rateLimited;
  }

  /** The wait before an attempt paced with {@code d}: none until the first 429, then {@code d}. */
  synchronized Duration pacing(double d) {
    return rateLimited ? seconds(d) : Duration.ZERO;
  }

  /**
   * Counts one attempt paced with {@code d} ({@link #delay()} when it started), and whether the
   * server answered 429; logs Python's warnings when 429s are elevated (above {@value #ELEVATED} of
   * all attempts) and the first time the delay reaches its maximum.
   */
  void update(double d, boolean got429) {
    boolean elevated = false;
    boolean reachedMax = false;
    double newDelay;
    long failedNow;
    long totalNow;
    synchronized (this) {
      total++;
      double target;
      if (got429) {
        target = Math.max(4 * d, 0.1);
        failed++;
        rateLimited = true;
      } else if (!rateLimited) {
        target = d / 2;
      } else {
        target = d * (1 - GAIN);
      }
      delay = Math.min((1 - GAIN) * delay + GAIN * target, MAX_DELAY);
      if (delay >= MAX_DELAY && !warnedMax) {
        warnedMax = true;
        reachedMax = true;
      }
      elevated = got429 && (double) failed / total > ELEVATED;
      newDelay = delay;
      failedNow = failed;
      totalNow = total;
    }
    Fields fields = Fields.of("delay", newDelay, "failed", failedNow, "total", totalNow);
    if (elevated) {
      log.warning("rate limit errors are elevated", fields);
    }
    if (reachedMax) {
      log.warning("rate limiter has reached its maximum delay", fields);
    }
  }

  /** {@code seconds} as a duration, to the nanosecond. */
  static Duration seconds(double seconds) {
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }
}
