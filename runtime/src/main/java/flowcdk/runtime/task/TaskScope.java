package flowcdk.runtime.task;

import flowcdk.runtime.log.Fields;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.output.MemoryBudget;
import flowcdk.runtime.output.Transactor;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the tasks of one capture share: the event-loop context they run on, the transactor to
 * stdout, the memory budget for pending output, the stopping signal and the first error.
 *
 * <p>{@link #run(TaskWork)} starts the root task ({@code capture}, logging as {@code flow.capture})
 * and completes when it and all its descendants have finished: successfully if no task failed,
 * otherwise with a {@link TaskFailedException} for the first task that failed. A failing task does
 * not cancel its siblings; it sets the stopping signal so they wind down gracefully.
 */
public final class TaskScope {

  /** Default bytes of pending output one task keeps in memory before spilling (1 MiB). */
  public static final long DEFAULT_TASK_MEMORY = 1024 * 1024;

  private final Context context;
  private final Transactor transactor;
  private final MemoryBudget budget;
  private final long taskMemoryLimit;
  private final Path spillDirectory;
  private final Log log;
  private final StopSignal stopping = new StopSignal();
  private final ClockFactory clocks;
  private CaptureClock clock;
  private final Set<Task> running = new LinkedHashSet<>();
  private final Set<Throwable> reported = Collections.newSetFromMap(new IdentityHashMap<>());
  private TaskFailedException firstError;

  /**
   * A scope whose tasks run on {@code context} and commit through {@code transactor}; each task
   * keeps at most {@code taskMemoryLimit} pending bytes in memory (and all together at most the
   * budget's limit) and spills the rest into {@code spillDirectory}.
   *
   * <p>Only the runtime creates a scope, when a capture opens (and tests, on the class path): its
   * transactor and budget are the runtime's own, in the package {@code flowcdk.runtime.output} that
   * the module does not export, so code on the module path cannot call this.
   */
  // "exports": the parameters' types are deliberately not exported (see above).
  @SuppressWarnings("exports")
  public TaskScope(
      Context context,
      Transactor transactor,
      MemoryBudget budget,
      long taskMemoryLimit,
      Path spillDirectory,
      Log log) {
    this(context, transactor, budget, taskMemoryLimit, spillDirectory, log, ClockFactory.WALL);
  }

  /**
   * A scope as above whose clock {@code clocks} makes (the session's clock, or a test's manual
   * clock).
   */
  public TaskScope(
      Context context,
      Transactor transactor,
      MemoryBudget budget,
      long taskMemoryLimit,
      Path spillDirectory,
      Log log,
      ClockFactory clocks) {
    this.clocks = java.util.Objects.requireNonNull(clocks, "clocks");
    this.context = context;
    this.transactor = transactor;
    this.budget = budget;
    this.taskMemoryLimit = taskMemoryLimit;
    this.spillDirectory = spillDirectory;
    this.log = log;
  }

  /** Runs {@code work} as the root task {@code capture}; see the class description. */
  public Future<Void> run(TaskWork work) {
    Task root = new Task(this, "capture", log.child("capture"));
    clock = clocks.clock(context.owner());
    context.runOnContext(v -> root.start(work));
    return root.finished()
        .transform(
            ar -> {
              synchronized (this) {
                if (firstError != null) {
                  return Future.failedFuture(firstError);
                }
              }
              return ar.succeeded() ? Future.succeededFuture() : Future.failedFuture(ar.cause());
            });
  }

  /** The capture's clock, made when the root task is (see {@link #run}). */
  CaptureClock clock() {
    return clock;
  }

  /** The capture's stopping signal. */
  public StopSignal stopping() {
    return stopping;
  }

  /** The first task failure, or null. */
  public synchronized TaskFailedException firstError() {
    return firstError;
  }

  /** Names of the tasks still running, oldest first. */
  public synchronized List<String> runningTasks() {
    List<String> names = new ArrayList<>();
    for (Task task : running) {
      names.add(task.name());
    }
    return names;
  }

  Context context() {
    return context;
  }

  Transactor transactor() {
    return transactor;
  }

  MemoryBudget budget() {
    return budget;
  }

  long taskMemoryLimit() {
    return taskMemoryLimit;
  }

  Path spillDirectory() {
    return spillDirectory;
  }

  synchronized void started(Task task) {
    running.add(task);
  }

  synchronized void ended(Task task) {
    running.remove(task);
  }

  void failed(Task task, Throwable error) {
    boolean first;
    synchronized (this) {
      if (!reported.add(error)) {
        return; // a parent passing on its child's failure: already logged and recorded
      }
      first = firstError == null;
      if (first) {
        firstError = new TaskFailedException(task.name(), error);
      }
    }
    // An expected failure is the user's to act on: its message says all, a stack trace would only
    // bury it (the process's final error line repeats it, naming the task).
    task.log().log(
        flowcdk.runtime.log.Level.ERROR,
        "task " + task.name() + " failed: " + TaskFailedException.describe(error),
        Fields.of("task", task.name()),
        error instanceof ExpectedFailure ? null : error);
    stopping.set(first ? "task " + task.name() + " failed" : stopping.reason());
  }
}
