package flowcdk.common.http;

import flowcdk.common.http.TransportFailure.Phase;
import flowcdk.connector.http.HttpError;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpResponse;
import flowcdk.connector.http.HttpTransportException;
import flowcdk.runtime.log.Fields;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import java.time.Duration;
import java.util.Optional;

/**
 * One call of the client: the attempt loop, run until the server gives a response the call returns
 * (a status below 400 that is not a redirect) or fails with.
 *
 * <ul>
 *   <li>Before each attempt: the adaptive limiter's pacing, or, when longer, the wait the last
 *       response asked for ({@code Retry-After}) or the back-off after a 5xx; then the credentials
 *       (fetched for every attempt, as tokens may be refreshed), then the budget.
 *   <li>429: always retried; after {@code Retry-After} when given (the adaptive limiter does not
 *       count it), else when the limiter allows (the limiter counts it as a rate-limited attempt).
 *   <li>5xx: retried while the request's policy agrees, after {@code Retry-After} (503) or a
 *       back-off; else an {@link HttpError}.
 *   <li>Other 4xx: an {@link HttpError}.
 *   <li>Failures to connect or send, and no response within the timeout: retried 3 times with the
 *       back-off, then an {@link HttpTransportException}.
 *   <li>Redirects: followed within the attempt, at most {@value Hop#MAX_REDIRECTS}.
 * </ul>
 *
 * A failure while reading a body leaves this loop as a {@link TransportFailure} of {@link
 * Phase#BODY}: whether that repeats the call is the caller's decision. Attempts run one after the
 * other, so the counters need no locking.
 */
final class Call {

  /** Connection attempts per attempt of the loop: the first and 3 retries. */
  static final int CONNECT_ATTEMPTS = 4;

  private final Wire wire;
  private final HttpRequest request;
  private final Hop first;
  private final Duration timeout;
  private final Duration connectTimeout;
  private int attempt;
  private int serverErrors;

  Call(Wire wire, HttpRequest request, Hop first) {
    this.wire = wire;
    this.request = request;
    this.first = first;
    this.timeout = request.timeout().orElse(wire.settings().timeout());
    this.connectTimeout = request.connectTimeout().orElse(wire.settings().connectTimeout());
  }

  /** {@code GET https://...}, for messages. */
  String name() {
    return request.toString();
  }

  /** The request. */
  HttpRequest request() {
    return request;
  }

  /**
   * Runs attempts until one gets a response to return, whose body is still unread; fails with an
   * {@link HttpError}, an {@link HttpTransportException}, a {@link TransportFailure} of {@link
   * Phase#BODY} (an error response's body could not be read), a {@code CaptureStoppedException}, or
   * the failure of the credentials.
   */
  Future<Exchange> run() {
    Promise<Exchange> result = Promise.promise();
    loop(Duration.ZERO, result);
    return result.future();
  }

  /**
   * What an attempt led to: the exchange to return, or a retry after a wait. 429s and 5xx are
   * retried without limit, so the loop completes one promise rather than chaining a future per
   * attempt, which would grow without bound.
   */
  private record Outcome(Exchange exchange, Duration retryAfter) {
    static Outcome done(Exchange exchange) {
      return new Outcome(exchange, null);
    }

    static Outcome retry(Duration wait) {
      return new Outcome(null, wait);
    }
  }

  private void loop(Duration asked, Promise<Exchange> result) {
    attempt(asked)
        .onComplete(
            outcome -> {
              if (outcome.failed()) {
                result.fail(outcome.cause());
              } else if (outcome.result().exchange() != null) {
                result.complete(outcome.result().exchange());
              } else {
                loop(outcome.result().retryAfter(), result);
              }
            });
  }

  private Future<Outcome> attempt(Duration asked) {
    double pacedWith = wire.limiter().delay();
    Duration paced = wire.limiter().pacing(pacedWith);
    Duration wait = paced.compareTo(asked) >= 0 ? paced : asked;
    return wire.pause(wait, name())
        .compose(v -> Credentials.attach(first, request.withToken() ? wire.tokens().get() : null))
        .compose(
            hop -> {
              attempt++;
              return connect(hop, 1);
            })
        .compose(exchange -> judge(exchange, pacedWith));
  }

  private Future<Exchange> connect(Hop hop, int connectAttempt) {
    return follow(hop, 0)
        .recover(
            error -> {
              if (!(error instanceof TransportFailure failure)
                  || failure.phase() != Phase.CONNECT) {
                return Future.failedFuture(error);
              }
              if (connectAttempt >= CONNECT_ATTEMPTS) {
                return Future.failedFuture(
                    new HttpTransportException(
                        request.method(),
                        request.url(),
                        "failed after " + connectAttempt + " attempts: " + failure.getMessage(),
                        failure.getCause()));
              }
              wire.log()
                  .warning(
                      "error occurred while establishing connection (will retry)",
                      Fields.of(
                              "url",
                              request.url(),
                              "method",
                              request.method().name(),
                              "attempt",
                              connectAttempt)
                          .with("error", failure.getMessage()));
              return wire.pause(wire.backoff(connectAttempt), name())
                  .compose(v -> connect(hop, connectAttempt + 1));
            });
  }

  private Future<Exchange> follow(Hop hop, int redirects) {
    return Exchange.send(wire, hop, timeout, connectTimeout)
        .compose(
            exchange -> {
              String location = exchange.header("Location");
              if (!Hop.REDIRECTS.contains(exchange.status()) || location == null) {
                return Future.succeededFuture(exchange);
              }
              exchange.discard();
              if (redirects >= Hop.MAX_REDIRECTS) {
                return Future.failedFuture(
                    new HttpTransportException(
                        request.method(),
                        request.url(),
                        "gave up after "
                            + redirects
                            + " redirects (the last one to "
                            + location
                            + "); the server redirects in a loop, or more often than"
                            + " this client follows",
                        null));
              }
              Hop next;
              try {
                next = hop.redirect(exchange.status(), location);
              } catch (IllegalArgumentException e) {
                return Future.failedFuture(
                    new HttpTransportException(
                        request.method(),
                        request.url(),
                        "the server redirected to " + location + ", which is " + e.getMessage(),
                        e));
              }
              return follow(next, redirects + 1);
            });
  }

  private Future<Outcome> judge(Exchange exchange, double pacedWith) {
    int status = exchange.status();
    String host = exchange.hop().target().host();
    if (status == 429) {
      Optional<Duration> asked = retryAfter(exchange);
      // The adaptive limiter paces servers that rate-limit without saying for how long; a server
      // that sends Retry-After is waited for exactly, and does not slow down every later request.
      if (asked.isEmpty()) {
        wire.limiter().update(pacedWith, true);
      }
      exchange.discard();
      asked.ifPresent(wait -> announce(exchange, status, wait));
      return Future.succeededFuture(Outcome.retry(asked.orElse(Duration.ZERO)));
    }
    wire.limiter().update(pacedWith, false);
    if (status >= 500 && status < 600) {
      return exchange.readBody().compose(body -> serverError(exchange, body));
    }
    if (status >= 400) {
      return exchange
          .readBody()
          .compose(body -> Future.<Outcome>failedFuture(new HttpError(exchange.toResponse(body))));
    }
    wire.episodes().succeeded(host);
    return Future.succeededFuture(Outcome.done(exchange));
  }

  private Future<Outcome> serverError(Exchange exchange, Buffer body) {
    HttpResponse response = exchange.toResponse(body);
    int status = response.status();
    MultiMap headers = response.headers();
    if (!request.retryPolicy().shouldRetry(status, headers, body, attempt)) {
      return Future.failedFuture(new HttpError(response));
    }
    wire.log()
        .warning(
            "server internal error (will retry)",
            Fields.of(
                    "status_code", status,
                    "content_type", response.contentType(),
                    "body", HttpError.bodyExcerpt(body))
                .with("url", response.url()));
    Optional<Duration> asked = status == 503 ? retryAfter(exchange) : Optional.empty();
    if (asked.isPresent()) {
      announce(exchange, status, asked.get());
      return Future.succeededFuture(Outcome.retry(asked.get()));
    }
    serverErrors++;
    return Future.succeededFuture(Outcome.retry(wire.backoff(serverErrors)));
  }

  private Optional<Duration> retryAfter(Exchange exchange) {
    return RetryAfter.parse(exchange.header("Retry-After"), wire.clock().now());
  }

  private void announce(Exchange exchange, int status, Duration wait) {
    if (wait.compareTo(RateLimitEpisodes.NOTABLE) < 0) {
      return;
    }
    String host = exchange.hop().target().host();
    wire.log()
        .warning(
            "server asked to wait before retrying (Retry-After)",
            Fields.of(
                    "url",
                    exchange.hop().target().url(),
                    "status_code",
                    status,
                    "wait_seconds",
                    wait.toNanos() / 1e9)
                .with("attempt", attempt));
    wire.episodes().waiting(host, status, wait);
  }
}
