package flowcdk.common.http;

import flowcdk.common.http.TransportFailure.Phase;
import flowcdk.connector.http.HttpResponse;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request on the wire and its response, with what it holds until it ends: a permit of the
 * budget, a timer for its timeout and a stop registration, all released exactly once, when the body
 * has been read (or discarded, or cancelled) or the exchange failed.
 *
 * <p>The response is paused as soon as its head arrives, so its body waits on the connection (with
 * back-pressure) until someone reads it. A deadline or a stop resets the request: whatever is
 * waiting on it fails at once.
 */
final class Exchange {

  private enum Interruption {
    TIMEOUT,
    STOP,
    CANCEL
  }

  private final Wire wire;
  private final Hop hop;
  private final Duration timeout;
  private final RateGate.Permit permit;
  private final Promise<Exchange> opened = Promise.promise();
  private final AtomicBoolean released = new AtomicBoolean();
  private volatile Interruption interruption;
  private volatile HttpClientRequest request;
  private volatile HttpClientResponse response;

  /** A failure of the response that came before its body was read or streamed. */
  private volatile Throwable early;

  private volatile long timer = -1;
  private volatile StopSignal.Registration onStop;

  private Exchange(Wire wire, Hop hop, Duration timeout, RateGate.Permit permit) {
    this.wire = wire;
    this.hop = hop;
    this.timeout = timeout;
    this.permit = permit;
  }

  /**
   * Sends {@code hop} once a permit of the budget is granted, and completes when the response head
   * arrives. The {@code timeout} starts then, not before: waiting for the budget is the capture's
   * own pacing, not the server's slowness. It bounds everything after, up to the last byte of the
   * body. Fails with a {@link TransportFailure} ({@link Phase#CONNECT}) if the request cannot be
   * sent or is not answered in time, or with a {@code CaptureStoppedException} if the capture
   * stops.
   */
  static Future<Exchange> send(Wire wire, Hop hop, Duration timeout, Duration connectTimeout) {
    return wire.gate()
        .acquire()
        .compose(permit -> new Exchange(wire, hop, timeout, permit).start(connectTimeout));
  }

  private Future<Exchange> start(Duration connectTimeout) {
    opened.future().onFailure(error -> release());
    long id =
        wire.vertx()
            .setTimer(Math.max(1, timeout.toMillis()), ignored -> interrupt(Interruption.TIMEOUT));
    timer = id;
    if (released.get()) {
      wire.vertx().cancelTimer(id);
    }
    StopSignal.Registration registration =
        wire.stopping().onStop(() -> interrupt(Interruption.STOP));
    onStop = registration;
    if (released.get()) {
      registration.close();
    }
    try {
      transmit(connectTimeout);
    } catch (RuntimeException e) {
      // A request Vert.x refuses outright (e.g. a header value with a line break): not a network
      // failure, so not retried.
      opened.tryFail(e);
    }
    return opened.future();
  }

  private void transmit(Duration connectTimeout) {
    RequestOptions options =
        hop.target()
            .options()
            .setMethod(hop.method())
            .setHeaders(hop.headers())
            .setConnectTimeout(Math.max(1, connectTimeout.toMillis()));
    wire.client()
        .request(options)
        .onComplete(
            connected -> {
              if (connected.failed()) {
                opened.tryFail(failure(connected.cause(), Phase.CONNECT));
                return;
              }
              HttpClientRequest sending = connected.result();
              request = sending;
              wire.gate()
                  .spaceSend()
                  .onComplete(
                      spaced -> {
                        if (spaced.failed()) {
                          sending.reset();
                          opened.tryFail(spaced.cause());
                          return;
                        }
                        send(sending);
                      });
            });
  }

  /** Sends the request on its connection, and completes {@code opened} with the response head. */
  private void send(HttpClientRequest sending) {
    if (interruption != null) {
      sending.reset();
      return;
    }
    Future<HttpClientResponse> sent;
    try {
      sent = hop.body() == null ? sending.send() : sending.send(hop.body().copy());
    } catch (RuntimeException e) {
      sending.reset();
      // A connection the server closed while the request was being set up: a failure to send,
      // retried. Anything else (a header Vert.x refuses) is the request's fault, not retried.
      opened.tryFail(e instanceof IllegalStateException ? failure(e, Phase.CONNECT) : e);
      return;
    }
    sent.onComplete(
        answered -> {
          if (answered.failed()) {
            opened.tryFail(failure(answered.cause(), Phase.CONNECT));
            return;
          }
          // Paused before anything else runs on this event loop: the body stays on the
          // connection until it is read.
          HttpClientResponse head = answered.result();
          head.pause();
          // Until the body is read or streamed: a connection lost meanwhile is kept, not lost.
          head.exceptionHandler(lost -> early = lost);
          response = head;
          if (!opened.tryComplete(this)) {
            sending.reset();
          }
        });
  }

  private void interrupt(Interruption why) {
    synchronized (this) {
      if (interruption != null || released.get()) {
        return;
      }
      interruption = why;
    }
    HttpClientRequest sending = request;
    if (sending != null) {
      sending.reset();
    }
    opened.tryFail(failure(null, Phase.CONNECT));
  }

  /**
   * What a failure of this exchange means: a stop of the capture, the deadline, or {@code cause} as
   * a {@link TransportFailure} of {@code phase}.
   */
  Throwable failure(Throwable cause, Phase phase) {
    Interruption why = interruption;
    if (why == Interruption.STOP || (cause != null && wire.stopping().isSet())) {
      return wire.stopped(hop.describe(), cause);
    }
    if (why == Interruption.TIMEOUT) {
      return new TransportFailure(
          phase,
          new TimeoutException(
              (phase == Phase.CONNECT ? "no response" : "the response body did not end")
                  + " within "
                  + RateLimitEpisodes.seconds(timeout)
                  + " (the request's timeout; raise it with HttpRequest.timeout)"));
    }
    return new TransportFailure(phase, cause == null ? new IllegalStateException(why + "") : cause);
  }

  /**
   * Reads the whole body, then releases the exchange. The body is gathered in one buffer sized from
   * {@code Content-Length} when the server gave it (up to {@value #MAX_PRESIZE} bytes), so a large
   * body is not copied into ever larger arrays as it arrives.
   */
  Future<Buffer> readBody() {
    HttpClientResponse head = response;
    Promise<Buffer> whole = Promise.promise();
    Buffer gathered = Buffer.buffer(initialCapacity(head.getHeader("Content-Length")));
    Throwable lost = early;
    if (lost != null) {
      whole.fail(lost);
    } else {
      try {
        head.handler(gathered::appendBuffer);
        head.exceptionHandler(whole::tryFail);
        head.endHandler(v -> whole.tryComplete(gathered));
        head.resume();
      } catch (RuntimeException e) {
        // Vert.x refuses handlers on a response its closed connection already ended.
        whole.tryFail(early != null ? early : e);
      }
    }
    Future<Buffer> body = whole.future();
    return body.transform(
        read -> {
          release();
          return read.succeeded()
              ? Future.succeededFuture(read.result())
              : Future.failedFuture(failure(read.cause(), Phase.BODY));
        });
  }

  /** The largest body buffer allocated up front from a {@code Content-Length}: 64 MiB. */
  static final int MAX_PRESIZE = 64 * 1024 * 1024;

  /** A body buffer's first capacity for {@code contentLength} (a header value, or null). */
  static int initialCapacity(String contentLength) {
    if (contentLength != null && !contentLength.isEmpty() && contentLength.length() <= 10) {
      try {
        long length = Long.parseLong(contentLength.trim());
        if (length >= 0) {
          return (int) Math.min(length, MAX_PRESIZE);
        }
      } catch (NumberFormatException e) {
        // not a length: start small, as without one
      }
    }
    return 1024;
  }

  /** Reads and drops the body (so the connection can be reused), then releases the exchange. */
  void discard() {
    readBody();
  }

  /**
   * Resets the request (closing the connection) and releases the exchange; does nothing once the
   * exchange was released (its body read, or failed).
   */
  void cancel() {
    if (released.get()) {
      return;
    }
    synchronized (this) {
      if (interruption == null) {
        interruption = Interruption.CANCEL;
      }
    }
    HttpClientRequest sending = request;
    if (sending != null) {
      sending.reset();
    }
    release();
  }

  /** Whether the exchange was {@linkplain #cancel() cancelled}. */
  boolean cancelled() {
    return interruption == Interruption.CANCEL;
  }

  /** Gives back the permit and stops the timer and the stop registration; idempotent. */
  void release() {
    if (!released.compareAndSet(false, true)) {
      return;
    }
    permit.release();
    long id = timer;
    if (id >= 0) {
      wire.vertx().cancelTimer(id);
    }
    StopSignal.Registration registration = onStop;
    if (registration != null) {
      registration.close();
    }
  }

  /** The hop this exchange sent. */
  Hop hop() {
    return hop;
  }

  /** A failure of the response before its body was read or streamed, or null. */
  Throwable earlyFailure() {
    return early;
  }

  /** The response, once the head arrived. */
  HttpClientResponse response() {
    return response;
  }

  /** The response status. */
  int status() {
    return response.statusCode();
  }

  /** A response header. */
  String header(String name) {
    return response.getHeader(name);
  }

  /** A copy of the response headers. */
  MultiMap headers() {
    return MultiMap.caseInsensitiveMultiMap().addAll(response.headers());
  }

  /** The whole response, with {@code body}. */
  HttpResponse toResponse(Buffer body) {
    return new HttpResponse(status(), headers(), hop.target().url(), body);
  }
}
