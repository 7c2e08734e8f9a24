package flowcdk.common.http;

import flowcdk.runtime.task.CaptureClock;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A header whose token is fetched, kept until its refresh time, and fetched again after: the token
 * exchange sources and the Google service account. One fetch at a time: a caller arriving while a
 * fetch runs gets that fetch's result (a provider may revoke a token that a concurrent fetch just
 * replaced). Thread-safe; the lock guards the cache only and is never held while waiting.
 */
final class CachingTokenSource implements TokenSource {

  /**
   * A fetched token.
   *
   * @param accessToken the token; a secret
   * @param refreshAt from when the next request fetches a new one
   */
  record Fetched(String accessToken, Instant refreshAt) {
    @Override
    public String toString() {
      return "Fetched[accessToken=[redacted], refreshAt=" + refreshAt + "]";
    }
  }

  private record Cached(AuthHeader header, Instant refreshAt) {}

  private final HeaderStyle style;
  private final Supplier<Future<Fetched>> fetch;
  private final CaptureClock clock;

  // Guarded by this.
  private Cached cached;
  private Future<AuthHeader> inFlight;

  CachingTokenSource(HeaderStyle style, Supplier<Future<Fetched>> fetch, CaptureClock clock) {
    this.style = style;
    this.fetch = fetch;
    this.clock = clock;
  }

  @Override
  public Future<AuthHeader> header() {
    Promise<AuthHeader> fetching;
    synchronized (this) {
      if (cached != null && clock.now().isBefore(cached.refreshAt())) {
        return Future.succeededFuture(cached.header());
      }
      if (inFlight != null) {
        return inFlight;
      }
      fetching = Promise.promise();
      inFlight = fetching.future();
    }
    Future<Fetched> fetched;
    try {
      fetched = fetch.get();
    } catch (RuntimeException e) {
      fetched = Future.failedFuture(e);
    }
    fetched.onComplete(
        result -> {
          AuthHeader header =
              result.succeeded() ? style.header(result.result().accessToken()) : null;
          synchronized (this) {
            inFlight = null;
            if (header != null) {
              cached = new Cached(header, result.result().refreshAt());
            }
          }
          // Outside the lock: the waiters' continuations run here and may call header() again.
          if (header != null) {
            fetching.complete(header);
          } else {
            fetching.fail(result.cause());
          }
        });
    return fetching.future();
  }

  @Override
  public String toString() {
    return "CachingTokenSource[header=" + style.name() + "]";
  }
}
