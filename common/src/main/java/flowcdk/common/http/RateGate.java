package flowcdk.common.http;

import flowcdk.connector.http.RateBudget;
import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a {@link RateBudget} for the whole capture: every request on the wire first takes a {@link
 * Permit}, which waits for a place among the requests in flight (first come, first served), then
 * for its turn in the rate's pacing.
 *
 * <p>Pacing, not a token bucket: each permit is given a start time at least {@code 1/rate} after
 * the previous one, and, once its connection is ready, its request is sent at least {@code 1/rate}
 * after the last one sent ({@link #spaceSend}), so no burst exceeds one request and any second
 * holds at most {@code rate + 1} requests, however long each connection took to open. Turns are
 * handed out in the order permits got their place, so waiting is fair. All waits are on the
 * capture's clock and end at once with a {@link CaptureStoppedException} when the capture stops.
 * Thread-safe.
 */
final class RateGate {

  /** A place in the budget, held until the request's exchange ends. */
  interface Permit {
    /** Gives the place back; only the first call counts. */
    void release();
  }

  private static final Permit FREE = () -> {};

  private final CaptureClock clock;
  private final StopSignal stopping;
  private final Duration interval;
  private final int maxConcurrent;
  private final ArrayDeque<Promise<Void>> waiting = new ArrayDeque<>();
  private int inFlight;
  private Instant nextStart;
  private Instant lastSent;

  RateGate(RateBudget budget, CaptureClock clock, StopSignal stopping) {
    this.clock = clock;
    this.stopping = stopping;
    this.interval =
        budget.rateLimit().isPresent()
            ? AdaptiveLimiter.seconds(1 / budget.rateLimit().getAsDouble())
            : null;
    this.maxConcurrent = budget.concurrencyLimit().orElse(0);
  }

  /** Waits for a place and a turn; fails with a {@link CaptureStoppedException} on a stop. */
  Future<Permit> acquire() {
    if (stopping.isSet()) {
      return Future.failedFuture(stopped());
    }
    if (interval == null && maxConcurrent == 0) {
      return Future.succeededFuture(FREE);
    }
    return place().compose(this::turn);
  }

  private Future<Permit> place() {
    if (maxConcurrent == 0) {
      return Future.succeededFuture(FREE);
    }
    Promise<Void> promise;
    synchronized (this) {
      if (inFlight < maxConcurrent && waiting.isEmpty()) {
        inFlight++;
        return Future.succeededFuture(new Place());
      }
      promise = Promise.promise();
      waiting.add(promise);
    }
    StopSignal.Registration onStop =
        stopping.onStop(
            () -> {
              synchronized (this) {
                waiting.remove(promise);
              }
              promise.tryFail(stopped());
            });
    return promise.future().andThen(ar -> onStop.close()).map(v -> new Place());
  }

  /**
   * Waits, once the request's connection is ready, until at least one interval has passed since the
   * last request this gate let go, so requests reach the server evenly spaced even when their
   * connections took different times to open (in a fresh process, the first connections take longer
   * than the later ones, which would otherwise send the first requests in one burst). The wait is
   * at most the spread of connection times; it ends at once with a {@link CaptureStoppedException}
   * on a stop.
   */
  Future<Void> spaceSend() {
    if (interval == null) {
      return Future.succeededFuture();
    }
    Instant now = clock.now();
    Instant send;
    synchronized (this) {
      send =
          lastSent == null || !lastSent.plus(interval).isAfter(now) ? now : lastSent.plus(interval);
      lastSent = send;
    }
    Duration wait = Duration.between(now, send);
    if (wait.isZero()) {
      return Future.succeededFuture();
    }
    return clock
        .sleep(wait, stopping)
        .compose(
            elapsed -> {
              if (!elapsed) {
                return Future.failedFuture(stopped());
              }
              // A timer that fired late moves the next send later too: spacing is counted from
              // when requests really go.
              Instant sent = clock.now();
              synchronized (this) {
                if (sent.isAfter(lastSent)) {
                  lastSent = sent;
                }
              }
              return Future.succeededFuture();
            });
  }

  private Future<Permit> turn(Permit place) {
    if (interval == null) {
      return Future.succeededFuture(place);
    }
    Instant now = clock.now();
    Instant start;
    synchronized (this) {
      start = nextStart == null || nextStart.isBefore(now) ? now : nextStart;
      nextStart = start.plus(interval);
    }
    Duration wait = Duration.between(now, start);
    if (wait.isZero()) {
      return Future.succeededFuture(place);
    }
    return clock
        .sleep(wait, stopping)
        .compose(
            elapsed -> {
              if (elapsed) {
                return Future.succeededFuture(place);
              }
              place.release();
              return Future.failedFuture(stopped());
            });
  }

  /** Hands a freed place to the first request waiting for one, or returns it. */
  private void free() {
    while (true) {
      Promise<Void> next;
      synchronized (this) {
        next = waiting.poll();
        if (next == null) {
          inFlight--;
          return;
        }
      }
      // A waiter failed by a stop in the meantime does not take the place: try the next.
      if (next.tryComplete()) {
        return;
      }
    }
  }

  private CaptureStoppedException stopped() {
    return new CaptureStoppedException("waiting for the HTTP rate budget", stopping.reason());
  }

  /** A place among the requests in flight. */
  private final class Place implements Permit {
    private final AtomicBoolean released = new AtomicBoolean();

    @Override
    public void release() {
      if (released.compareAndSet(false, true)) {
        free();
      }
    }
  }
}
