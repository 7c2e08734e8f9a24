package flowcdk.connector.http;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A limit on the requests of the whole capture, shared by every binding: a rate (requests per
 * second) and/or a number of requests in flight at once.
 *
 * <pre>{@code
 * HttpSettings.defaults().budget(RateBudget.perSecond(10).maxConcurrent(4))
 * }</pre>
 *
 * <p>The rate is kept by pacing: requests start at least {@code 1/rate} seconds apart, so no burst
 * exceeds one request (after an idle time the first request goes at once). Waiting requests are
 * served first come, first served; a request in flight holds its place in {@code maxConcurrent}
 * until its response has been read (for a stream: read to its end or cancelled). Every request on
 * the wire counts, retries and redirects included. A stop of the capture ends every wait at once.
 */
public final class RateBudget {

  private static final RateBudget UNLIMITED = new RateBudget(0, 0);

  private final double perSecond;
  private final int maxConcurrent;

  private RateBudget(double perSecond, int maxConcurrent) {
    this.perSecond = perSecond;
    this.maxConcurrent = maxConcurrent;
  }

  /** No limit: the default. */
  public static RateBudget unlimited() {
    return UNLIMITED;
  }

  /**
   * At most {@code requestsPerSecond} requests a second, e.g. {@code 0.5} for one every 2 s.
   *
   * @throws IllegalArgumentException unless the rate is positive and finite
   */
  public static RateBudget perSecond(double requestsPerSecond) {
    if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
      throw new IllegalArgumentException(
          "a rate budget needs a positive number of requests per second, was " + requestsPerSecond);
    }
    return new RateBudget(requestsPerSecond, 0);
  }

  /**
   * This budget, also allowing at most {@code requests} requests in flight at once.
   *
   * @throws IllegalArgumentException if {@code requests} is less than 1
   */
  public RateBudget maxConcurrent(int requests) {
    if (requests < 1) {
      throw new IllegalArgumentException(
          "maxConcurrent needs at least 1 request in flight, was " + requests);
    }
    return new RateBudget(perSecond, requests);
  }

  /** The requests per second allowed, if the rate is limited. */
  public OptionalDouble rateLimit() {
    return perSecond > 0 ? OptionalDouble.of(perSecond) : OptionalDouble.empty();
  }

  /** The requests allowed in flight at once, if limited. */
  public OptionalInt concurrencyLimit() {
    return maxConcurrent > 0 ? OptionalInt.of(maxConcurrent) : OptionalInt.empty();
  }

  /** Whether this budget limits nothing. */
  public boolean isUnlimited() {
    return perSecond == 0 && maxConcurrent == 0;
  }

  @Override
  public String toString() {
    if (isUnlimited()) {
      return "RateBudget[unlimited]";
    }
    return "RateBudget["
        + (perSecond > 0 ? perSecond + "/s" : "any rate")
        + ", "
        + (maxConcurrent > 0 ? "at most " + maxConcurrent + " in flight" : "any concurrency")
        + "]";
  }
}
