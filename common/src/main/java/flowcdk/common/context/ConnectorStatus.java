package flowcdk.common.context;

import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The capture's status events (docs/strategies.md#connector-status-events): how many bindings were
 * opened, and how many backfills run per binding. A background logger on the capture's clock starts
 * {@value #FIRST_DELAY_SECONDS} s after the capture starts and then, every second until the
 * stopping signal is set, writes a {@code connectorStatus} event if a counter changed since the
 * last one: {@code "Backfilling <n> out of <total> bindings"} while any binding has a running
 * backfill, otherwise {@code "Streaming change events (all <total> bindings are backfilled)"}.
 *
 * <p>There is one per capture, held by its {@link CaptureContext}, which creates it (and starts its
 * logger) where the capture starts, so the timing follows the capture's start, as in the Python
 * CDK; opening a binding with {@link Strategies} counts in the binding's context. Thread-safe.
 */
public final class ConnectorStatus {

  /** Seconds after the start before the first status event. */
  public static final long FIRST_DELAY_SECONDS = 5;

  /** Seconds between later checks. */
  public static final long PERIOD_SECONDS = 1;

  private final Log log;
  private final Map<Integer, Integer> backfills = new TreeMap<>();
  private int bindings;
  private long version;
  private long emittedVersion;
  private boolean stopped;

  /** Set by {@link #stop()} or the capture's stopping signal; ends the logger's waits at once. */
  private final StopSignal halt = new StopSignal();

  private ConnectorStatus(Log log) {
    this.log = log;
  }

  /** A status writing through {@code log}, without a logger; start one with {@link #start}. */
  public static ConnectorStatus detached(Log log) {
    return new ConnectorStatus(log);
  }

  /**
   * Starts the periodic logger: first check after {@value #FIRST_DELAY_SECONDS} s, then every
   * {@value #PERIOD_SECONDS} s, until {@code stop} is set or {@link #stop()} is called. Never
   * blocks; the returned future completes when the logger ends.
   */
  public Future<Void> start(CaptureClock clock, StopSignal stop) {
    stop.future().onComplete(v -> halt.set("the capture is stopping"));
    return tick(clock, halt, Duration.ofSeconds(FIRST_DELAY_SECONDS));
  }

  private Future<Void> tick(CaptureClock clock, StopSignal stop, Duration wait) {
    return clock
        .sleep(wait, stop)
        .compose(
            elapsed -> {
              if (!elapsed || isStopped()) {
                return Future.succeededFuture();
              }
              emitIfChanged();
              return tick(clock, stop, Duration.ofSeconds(PERIOD_SECONDS));
            });
  }

  /**
   * Ends the periodic logger now, cancelling its pending wait (for a capture ending without a stop
   * signal).
   */
  public void stop() {
    synchronized (this) {
      stopped = true;
    }
    halt.set("the status logger was stopped");
  }

  private synchronized boolean isStopped() {
    return stopped;
  }

  /** Counts one more opened binding. */
  public synchronized void bindingOpened() {
    bindings++;
    version++;
  }

  /** Counts one more running backfill for the binding at {@code index}. */
  public synchronized void backfillStarted(int index) {
    backfills.merge(index, 1, Integer::sum);
    version++;
  }

  /** Counts one backfill of the binding at {@code index} as completed. */
  public synchronized void backfillCompleted(int index) {
    backfills.merge(index, -1, Integer::sum);
    version++;
  }

  /**
   * Marks the status as changed, so the logger writes it again at its next check (after another
   * event, such as a rate-limit notice, replaced it in Flow's view).
   */
  public synchronized void changed() {
    version++;
  }

  /** The number of opened bindings. */
  public synchronized int bindings() {
    return bindings;
  }

  /** The number of bindings with at least one running backfill. */
  public synchronized int backfillingBindings() {
    return (int) backfills.values().stream().filter(n -> n > 0).count();
  }

  /** The status message the counters give now. */
  public synchronized String message() {
    int backfilling = backfillingBindings();
    return backfilling > 0
        ? "Backfilling " + backfilling + " out of " + bindings + " bindings"
        : "Streaming change events (all " + bindings + " bindings are backfilled)";
  }

  /** Writes the status event if a counter changed since the last one; whether it did. */
  public boolean emitIfChanged() {
    String message;
    synchronized (this) {
      if (version == emittedVersion) {
        return false;
      }
      emittedVersion = version;
      message = message();
    }
    log.connectorStatus(message);
    return true;
  }
}
