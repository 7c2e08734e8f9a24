package flowcdk.runtime;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Tuning of the runtime. The defaults suit production; tests shrink them.
 *
 * @param maxQueuedOutputBytes committed bytes that may wait for stdout before producers must wait
 * @param pendingMemoryBudget memory all tasks' uncommitted output may use together before spilling
 * @param taskMemoryLimit memory one task's uncommitted output may use before spilling
 * @param spillDirectory where spilled transactions are written
 * @param gracefulStopTimeout how long a capture may take to wind down once stopping, before the
 *     process gives up and exits 1
 * @param handleSignals whether SIGTERM triggers a graceful stop (off when embedded in tests)
 */
public record RuntimeOptions(
    long maxQueuedOutputBytes,
    long pendingMemoryBudget,
    long taskMemoryLimit,
    Path spillDirectory,
    Duration gracefulStopTimeout,
    boolean handleSignals) {

  /**
   * The defaults: 8 MiB of queued output, 32 MiB of pending output across tasks and 1 MiB per task
   * (as the Python CDK), spills under {@code java.io.tmpdir}, 30 minutes to stop gracefully. Under
   * these, heap used for output is at most about 8 MiB + 32 MiB + one unit per waiting task.
   */
  public static RuntimeOptions defaults() {
    return new RuntimeOptions(
        8L << 20,
        32L << 20,
        1L << 20,
        Path.of(System.getProperty("java.io.tmpdir")),
        Duration.ofMinutes(30),
        true);
  }

  /** A copy with other memory bounds. */
  public RuntimeOptions withMemory(long maxQueuedOutput, long pendingBudget, long perTask) {
    return new RuntimeOptions(
        maxQueuedOutput,
        pendingBudget,
        perTask,
        spillDirectory,
        gracefulStopTimeout,
        handleSignals);
  }

  /** A copy with another graceful-stop timeout. */
  public RuntimeOptions withGracefulStopTimeout(Duration timeout) {
    return new RuntimeOptions(
        maxQueuedOutputBytes,
        pendingMemoryBudget,
        taskMemoryLimit,
        spillDirectory,
        timeout,
        handleSignals);
  }

  /** A copy with signal handling on or off. */
  public RuntimeOptions withSignalHandling(boolean handle) {
    return new RuntimeOptions(
        maxQueuedOutputBytes,
        pendingMemoryBudget,
        taskMemoryLimit,
        spillDirectory,
        gracefulStopTimeout,
        handle);
  }
}
