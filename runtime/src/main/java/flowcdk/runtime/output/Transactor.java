package flowcdk.runtime.output;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;

/**
 * Commits transactions to stdout and, when the capture asked for explicit acknowledgements, matches
 * Flow's {@code acknowledge} requests to them.
 *
 * <p>With explicit acknowledgements every commit appends a slot to a FIFO, under the same lock that
 * queues its bytes, so FIFO order is stdout order. {@code acknowledge(n)} releases the first {@code
 * n} slots; a committer that asked to wait for its acknowledgement is then resumed. Asking for more
 * acknowledgements than there are pending checkpoints is a protocol error.
 */
public final class Transactor {

  private final OutputWriter writer;
  private final boolean explicitAcknowledgements;
  private final ArrayDeque<Slot> pending = new ArrayDeque<>();

  /** A transactor writing through {@code writer}. */
  public Transactor(OutputWriter writer, boolean explicitAcknowledgements) {
    this.writer = writer;
    this.explicitAcknowledgements = explicitAcknowledgements;
  }

  /** Whether Flow acknowledges each checkpoint. */
  public boolean explicitAcknowledgements() {
    return explicitAcknowledgements;
  }

  /**
   * Writes {@code unit} (documents and their checkpoint) as one contiguous run. The future
   * completes when the caller may produce more (back-pressure), not when Flow acknowledges.
   */
  public Future<Void> commit(Unit unit) {
    synchronized (this) {
      if (explicitAcknowledgements) {
        pending.addLast(Slot.PLACEHOLDER);
      }
      return writer.submit(unit.markTransaction());
    }
  }

  /**
   * Writes {@code unit} like {@link #commit(Unit)} and completes once Flow has acknowledged its
   * checkpoint (and the caller may produce more).
   *
   * @throws IllegalStateException if the capture was opened without explicit acknowledgements
   */
  public Future<Void> commitAndAwaitAck(Unit unit) {
    if (!explicitAcknowledgements) {
      throw new IllegalStateException(
          "waiting for an acknowledgement needs a capture opened with explicitAcknowledgements=true;"
              + " return OpenedCapture.withExplicitAcknowledgements(...) from open()");
    }
    Slot slot = new Slot(Vertx.currentContext());
    Future<Void> accepted;
    synchronized (this) {
      pending.addLast(slot);
      accepted = writer.submit(unit.markTransaction());
    }
    return accepted.compose(v -> slot.promise.future());
  }

  /** Checkpoints emitted and not yet acknowledged. */
  public synchronized int pendingAcknowledgements() {
    return pending.size();
  }

  /**
   * Handles {@code acknowledge {checkpoints: n}}: releases the first {@code n} pending checkpoints.
   * Without explicit acknowledgements it does nothing, as Flow may still send them.
   *
   * @throws AcknowledgementException if {@code n} exceeds the checkpoints pending
   */
  public void acknowledge(long checkpoints) throws AcknowledgementException {
    if (!explicitAcknowledgements || checkpoints == 0) {
      return;
    }
    ArrayDeque<Slot> released = new ArrayDeque<>();
    synchronized (this) {
      if (checkpoints > pending.size()) {
        throw new AcknowledgementException(
            "received ACK for "
                + checkpoints
                + " checkpoint(s) but only "
                + pending.size()
                + " are pending");
      }
      for (long i = 0; i < checkpoints; i++) {
        released.add(pending.pollFirst());
      }
    }
    for (Slot slot : released) {
      slot.complete();
    }
  }

  private static final class Slot {
    static final Slot PLACEHOLDER = new Slot(null);

    final Context context;
    final Promise<Void> promise = Promise.promise();

    Slot(Context context) {
      this.context = context;
    }

    void complete() {
      if (this == PLACEHOLDER) {
        return;
      }
      if (context != null) {
        context.runOnContext(v -> promise.tryComplete());
      } else {
        promise.tryComplete();
      }
    }
  }
}
