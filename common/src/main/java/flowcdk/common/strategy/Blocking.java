package flowcdk.common.strategy;

import flowcdk.common.context.CaptureContext;
import flowcdk.common.state.LogCursor;
import flowcdk.common.state.PageCursor;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Fields;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.DocumentWriter;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Adapts blocking fetch functions to the strategies: each invocation runs on a Vert.x worker
 * ({@code executeBlocking}, unordered: a strategy awaits each fetch before the next, so a binding's
 * fetches never overlap, while different bindings' fetches run in parallel on the worker pool —
 * ordered execution would serialize every binding of the capture, which shares one context), and
 * its sink's checkpoints wait for the back-pressure future on that worker thread. The event loop is
 * never blocked; a blocking sink used on an event-loop thread refuses to wait.
 *
 * <p>Stopping: once the capture is stopping, a checkpoint waiting on back-pressure wakes at once
 * and every sink call throws a {@link CaptureStoppedException}, which ends the fetch, and its task,
 * without error and without committing anything more; actions registered with {@link
 * BlockingSink#onStop(CancelAction)} run, to cancel a call blocked in the source.
 *
 * <p>A fetch still running after a minute (a query waiting on a locked table) is logged once, as a
 * warning naming its task (which carries the binding's name) and how long it has been running.
 */
public final class Blocking {

  private Blocking() {}

  /** {@code fetch} as a {@link FetchChanges}. */
  public static FetchChanges changes(BlockingFetchChanges fetch) {
    return (cursor, sink) -> {
      Changes blocking = new Changes(sink);
      return onWorker("FetchChanges", blocking, () -> fetch.fetch(cursor, blocking));
    };
  }

  /** {@code fetch} as a {@link FetchPage}. */
  public static FetchPage pages(BlockingFetchPage fetch) {
    return (page, cutoff, sink) -> {
      Pages blocking = new Pages(sink);
      return onWorker("FetchPage", blocking, () -> fetch.fetch(page, cutoff, blocking));
    };
  }

  /** {@code fetch} as a {@link FetchRecurringPage}. */
  public static FetchRecurringPage recurringPages(BlockingFetchRecurringPage fetch) {
    return (page, cutoff, initiated, sink) -> {
      Pages blocking = new Pages(sink);
      return onWorker("FetchPage", blocking, () -> fetch.fetch(page, cutoff, initiated, blocking));
    };
  }

  /** {@code fetch} as a {@link FetchSnapshot}. */
  public static FetchSnapshot snapshot(BlockingFetchSnapshot fetch) {
    return sink -> {
      Documents blocking = new Documents(sink);
      return onWorker("FetchSnapshot", blocking, () -> fetch.fetch(blocking));
    };
  }

  /** Blocking work. */
  private interface Work {
    void run() throws Exception;
  }

  /**
   * Runs other blocking work on a worker of the current Vert.x context, unordered: a discovery
   * query in {@code CaptureConnector.resources}, an initial state read from the source, a check.
   * Call it on the capture's event loop and compose with the future it returns.
   *
   * @throws IllegalStateException if called outside a Vert.x context
   */
  public static <T> Future<T> call(Callable<T> work) {
    Context context = Vertx.currentContext();
    if (context == null) {
      throw new IllegalStateException(
          "blocking work must be started from the capture's Vert.x context");
    }
    return context.executeBlocking(work, false);
  }

  /**
   * Runs {@code work} (a fetch given {@code sink}) on a worker; warns once if it is still running
   * after the threshold; closes the sink's stop registrations when it ends; and takes its failure
   * after a cancel action ran as the stop.
   */
  private static Future<Void> onWorker(String what, Documents sink, Work work) {
    Context context = Vertx.currentContext();
    long started = System.nanoTime();
    Future<Void> result =
        call(
            () -> {
              try {
                work.run();
              } catch (Exception | Error e) {
                throw sink.asStop(e);
              } finally {
                sink.closeRegistrations();
              }
              return null;
            });
    long millis = Math.max(1, sink.stuckCallWarning().toMillis());
    Vertx vertx = context.owner();
    long timer =
        vertx.setTimer(
            millis,
            id -> {
              if (!result.isComplete()) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                sink.log()
                    .warning(
                        "blocking "
                            + what
                            + " of task "
                            + sink.taskName()
                            + " has been running for "
                            + elapsed.toSeconds()
                            + " s and has not returned; is the source waiting on a lock or a slow"
                            + " query? (reported once per call)",
                        Fields.of(
                            "task",
                            sink.taskName(),
                            "elapsed_seconds",
                            elapsed.toMillis() / 1000.0));
              }
            });
    return result.onComplete(ar -> vertx.cancelTimer(timer));
  }

  /** Documents, delegated as they come, refused once the capture is stopping. */
  private static class Documents implements BlockingSink {
    private final Sink sink;
    private final TaskSink owner;
    private final StopSignal stopping;
    private final List<StopSignal.Registration> registrations = new ArrayList<>();
    private volatile boolean cancelled;

    Documents(Sink sink) {
      this.sink = sink;
      this.owner = sink instanceof TaskSink taskSink ? taskSink : null;
      this.stopping = owner != null ? owner.worker.stopping() : new StopSignal();
    }

    String taskName() {
      return owner != null ? owner.worker.task().name() : "(none)";
    }

    /** After how long the fetch is reported as still running: the capture's threshold. */
    Duration stuckCallWarning() {
      return owner != null
          ? owner.worker.binding().context().stuckCallWarning()
          : CaptureContext.STUCK_CALL_WARNING;
    }

    Log log() {
      return owner != null ? owner.worker.log() : Log.named("flowcdk.blocking");
    }

    @Override
    public void document(RawJson document) {
      checkStopping();
      sink.document(document);
    }

    @Override
    public void document(DocumentWriter writer) {
      checkStopping();
      sink.document(writer);
    }

    @Override
    public void documentFor(int binding, RawJson document) {
      checkStopping();
      sink.documentFor(binding, document);
    }

    @Override
    public void sourcedSchema(RawJson schema) {
      checkStopping();
      sink.sourcedSchema(schema);
    }

    @Override
    public StopSignal.Registration onStop(CancelAction cancel) {
      StopSignal.Registration registration =
          stopping.onStop(
              () -> {
                cancelled = true;
                try {
                  cancel.cancel();
                } catch (Exception | Error e) {
                  log()
                      .warning(
                          "cancelling the blocking call of task "
                              + taskName()
                              + " failed: "
                              + e
                              + "; it ends when the call returns",
                          Fields.of("task", taskName()));
                }
              });
      synchronized (registrations) {
        registrations.add(registration);
      }
      return registration;
    }

    /** Closes every registration of this fetch (it has returned). */
    void closeRegistrations() {
      synchronized (registrations) {
        for (StopSignal.Registration registration : registrations) {
          registration.close();
        }
        registrations.clear();
      }
    }

    /** Throws (and records) the stop if the capture is stopping. */
    void checkStopping() {
      if (stopping.isSet()) {
        throw stopped(null);
      }
    }

    /**
     * {@code error} as the fetch's failure: a stop if it is one, or if a cancel action ran and the
     * capture is stopping (the failure is the cancelled call's), else itself.
     */
    Exception asStop(Throwable error) {
      if (error instanceof CaptureStoppedException stop) {
        record(stop);
        return stop;
      }
      if (stopping.isSet() && (cancelled || CaptureStoppedException.isCause(error))) {
        return stopped(error);
      }
      if (error instanceof Exception e) {
        return e;
      }
      throw (Error) error;
    }

    private CaptureStoppedException stopped(Throwable cause) {
      CaptureStoppedException stop =
          cause == null
              ? new CaptureStoppedException(taskName(), stopping.reason())
              : new CaptureStoppedException(taskName(), stopping.reason(), cause);
      record(stop);
      return stop;
    }

    private void record(CaptureStoppedException stop) {
      if (owner != null) {
        owner.stopped(stop);
      }
    }

    /**
     * Waits for a checkpoint's back-pressure {@code future} on this worker thread, rethrowing its
     * failure; wakes with a {@link CaptureStoppedException} as soon as the capture is stopping.
     */
    void await(Future<Void> future) {
      if (Context.isOnEventLoopThread()) {
        throw new IllegalStateException(
            "a blocking sink must not wait on the event loop; run the fetch through Blocking");
      }
      CompletableFuture<Void> done = future.toCompletionStage().toCompletableFuture();
      StopSignal.Registration wake =
          done.isDone() ? null : stopping.onStop(() -> done.completeExceptionally(stopped(null)));
      try {
        waitFor(done);
      } finally {
        if (wake != null) {
          wake.close();
        }
      }
    }

    private void waitFor(CompletableFuture<Void> done) {
      try {
        done.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a checkpoint", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof CaptureStoppedException stop) {
          record(stop);
          throw stop;
        }
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause.getMessage(), cause);
      }
    }
  }

  private static final class Changes extends Documents implements BlockingChangeSink {
    private final ChangeSink sink;

    Changes(ChangeSink sink) {
      super(sink);
      this.sink = sink;
    }

    @Override
    public void checkpoint(LogCursor cursor) {
      checkStopping();
      await(sink.checkpoint(cursor));
    }

    @Override
    public void triggerBackfill() {
      checkStopping();
      await(sink.triggerBackfill());
    }
  }

  private static final class Pages extends Documents implements BlockingPageSink {
    private final PageSink sink;

    Pages(PageSink sink) {
      super(sink);
      this.sink = sink;
    }

    @Override
    public void checkpoint(PageCursor next) {
      checkStopping();
      await(sink.checkpoint(next));
    }

    @Override
    public void checkpointPatch(RawJson objectPatch) {
      checkStopping();
      await(sink.checkpointPatch(objectPatch));
    }
  }
}
