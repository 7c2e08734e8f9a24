package flowcdk.connector;

import flowcdk.common.context.ConnectorStatus;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.StopSignal;
import flowcdk.runtime.task.Task;
import java.time.Duration;

/**
 * What one strategy task works with: its binding, its own (child) task, its subtask id ({@code
 * null} for the single form), the binding's polling interval and the capture's status counters.
 */
record Worker(
    BindingContext<?, ?> binding,
    Task task,
    String subtaskId,
    Duration interval,
    ConnectorStatus status) {

  String stateKey() {
    return binding.stateKey();
  }

  int index() {
    return binding.index();
  }

  CaptureClock clock() {
    return binding.clock();
  }

  Log log() {
    return task.log();
  }

  StopSignal stopping() {
    return task.stopping();
  }
}
