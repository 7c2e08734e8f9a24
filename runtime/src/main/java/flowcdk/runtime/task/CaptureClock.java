package flowcdk.runtime.task;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;

/**
 * Time as the strategies see it: the current instant, and waits that end early when the capture is
 * asked to stop. Production uses {@link VertxClock}; tests use a virtual clock they advance by
 * hand, so timing rules are tested fast and deterministically.
 */
public interface CaptureClock {

  /** The current instant (UTC). */
  Instant now();

  /**
   * Completes with {@code true} once {@code duration} has passed, or with {@code false} as soon as
   * {@code stop} is set (immediately if it already is). A non-positive duration completes at once
   * (with {@code false} if stopping).
   */
  Future<Boolean> sleep(Duration duration, StopSignal stop);
}
