package flowcdk.runtime;

import flowcdk.runtime.task.TaskWork;
import java.util.Objects;

/**
 * What {@link Connector#open} returns: whether Flow should acknowledge each checkpoint, and the
 * capture's work, which the runtime runs as the root task {@code capture}.
 *
 * @param explicitAcknowledgements whether the {@code opened} response asks Flow for an {@code
 *     acknowledge} per checkpoint (needed by tasks that wait for acknowledgements)
 * @param work the capture: typically spawns one child task per binding and strategy
 */
public record OpenedCapture(boolean explicitAcknowledgements, TaskWork work) {

  /** Checks the work is present. */
  public OpenedCapture {
    Objects.requireNonNull(work, "work");
  }

  /** A capture without explicit acknowledgements. */
  public static OpenedCapture of(TaskWork work) {
    return new OpenedCapture(false, work);
  }

  /** A capture whose checkpoints Flow acknowledges one by one. */
  public static OpenedCapture withExplicitAcknowledgements(TaskWork work) {
    return new OpenedCapture(true, work);
  }
}
