package flowcdk.runtime.task;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The capture's stopping signal, shared by all its tasks. Once set it stays set; strategies check
 * it between fetches (and wake from idle waits through {@link #future()}), and producers waiting on
 * back-pressure are released at once (with a {@link CaptureStoppedException}), so the capture winds
 * down promptly with all committed work flushed.
 *
 * <p>{@link #onStop(Runnable)} registers an action that runs once when the stop is requested, and
 * is removed again by closing its {@link Registration}: unlike a listener on {@link #future()},
 * which stays until the stop, a closed registration holds nothing, so work that registers one per
 * fetch (thousands a day) does not accumulate them.
 */
public final class StopSignal {

  /** A registered stop action; closing it removes the action if it has not run yet. */
  public interface Registration extends AutoCloseable {
    /** Removes the action; does nothing if it already ran or was removed. Never throws. */
    @Override
    void close();
  }

  private final Promise<Void> promise = Promise.promise();
  private final Set<Entry> actions = new LinkedHashSet<>();
  private volatile String reason;

  /** A signal not set yet. */
  public StopSignal() {}

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

  /**
   * Runs {@code action} exactly once when a stop is requested, on the thread requesting it, or at
   * once on this thread if a stop already was; unless the returned registration is closed first.
   * Exceptions of the action propagate to whoever requested the stop, so actions should not throw.
   */
  public Registration onStop(Runnable action) {
    // Each registration is its own entry, so the same action registered twice runs twice.
    Entry entry = new Entry(action);
    synchronized (this) {
      if (reason == null) {
        actions.add(entry);
        return () -> {
          synchronized (this) {
            actions.remove(entry);
          }
        };
      }
    }
    action.run();
    return () -> {};
  }

  /** Actions registered and not yet run or removed (for tests of leaks). */
  public synchronized int registeredActions() {
    return actions.size();
  }

  /** Requests a stop; the first reason given is kept. Safe from any thread. */
  public void set(String why) {
    List<Entry> toRun;
    synchronized (this) {
      if (reason != null) {
        return;
      }
      reason = why;
      toRun = new ArrayList<>(actions);
      actions.clear();
    }
    promise.tryComplete();
    for (Entry entry : toRun) {
      entry.action.run();
    }
  }

  /** One registration (identity-compared). */
  private static final class Entry {
    final Runnable action;

    Entry(Runnable action) {
      this.action = action;
    }
  }
}
