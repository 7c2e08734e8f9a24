package flowcdk.common.http;

import flowcdk.runtime.log.Log;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells the user, through the capture's status, when a server makes the capture wait: one {@code
 * connectorStatus} event when a host first asks for a wait of a second or more with {@code
 * Retry-After}, and one when a request to that host succeeds again. Many bindings waiting on the
 * same host make one episode, not one event each. Thread-safe.
 */
final class RateLimitEpisodes {

  /** Waits shorter than this are routine and not worth a status event. */
  static final Duration NOTABLE = Duration.ofSeconds(1);

  private final Log log;
  private final Set<String> waitingOn = new HashSet<>();
  private volatile Runnable onResumed = () -> {};

  RateLimitEpisodes(Log log) {
    this.log = log;
  }

  /**
   * Runs {@code action} after each "resumed" event: the capture's status logger then says again
   * what the capture does, which the rate-limit events had replaced.
   */
  void onResumed(Runnable action) {
    onResumed = action;
  }

  /** Notes that {@code host} answered {@code status} asking for {@code wait}. */
  void waiting(String host, int status, Duration wait) {
    if (wait.compareTo(NOTABLE) < 0) {
      return;
    }
    boolean first;
    synchronized (this) {
      first = waitingOn.add(host);
    }
    if (first) {
      String why = status == 429 ? "Rate limited by " + host : host + " is unavailable (503)";
      log.connectorStatus(
          why + ": waiting " + seconds(wait) + " as the server asked (Retry-After)");
    }
  }

  /** Notes that a request to {@code host} succeeded, ending its episode if it had one. */
  void succeeded(String host) {
    boolean ended;
    synchronized (this) {
      ended = !waitingOn.isEmpty() && waitingOn.remove(host);
    }
    if (ended) {
      log.connectorStatus("Requests to " + host + " resumed after the server asked to wait");
      onResumed.run();
    }
  }

  /** {@code 60 s}, {@code 4.5 s}. */
  static String seconds(Duration wait) {
    if (wait.equals(Duration.ofSeconds(wait.toSeconds()))) {
      return wait.toSeconds() + " s";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", wait.toNanos() / 1e9);
  }
}
