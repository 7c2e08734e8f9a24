package flowcdk.connector;

import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.DocumentWriter;
import io.vertx.core.Future;

/**
 * The part of a strategy's sink shared by incremental and backfill fetches: documents go into the
 * task's pending transaction; the first contract error is kept (the strategy fails with it even if
 * the fetch function swallows it); and a sink refuses use once its fetch has completed. A fetch
 * aborted by the stop (see {@link #stopped}) fails with the {@link CaptureStoppedException}, which
 * ends its task without error.
 */
abstract class TaskSink implements Sink {

  final Worker worker;
  private final String fetchName;
  private Throwable failure;
  private CaptureStoppedException stopped;
  private String closedBecause;
  private Future<Void> lastCommit = Future.succeededFuture();

  TaskSink(Worker worker, String fetchName) {
    this.worker = worker;
    this.fetchName = fetchName;
  }

  /** Called after each document is buffered. */
  abstract void onDocument();

  @Override
  public void document(RawJson document) {
    ensureOpen();
    worker.task().captured(worker.index(), document);
    onDocument();
  }

  @Override
  public void document(DocumentWriter writer) {
    ensureOpen();
    worker.task().captured(worker.index(), writer);
    onDocument();
  }

  @Override
  public void documentFor(int binding, RawJson document) {
    ensureOpen();
    worker.task().captured(binding, document);
    onDocument();
  }

  @Override
  public void sourcedSchema(RawJson schema) {
    ensureOpen();
    worker.task().sourcedSchema(worker.index(), schema);
  }

  /** Throws if the sink may no longer be used. */
  void ensureOpen() {
    if (failure != null) {
      throw new IllegalStateException(
          "the sink of " + fetchName + " failed earlier: " + failure.getMessage(), failure);
    }
    if (closedBecause != null) {
      throw new IllegalStateException("the sink of " + fetchName + " was used " + closedBecause);
    }
  }

  /**
   * Records that a blocking sink aborted the fetch because the capture is stopping: the fetch then
   * fails with it even if the fetch function swallowed it, so nothing takes the aborted call for a
   * complete one (a backfill page for the last page) and nothing is committed after it.
   */
  void stopped(CaptureStoppedException error) {
    if (stopped == null) {
      stopped = error;
    }
  }

  /** Records a contract error and returns it as a failed future. */
  <T> Future<T> fail(Throwable error) {
    if (failure == null) {
      failure = error;
    }
    return Future.failedFuture(error);
  }

  /** Commits a checkpoint, remembering its back-pressure future. */
  Future<Void> commit(RawJson patch) {
    try {
      lastCommit = worker.task().checkpoint(patch);
    } catch (RuntimeException e) {
      return fail(e);
    }
    return lastCommit;
  }

  /** Refuses further use, e.g. once the fetch completed. */
  void close(String because) {
    if (closedBecause == null) {
      closedBecause = because;
    }
  }

  /**
   * Closes the sink after its fetch completed with {@code result}: fails with the first contract
   * error, or the fetch's own failure; otherwise completes once the last commit is accepted.
   */
  Future<Void> settle(io.vertx.core.AsyncResult<Void> result) {
    close("after its fetch completed");
    if (stopped != null) {
      return Future.failedFuture(stopped);
    }
    if (failure != null) {
      return Future.failedFuture(failure);
    }
    if (result.failed()) {
      return Future.failedFuture(result.cause());
    }
    return lastCommit;
  }
}
