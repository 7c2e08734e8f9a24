package flowcdk.connector;

import flowcdk.common.context.CaptureContext;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * How {@link Blocking} runs a blocking fetch: on a worker of the capture's context, with a sink
 * that delegates to the strategy's sink, waits for back-pressure on the worker thread, refuses to
 * go on once the capture is stopping, and runs the fetch's cancel actions when it stops.
 */
final class WorkerSinks {

  private WorkerSinks() {}

  /** Blocking work. */
  interface Work {
    void run() throws Exception;
  }

  /**
   * Runs {@code work} (a fetch given {@code sink}) on a worker; warns once if it is still running
   * after the threshold; closes the sink's stop registrations when it ends; and takes its failure
   * after a cancel action ran as the stop.
   */
  static Future<Void> onWorker(String what, Documents sink, Work work) {
    Context context = Vertx.currentContext();
    long started = System.nanoTime();
    Future<Void> result =
        Blocking.call(
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
                        what
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
  static class Documents implements Blocking.Sink {
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
          ? owner.worker.binding().scope().capture().stuckCallWarning()
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
    public StopSignal.Registration onStop(Blocking.CancelAction cancel) {
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

  static final class ChangesOnWorker extends Documents implements Blocking.Sink.Changes {
    private final Sink.Changes sink;

    ChangesOnWorker(Sink.Changes sink) {
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

  static final class PagesOnWorker extends Documents implements Blocking.Sink.Page {
    private final Sink.Page sink;

    PagesOnWorker(Sink.Page sink) {
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
