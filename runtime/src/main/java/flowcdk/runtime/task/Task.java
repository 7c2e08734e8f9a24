package flowcdk.runtime.task;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Fields;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.output.TxnBuffer;
import flowcdk.runtime.output.Unit;
import flowcdk.runtime.protocol.CaptureFraming;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A unit of concurrent capture work with its own pending transaction.
 *
 * <p>{@link #captured} and {@link #sourcedSchema} append lines to the task's private buffer;
 * nothing reaches stdout until {@link #checkpoint}, which appends the checkpoint line and commits
 * documents and checkpoint as one contiguous unit: transactions of different tasks never
 * interleave, and a task's documents keep their order. {@link #reset()} drops what is pending. The
 * lines' bytes are {@link CaptureFraming}'s, the protocol package's one spelling of them.
 *
 * <p>A task has one writer at a time: fan-out is done with {@linkplain #spawn child tasks}. A task
 * is finished when its work's future has completed and all its children have finished. Methods must
 * be called on the capture's event loop, or from one worker thread at a time that the task's work
 * is waiting on.
 */
public final class Task {

  private final TaskScope scope;
  private final String name;
  private final Log log;
  private final TxnBuffer buffer;
  private final Promise<Void> finished = Promise.promise();
  private final List<long[]> sourcedSchemaRanges = new ArrayList<>();
  private JsonGenerator generator;
  private int runningChildren;
  private boolean workDone;
  private Throwable workError;

  Task(TaskScope scope, String name, Log log) {
    this.scope = scope;
    this.name = name;
    this.log = log;
    this.buffer = new TxnBuffer(scope.budget(), scope.taskMemoryLimit(), scope.spillDirectory());
  }

  /** The task's name, e.g. {@code capture.users.backfill}. */
  public String name() {
    return name;
  }

  /** The task's logger, e.g. {@code flow.capture.users.backfill}. */
  public Log log() {
    return log;
  }

  /**
   * The capture's clock: take the time and wait through it (the wall clock unless the runtime
   * options give another, e.g. a test's manual clock).
   */
  public CaptureClock clock() {
    return scope.clock();
  }

  /** The capture's stopping signal. */
  public StopSignal stopping() {
    return scope.stopping();
  }

  /** The Vert.x instance the capture runs on (timers, blocking work). */
  public Vertx vertx() {
    return scope.context().owner();
  }

  /** Bytes pending in the open transaction. */
  public long pendingBytes() {
    return buffer.size();
  }

  /**
   * Appends a document for the binding at index {@code binding} of the Open request. The bytes are
   * copied as they are, without re-parsing.
   *
   * @throws IllegalArgumentException if {@code doc} is not a JSON object
   */
  public void captured(int binding, RawJson doc) {
    if (!doc.isObject()) {
      throw new IllegalArgumentException(
          "task "
              + name
              + ": a captured document must be a JSON object, but binding "
              + binding
              + " was given "
              + abbreviate(doc));
    }
    try {
      CaptureFraming.captured(buffer, binding, doc);
    } catch (IOException e) {
      throw new UncheckedIOException("task " + name + ": failed to buffer a document", e);
    }
  }

  /**
   * Appends a document that {@code writer} serializes straight into the task's buffer. If the
   * writer throws, the half-written line is removed and the exception propagates.
   */
  public void captured(int binding, DocumentWriter writer) {
    long mark = buffer.size();
    try {
      CaptureFraming.capturedHead(buffer, binding);
      JsonGenerator g = generator();
      writer.write(g);
      g.flush();
      CaptureFraming.capturedTail(buffer);
    } catch (IOException | RuntimeException e) {
      rollBack(mark);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UncheckedIOException(
          "task " + name + ": failed to write a document", (IOException) e);
    }
  }

  /**
   * Appends a {@code sourcedSchema} line for {@code binding}: the schema the source declares for
   * its documents, committed with the next checkpoint. Not part of the {@linkplain #pendingDigest()
   * digest}.
   */
  public void sourcedSchema(int binding, RawJson schema) {
    if (!schema.isObject()) {
      throw new IllegalArgumentException(
          "task "
              + name
              + ": a sourced schema must be a JSON object, but binding "
              + binding
              + " was given "
              + abbreviate(schema));
    }
    long start = buffer.size();
    try {
      CaptureFraming.sourcedSchema(buffer, binding, schema);
    } catch (IOException e) {
      throw new UncheckedIOException("task " + name + ": failed to buffer a sourced schema", e);
    }
    sourcedSchemaRanges.add(new long[] {start, buffer.size()});
  }

  /**
   * A hex digest (128 bits) of the documents captured since the last checkpoint or reset. Two
   * transactions with the same documents in the same order have the same digest; snapshots use it
   * to skip emitting unchanged data.
   */
  public String pendingDigest() {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
    long[] offset = {0};
    int[] range = {0};
    buffer.readPending(
        (bytes, start, length) -> {
          // Feed the bytes, leaving out sourced-schema lines (ranges are sorted and disjoint).
          long base = offset[0];
          int from = start;
          int end = start + length;
          while (from < end) {
            long absolute = base + (from - start);
            long[] skip =
                range[0] < sourcedSchemaRanges.size() ? sourcedSchemaRanges.get(range[0]) : null;
            if (skip != null && absolute >= skip[0]) {
              int skipTo = (int) Math.min(end, start + (skip[1] - base));
              from = skipTo;
              if (base + (skipTo - start) >= skip[1]) {
                range[0]++;
              }
              continue;
            }
            int until = skip == null ? end : (int) Math.min(end, start + (skip[0] - base));
            digest.update(bytes, from, until - from);
            from = until;
          }
          offset[0] += length;
        });
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  /** Drops every document and sourced schema pending since the last checkpoint. */
  public void reset() {
    buffer.discard();
    sourcedSchemaRanges.clear();
  }

  /**
   * Commits the pending documents followed by a checkpoint whose {@code updated} state is a JSON
   * merge patch (RFC 7396) to the connector state. The future completes when the task may produce
   * more: immediately while stdout keeps up, later when it is slow (back-pressure).
   */
  public Future<Void> checkpoint(RawJson updated) {
    return checkpoint(updated, true);
  }

  /**
   * Commits the pending documents followed by a checkpoint; with {@code mergePatch} false the
   * {@code updated} state replaces the whole connector state.
   */
  public Future<Void> checkpoint(RawJson updated, boolean mergePatch) {
    return releasedOnStop(scope.transactor().commit(seal(updated, mergePatch)));
  }

  /**
   * Like {@link #checkpoint(RawJson)}, and completes only once Flow has acknowledged this
   * checkpoint. Needs a capture opened with explicit acknowledgements.
   */
  public Future<Void> checkpointAndAwaitAck(RawJson updated) {
    return releasedOnStop(scope.transactor().commitAndAwaitAck(seal(updated, true)));
  }

  /**
   * Like {@link #checkpointAndAwaitAck(RawJson)}, but the wait goes on while the capture stops: for
   * work that bounds the wait itself, such as a webhook request that is answered only once its
   * documents are acknowledged, and that the endpoint lets finish when it drains at a stop.
   */
  public Future<Void> checkpointAndAwaitAckThroughStop(RawJson updated) {
    return scope.transactor().commitAndAwaitAck(seal(updated, true));
  }

  /**
   * {@code waiting}, or, if it is still pending when the capture is asked to stop, a future failing
   * at once with a {@link CaptureStoppedException}: no producer stays blocked on back-pressure (or
   * an acknowledgement) once stopping. The commit itself stays queued and is written if stdout
   * takes it within the stop grace. The stop registration is removed as soon as {@code waiting}
   * completes, so commits leave nothing behind.
   */
  private Future<Void> releasedOnStop(Future<Void> waiting) {
    if (waiting.isComplete()) {
      return waiting;
    }
    StopSignal stopping = scope.stopping();
    if (stopping.isSet()) {
      return Future.failedFuture(new CaptureStoppedException(name, stopping.reason()));
    }
    Promise<Void> released = Promise.promise();
    Context context = Vertx.currentContext();
    StopSignal.Registration registration =
        stopping.onStop(
            () -> {
              CaptureStoppedException stopped =
                  new CaptureStoppedException(name, stopping.reason());
              if (context != null) {
                context.runOnContext(v -> released.tryFail(stopped));
              } else {
                released.tryFail(stopped);
              }
            });
    waiting.onComplete(
        ar -> {
          registration.close();
          if (ar.succeeded()) {
            released.tryComplete();
          } else {
            released.tryFail(ar.cause());
          }
        });
    return released.future();
  }

  /**
   * Starts {@code work} concurrently in a child task named {@code <this name>.<suffix>}. This task
   * is not finished until the child is. The returned future completes when the child (and its own
   * children) have finished, failing if the child failed; a child's failure is also recorded as the
   * capture's error if it is the first, and stops the capture.
   */
  public Future<Void> spawn(String suffix, TaskWork work) {
    Task child = new Task(scope, name + "." + suffix, log.child(suffix));
    runningChildren++;
    child
        .finished()
        .onComplete(
            ar -> {
              runningChildren--;
              maybeFinish();
            });
    child.start(work);
    return child.finished();
  }

  /**
   * Completes when this task's work and all its children have finished: failed with the work's
   * error if it failed. Background timers use it to cancel themselves when the capture ends.
   */
  public Future<Void> finished() {
    return finished.future();
  }

  void start(TaskWork work) {
    scope.started(this);
    Future<?> result;
    try {
      result = work.run(this);
      if (result == null) {
        throw new NullPointerException("the work of task " + name + " returned a null future");
      }
    } catch (Throwable e) {
      result = Future.failedFuture(e);
    }
    result.onComplete(ar -> workEnded(ar.cause()));
  }

  private void workEnded(Throwable error) {
    workDone = true;
    workError = error;
    if (error != null && stopping().isSet() && CaptureStoppedException.isCause(error)) {
      // Stopped while producing or waiting: not a failure (as cancellation in the Python CDK).
      log.debug(
          "task stopped with the capture; its uncommitted documents are dropped",
          Fields.of("task", name, "pendingBytes", buffer.size()));
      workError = null;
    } else if (error != null) {
      scope.failed(this, error);
    } else if (buffer.size() > 0) {
      log.warning(
          "task finished with documents that were never checkpointed; they are dropped",
          Fields.of("task", name, "pendingBytes", buffer.size()));
    }
    reset();
    maybeFinish();
  }

  private void maybeFinish() {
    if (workDone && runningChildren == 0) {
      scope.ended(this);
      if (workError != null) {
        finished.tryFail(workError);
      } else {
        finished.tryComplete();
      }
    }
  }

  private Unit seal(RawJson updated, boolean mergePatch) {
    if (!updated.isObject()) {
      throw new IllegalArgumentException(
          "task "
              + name
              + ": a checkpoint's state must be a JSON object, got "
              + abbreviate(updated));
    }
    try {
      CaptureFraming.checkpoint(buffer, updated, mergePatch);
      sourcedSchemaRanges.clear();
      return buffer.seal();
    } catch (IOException e) {
      throw new UncheckedIOException("task " + name + ": failed to seal a transaction", e);
    }
  }

  private JsonGenerator generator() throws IOException {
    if (generator == null) {
      generator = JsonFactories.factory().createGenerator(buffer);
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    }
    return generator;
  }

  private void rollBack(long mark) {
    generator = null; // its state is unknown after a failure; start a fresh one next time
    try {
      buffer.truncate(mark);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "task " + name + ": failed to drop a half-written document", e);
    }
  }

  private static String abbreviate(RawJson json) {
    String text = json.toString();
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
