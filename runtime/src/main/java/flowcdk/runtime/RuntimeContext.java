package flowcdk.runtime;

import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Vertx;
import java.util.Objects;

/**
 * What the runtime gives a connector for the whole session, before its first request: the Vert.x
 * instance the session runs on, the session's clock, and its stopping signal. Components that
 * outlive one request (the capture's HTTP client) are built from it, so their waits follow the
 * session's clock and end at once when the session stops.
 *
 * @param vertx the session's Vert.x instance (closed when the session ends)
 * @param clock the session's clock: the capture's tasks run on it too
 * @param stopping set when the session stops: SIGTERM, {@code --timeout}, a failed request or a
 *     failed capture task; setting it stops the session gracefully, exactly as SIGTERM does
 */
public record RuntimeContext(Vertx vertx, CaptureClock clock, StopSignal stopping) {

  /** Checks the parts. */
  public RuntimeContext {
    Objects.requireNonNull(vertx, "vertx");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(stopping, "stopping");
  }
}
