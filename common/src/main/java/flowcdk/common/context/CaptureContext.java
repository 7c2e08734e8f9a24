package flowcdk.common.context;

import flowcdk.connector.http.Http;
import flowcdk.runtime.protocol.Range;
import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.StopSignal;
import flowcdk.runtime.task.Task;
import java.time.Duration;
import java.util.Objects;

/**
 * What one capture's bindings share, owned by the capture: created where the capture starts and
 * handed to every binding inside its {@code BindingContext} (for the strategies), so per-capture
 * state never lives in a static field.
 *
 * @param root the capture's root task: the bindings' work runs as its children
 * @param clock the capture's clock (strategies take time and wait through it)
 * @param status the capture's status counters and their logger
 *     (docs/strategies.md#connector-status-events)
 * @param stuckCallWarning after how long a still-running blocking fetch is reported (see {@code
 *     flowcdk.connector.Blocking})
 * @param http the capture's HTTP client, shared by every binding
 * @param range the part of Flow's key space this instance captures, from the Open request
 *     (docs/scale-out.md)
 */
public record CaptureContext(
    Task root,
    CaptureClock clock,
    ConnectorStatus status,
    Duration stuckCallWarning,
    Http http,
    Range range) {

  /** After how long a still-running blocking fetch is reported, unless a test shortens it. */
  public static final Duration STUCK_CALL_WARNING = Duration.ofSeconds(60);

  /** Checks the components. */
  public CaptureContext {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(stuckCallWarning, "stuckCallWarning");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(range, "range");
  }

  /**
   * The context of a capture starting now in {@code root}: if {@code statusEvents}, its status
   * logger starts on {@code clock} and ends with the root's stopping signal or when the root task
   * finishes; otherwise the status only counts. Its bindings share {@code http}; it captures what
   * {@code range} claims.
   */
  public static CaptureContext start(
      Task root, CaptureClock clock, boolean statusEvents, Http http, Range range) {
    ConnectorStatus status = ConnectorStatus.detached(root.log());
    if (statusEvents) {
      status.start(clock, root.stopping());
      root.finished().onComplete(v -> status.stop());
    }
    return new CaptureContext(root, clock, status, STUCK_CALL_WARNING, http, range);
  }

  /** This context with another stuck-call threshold (for tests). */
  public CaptureContext withStuckCallWarning(Duration threshold) {
    return new CaptureContext(root, clock, status, threshold, http, range);
  }

  /** The capture's stopping signal (the root task's). */
  public StopSignal stopping() {
    return root.stopping();
  }
}
