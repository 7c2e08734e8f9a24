package flowcdk.runtime;

import flowcdk.runtime.task.ClockFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of the runtime. The defaults suit production; tests shrink them.
 *
 * @param maxQueuedOutputBytes committed bytes that may wait for stdout before producers must wait
 * @param pendingMemoryBudget memory all tasks' uncommitted output may use together before spilling
 * @param taskMemoryLimit memory one task's uncommitted output may use before spilling
 * @param spillDirectory where spilled transactions are written
 * @param stopGrace how long, once the capture is stopping (SIGTERM, a stop handle, a failed task or
 *     session), tasks may take to wind down and committed output may take to reach stdout; when it
 *     has passed the process exits regardless: 1 if committed transactions were not written (they
 *     are captured again at the next start), and the same bound applies to writing the last output
 *     of any session that ends
 * @param handleSignals whether SIGTERM triggers a graceful stop (off when embedded in tests)
 * @param clock makes the session's clock (its capture's and its HTTP client's): the wall clock by
 *     default, a manual clock in tests
 */
public record RuntimeOptions(
    long maxQueuedOutputBytes,
    long pendingMemoryBudget,
    long taskMemoryLimit,
    Path spillDirectory,
    Duration stopGrace,
    boolean handleSignals,
    ClockFactory clock) {

  /** The default {@link #stopGrace() stop grace}: 5 seconds. */
  public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(5);

  /** Checks the values. */
  public RuntimeOptions {
    if (stopGrace == null || stopGrace.isNegative()) {
      throw new IllegalArgumentException(
          "stopGrace must be zero or positive, got " + stopGrace + "; the default is 5 seconds");
    }
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * The defaults: 8 MiB of queued output, 32 MiB of pending output across tasks and 1 MiB per task
   * (as the Python CDK), spills under {@code java.io.tmpdir}, 5 seconds of stop grace. Under these,
   * heap used for output is at most about 8 MiB + 32 MiB + one unit per waiting task.
   */
  public static RuntimeOptions defaults() {
    return new RuntimeOptions(
        8L << 20,
        32L << 20,
        1L << 20,
        Path.of(System.getProperty("java.io.tmpdir")),
        DEFAULT_STOP_GRACE,
        true,
        ClockFactory.WALL);
  }

  /** A copy with other memory bounds. */
  public RuntimeOptions withMemory(long maxQueuedOutput, long pendingBudget, long perTask) {
    return new RuntimeOptions(
        maxQueuedOutput, pendingBudget, perTask, spillDirectory, stopGrace, handleSignals, clock);
  }

  /** A copy with another {@link #stopGrace() stop grace}. */
  public RuntimeOptions withStopGrace(Duration timeout) {
    return new RuntimeOptions(
        maxQueuedOutputBytes,
        pendingMemoryBudget,
        taskMemoryLimit,
        spillDirectory,
        timeout,
        handleSignals,
        clock);
  }

  /** A copy with signal handling on or off. */
  public RuntimeOptions withSignalHandling(boolean handle) {
    return new RuntimeOptions(
        maxQueuedOutputBytes,
        pendingMemoryBudget,
        taskMemoryLimit,
        spillDirectory,
        stopGrace,
        handle,
        clock);
  }

  /** A copy whose sessions run on the clock {@code clocks} makes (a test's manual clock). */
  public RuntimeOptions withClock(ClockFactory clocks) {
    return new RuntimeOptions(
        maxQueuedOutputBytes,
        pendingMemoryBudget,
        taskMemoryLimit,
        spillDirectory,
        stopGrace,
        handleSignals,
        clocks);
  }
}
