package flowcdk.runtime.internal;

import java.util.function.Consumer;

/**
 * Stops a running session gracefully from outside, the way SIGTERM does: no more requests are
 * served, the capture's stopping signal is set, and what was committed is flushed before {@link
 * RuntimeLoop#run} returns. Safe to call from any thread, before or after the session has started,
 * and more than once (only the first call counts).
 */
public final class StopHandle {

  private Consumer<String> target;
  private String pending;

  /** A handle not yet bound to a session. */
  public StopHandle() {}

  /**
   * Asks the session to stop gracefully.
   *
   * @param reason why, as the log line shows it ({@code "received <reason>; stopping gracefully"})
   */
  public void stop(String reason) {
    Consumer<String> bound;
    synchronized (this) {
      if (pending != null) {
        return;
      }
      pending = reason;
      bound = target;
    }
    if (bound != null) {
      bound.accept(reason);
    }
  }

  /** Connects the handle to a session; a stop asked for earlier is delivered now. */
  void bind(Consumer<String> session) {
    String early;
    synchronized (this) {
      target = session;
      early = pending;
    }
    if (early != null) {
      session.accept(early);
    }
  }
}
