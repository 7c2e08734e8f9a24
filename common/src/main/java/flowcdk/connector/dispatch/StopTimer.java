package flowcdk.connector.dispatch;

import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.StopSignal;
import flowcdk.runtime.task.Task;
import java.time.Duration;
import java.time.Instant;

/**
 * A background timer that sets the capture's stopping signal at an instant (the 24-hour periodic
 * restart, a scheduled re-initialization). It waits on the capture's clock, is no task of the
 * capture (it never keeps the capture alive), and is cancelled when the capture stops or ends.
 */
final class StopTimer {

  private StopTimer() {}

  /**
   * Sets {@code root}'s stopping signal with {@code reason} at {@code at}, unless the capture ends
   * first.
   */
  static void arm(Task root, CaptureClock clock, Instant at, String reason) {
    StopSignal cancel = new StopSignal();
    root.stopping().future().onComplete(v -> cancel.set("the capture is stopping"));
    root.finished().onComplete(v -> cancel.set("the capture ended"));
    Duration delay = Duration.between(clock.now(), at);
    clock
        .sleep(delay.isNegative() ? Duration.ZERO : delay, cancel)
        .onSuccess(
            fired -> {
              if (fired) {
                root.stopping().set(reason);
              }
            });
  }
}
