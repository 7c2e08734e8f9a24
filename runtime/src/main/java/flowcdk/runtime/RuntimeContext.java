package flowcdk.runtime;

import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Vertx;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the runtime gives a connector for the whole session, before its first request: the Vert.x
 * instance the session runs on, the session's clock, and its stopping signal. Components that
 * outlive one request (the capture's HTTP client) are built from it, so their waits follow the
 * session's clock and end at once when the session stops.
 */
public final class RuntimeContext {

  private final Vertx vertx;
  private final CaptureClock clock;
  private final StopSignal stopping;
  private final Consumer<String> stop;

  /**
   * A context of the session running on {@code vertx} and {@code clock}, whose {@code stopping}
   * signal the session sets, and which {@code stop} asks to stop.
   */
  public RuntimeContext(
      Vertx vertx, CaptureClock clock, StopSignal stopping, Consumer<String> stop) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stopping = Objects.requireNonNull(stopping, "stopping");
    this.stop = Objects.requireNonNull(stop, "stop");
  }

  /** The session's Vert.x instance (closed when the session ends). */
  public Vertx vertx() {
    return vertx;
  }

  /** The session's clock: the capture's tasks run on it too. */
  public CaptureClock clock() {
    return clock;
  }

  /**
   * Set when the session stops: SIGTERM, {@code --timeout}, a failed request or a failed capture
   * task. A capture's own stopping signal is set first, so its tasks see a stop, not a failure,
   * when a wait on this one ends.
   */
  public StopSignal stopping() {
    return stopping;
  }

  /** Stops the session gracefully, exactly as SIGTERM does, with {@code reason} in the log. */
  public void stop(String reason) {
    stop.accept(reason);
  }
}
