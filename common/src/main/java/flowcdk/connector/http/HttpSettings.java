package flowcdk.connector.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the capture's HTTP client is set up; immutable, every method returns a new value.
 *
 * <table>
 *   <caption>Settings and their defaults</caption>
 *   <tr><th>setting</th><th>default</th></tr>
 *   <tr><td>{@link #auth(Auth)}</td><td>none: requests carry no credentials</td></tr>
 *   <tr><td>{@link #budget(RateBudget)}</td><td>{@link RateBudget#unlimited()}</td></tr>
 *   <tr><td>{@link #connectTimeout(Duration)}</td><td>30 s</td></tr>
 *   <tr><td>{@link #timeout(Duration)}</td><td>300 s, for the whole exchange</td></tr>
 *   <tr><td>{@link #userAgent(String)}</td><td>{@code flowcdk/<version>} ({@code dev} when
 *       unknown)</td></tr>
 *   <tr><td>{@link #header(String, String)}</td><td>none</td></tr>
 *   <tr><td>{@link #maxConnections(int)}</td><td>100</td></tr>
 *   <tr><td>{@link #retries(Backoff)}</td><td>{@link Backoff#defaults()}: 1 s, ×2, at most 60
 *       s</td></tr>
 * </table>
 *
 * <pre>{@code
 * HttpSettings.defaults()
 *     .budget(RateBudget.perSecond(10).maxConcurrent(4))
 *     .header("Accept", "application/json")
 *     .timeout(Duration.ofMinutes(10))
 * }</pre>
 */
public final class HttpSettings {

  private final RateBudget budget;
  private final Duration connectTimeout;
  private final Duration timeout;
  private final String userAgent;
  private final List<Map.Entry<String, String>> headers;
  private final int maxConnections;
  private final Backoff retries;
  private final Auth auth;

  private HttpSettings(
      RateBudget budget,
      Duration connectTimeout,
      Duration timeout,
      String userAgent,
      List<Map.Entry<String, String>> headers,
      int maxConnections,
      Backoff retries,
      Auth auth) {
    this.auth = auth;
    this.budget = budget;
    this.connectTimeout = connectTimeout;
    this.timeout = timeout;
    this.userAgent = userAgent;
    this.headers = headers;
    this.maxConnections = maxConnections;
    this.retries = retries;
  }

  /** The defaults listed in the type's documentation. */
  public static HttpSettings defaults() {
    return new HttpSettings(
        RateBudget.unlimited(),
        Duration.ofSeconds(30),
        Duration.ofSeconds(300),
        defaultUserAgent(),
        List.of(),
        100,
        Backoff.defaults(),
        null);
  }

  private static String defaultUserAgent() {
    String version = HttpSettings.class.getPackage().getImplementationVersion();
    return "flowcdk/" + (version == null || version.isBlank() ? "dev" : version);
  }

  /**
   * Authenticates every request made without {@link HttpRequest#withoutToken()} with {@code auth}
   * (see {@link Auth}: static tokens, basic auth, OAuth2 token exchanges, Google service accounts).
   */
  public HttpSettings auth(Auth auth) {
    Objects.requireNonNull(auth, "auth");
    return new HttpSettings(
        budget, connectTimeout, timeout, userAgent, headers, maxConnections, retries, auth);
  }

  /** The credentials requests carry, if any. */
  public Optional<Auth> auth() {
    return Optional.ofNullable(auth);
  }

  /** Limits the requests of the whole capture (see {@link RateBudget}). */
  public HttpSettings budget(RateBudget budget) {
    Objects.requireNonNull(budget, "budget");
    return new HttpSettings(
        budget, connectTimeout, timeout, userAgent, headers, maxConnections, retries, auth);
  }

  /** The default bound on the wait for a connection (see {@link HttpRequest#connectTimeout}). */
  public HttpSettings connectTimeout(Duration connectTimeout) {
    return new HttpSettings(
        budget,
        positive(connectTimeout, "connectTimeout"),
        timeout,
        userAgent,
        headers,
        maxConnections,
        retries,
        auth);
  }

  /** The default bound on a whole exchange (see {@link HttpRequest#timeout(Duration)}). */
  public HttpSettings timeout(Duration timeout) {
    return new HttpSettings(
        budget,
        connectTimeout,
        positive(timeout, "timeout"),
        userAgent,
        headers,
        maxConnections,
        retries,
        auth);
  }

  /** The {@code User-Agent} sent with every request. */
  public HttpSettings userAgent(String userAgent) {
    Objects.requireNonNull(userAgent, "userAgent");
    return new HttpSettings(
        budget, connectTimeout, timeout, userAgent, headers, maxConnections, retries, auth);
  }

  /**
   * Sends the header {@code name: value} with every request (a request's own {@link
   * HttpRequest#header(String, String)} of the same name wins), replacing a value set before under
   * that name.
   */
  public HttpSettings header(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    List<Map.Entry<String, String>> copy = new ArrayList<>(headers.size() + 1);
    for (Map.Entry<String, String> header : headers) {
      if (!header.getKey().equalsIgnoreCase(name)) {
        copy.add(header);
      }
    }
    copy.add(Map.entry(name, value));
    return new HttpSettings(
        budget,
        connectTimeout,
        timeout,
        userAgent,
        List.copyOf(copy),
        maxConnections,
        retries,
        auth);
  }

  /**
   * The most connections open at once, over all hosts (requests beyond it wait for one, within
   * their connect timeout).
   *
   * @throws IllegalArgumentException if {@code connections} is less than 1
   */
  public HttpSettings maxConnections(int connections) {
    if (connections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1, was " + connections);
    }
    return new HttpSettings(
        budget, connectTimeout, timeout, userAgent, headers, connections, retries, auth);
  }

  /** The back-off between retries of 5xx responses and failed connections. */
  public HttpSettings retries(Backoff backoff) {
    Objects.requireNonNull(backoff, "backoff");
    return new HttpSettings(
        budget, connectTimeout, timeout, userAgent, headers, maxConnections, backoff, auth);
  }

  /** The capture's budget. */
  public RateBudget budget() {
    return budget;
  }

  /** The default connect timeout. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The default whole-exchange timeout. */
  public Duration timeout() {
    return timeout;
  }

  /** The {@code User-Agent}. */
  public String userAgent() {
    return userAgent;
  }

  /** The headers sent with every request. Their values are secrets to print. */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** The most connections open at once. */
  public int maxConnections() {
    return maxConnections;
  }

  /** The back-off between retries. */
  public Backoff retries() {
    return retries;
  }

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
    return duration;
  }

  /** The settings without header values. */
  @Override
  public String toString() {
    return "HttpSettings[auth="
        + (auth == null ? "none" : auth)
        + ", budget="
        + budget
        + ", connectTimeout="
        + connectTimeout
        + ", timeout="
        + timeout
        + ", userAgent="
        + userAgent
        + ", headers="
        + headers.stream().map(Map.Entry::getKey).toList()
        + ", maxConnections="
        + maxConnections
        + ", retries="
        + retries
        + "]";
  }
}
