package flowcdk.runtime.task;

import io.vertx.core.Future;
import io.vertx.core.Promise;

/**
 * The capture's stopping signal, shared by all its tasks. Once set it stays set; strategies check
 * it between fetches (and wake from idle waits through {@link #future()}), finish their current
 * step and return, so the capture winds down with all committed work flushed.
 */
public final class StopSignal {

  private final Promise<Void> promise = Promise.promise();
  private volatile String reason;

  /** Whether a stop was requested. */
  public boolean isSet() {
    return reason != null;
  }

  /** Why the stop was requested, or null. */
  public String reason() {
    return reason;
  }

  /** Completes when a stop is requested. */
  public Future<Void> future() {
    return promise.future();
  }

  /** Requests a stop; the first reason given is kept. Safe from any thread. */
  public void set(String why) {
    synchronized (this) {
      if (reason != null) {
        return;
      }
      reason = why;
    }
    promise.tryComplete();
  }
}
