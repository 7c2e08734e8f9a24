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
 *
 * <p>A capture that Flow splits into shards runs one instance per shard; each gets its share of the
 * budget ({@link #forShare}: the rate and the concurrency times the share of the key space it
 * owns), so together they keep to the API's quota. A limit that holds per instance instead (a
 * connection pool's, say) is marked {@link #perInstance()}.
 */
public final class RateBudget {

  private static final RateBudget UNLIMITED = new RateBudget(0, 0, false);

  private final double perSecond;
  private final int maxConcurrent;
  private final boolean perInstance;

  private RateBudget(double perSecond, int maxConcurrent, boolean perInstance) {
    this.perSecond = perSecond;
    this.maxConcurrent = maxConcurrent;
    this.perInstance = perInstance;
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
    return new RateBudget(requestsPerSecond, 0, false);
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
    return new RateBudget(perSecond, requests, perInstance);
  }

  /**
   * This budget, given whole to every instance of a capture split into shards instead of divided
   * among them: for a limit of each instance (its connections, its machine), not of the account.
   */
  public RateBudget perInstance() {
    return new RateBudget(perSecond, maxConcurrent, true);
  }

  /** Whether each instance of a split capture gets this whole budget ({@link #perInstance()}). */
  public boolean isPerInstance() {
    return perInstance;
  }

  /**
   * This budget as the part of one instance owning {@code share} (in (0, 1]) of the key space: the
   * rate times {@code share}, and the concurrency times {@code share} rounded down but at least 1.
   * Unchanged for a {@link #perInstance()} budget or a share of 1.
   *
   * @throws IllegalArgumentException unless {@code 0 < share <= 1}
   */
  public RateBudget forShare(double share) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("a share of the key space is in (0, 1], was " + share);
    }
    if (perInstance || share == 1 || isUnlimited()) {
      return this;
    }
    int concurrent = maxConcurrent == 0 ? 0 : Math.max(1, (int) Math.floor(maxConcurrent * share));
    return new RateBudget(perSecond * share, concurrent, false);
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
        + (perInstance ? ", per instance" : "")
        + "]";
  }
}
