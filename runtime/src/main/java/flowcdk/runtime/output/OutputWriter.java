package flowcdk.runtime.output;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The single path to stdout: a FIFO of {@link Unit}s written, each contiguously and in submission
 * order, by one dedicated thread, with back-pressure.
 *
 * <p>Every unit is accepted at once (so submission order is stdout order), but the future returned
 * by {@link #submit(Unit)} completes only once the bytes queued ahead of the writer have fallen to
 * at most {@code maxQueuedBytes}. Producers that wait for that future before producing more (all
 * tasks do) therefore slow down to the pace of whoever reads stdout, and memory stays bounded.
 *
 * <p>The stream is flushed whenever the queue runs empty, so a line is never held back while the
 * writer is idle, yet a burst of units is written with few system calls.
 */
public final class OutputWriter {

  private final CountingStream stdout;
  private final OutputStream out;
  // End offsets (in bytes handed to `out`) of transactions taken off the queue whose last byte may
  // still sit in the buffer, not yet in stdout. Oldest first.
  private final ArrayDeque<Long> bufferedTransactionEnds = new ArrayDeque<>();
  private long bufferedBytes;
  private final long maxQueuedBytes;
  private final ArrayDeque<Unit> queue = new ArrayDeque<>();
  private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
  private final List<Waiter> drainWaiters = new ArrayList<>();
  private final Thread thread;

  private long queuedBytes;
  private long writtenUnits;
  private long submittedUnits;
  private int droppedTransactions;
  private IOException failure;
  private boolean closed;

  /**
   * A writer of {@code out} that lets at most {@code maxQueuedBytes} wait before producers must.
   */
  public OutputWriter(OutputStream out, long maxQueuedBytes) {
    this.stdout = new CountingStream(out);
    this.out = new BufferedOutputStream(stdout, 128 * 1024);
    this.maxQueuedBytes = maxQueuedBytes;
    this.thread = new Thread(this::run, "flowcdk-stdout");
    this.thread.setDaemon(true);
  }

  /** Starts the writing thread; returns this. */
  public OutputWriter start() {
    thread.start();
    return this;
  }

  /**
   * Queues {@code unit} behind everything submitted before it. The returned future completes when
   * the caller may produce more (the queue is within its bound), and fails if stdout has failed.
   * Completion runs on the caller's Vert.x context when there is one.
   */
  public Future<Void> submit(Unit unit) {
    Waiter waiter;
    synchronized (this) {
      if (failure != null || closed) {
        unit.release();
        return Future.failedFuture(stdoutFailure());
      }
      queue.addLast(unit);
      queuedBytes += unit.size();
      submittedUnits++;
      notifyAll();
      if (queuedBytes <= maxQueuedBytes) {
        return Future.succeededFuture();
      }
      waiter = new Waiter(Vertx.currentContext());
      waiters.addLast(waiter);
    }
    return waiter.promise.future();
  }

  /** Bytes queued and not yet written. */
  public synchronized long queuedBytes() {
    return queuedBytes;
  }

  /**
   * A future completing once every unit submitted so far has been written and flushed (or failing
   * if stdout failed).
   */
  public Future<Void> drain() {
    Waiter waiter;
    synchronized (this) {
      if (failure != null) {
        return Future.failedFuture(stdoutFailure());
      }
      if (writtenUnits == submittedUnits && queue.isEmpty()) {
        return Future.succeededFuture();
      }
      waiter = new Waiter(Vertx.currentContext());
      drainWaiters.add(waiter);
    }
    return waiter.promise.future();
  }

  /** Blocks the calling (non event-loop) thread until {@link #drain()} would complete. */
  public synchronized void awaitDrained() throws InterruptedException {
    while (failure == null && !(writtenUnits == submittedUnits && queue.isEmpty())) {
      wait();
    }
  }

  /**
   * Committed transactions (units a {@link Transactor} submitted) not yet completely written: those
   * queued, including one being written, and those dropped when writing failed. When the process
   * exits before stdout took them, this is how many the next start captures again.
   */
  public synchronized int unwrittenTransactions() {
    forgetWrittenTransactions();
    int count = droppedTransactions + bufferedTransactionEnds.size();
    for (Unit unit : queue) {
      if (unit.isTransaction()) {
        count++;
      }
    }
    return count;
  }

  /** Drops the buffered transactions whose last byte has reached stdout (holding the lock). */
  private void forgetWrittenTransactions() {
    long reached = stdout.count();
    while (!bufferedTransactionEnds.isEmpty() && bufferedTransactionEnds.peekFirst() <= reached) {
      bufferedTransactionEnds.pollFirst();
    }
  }

  /** The failure of stdout, if writing failed. */
  public synchronized IOException failure() {
    return failure;
  }

  /** Stops accepting units; what is queued is still written. */
  public synchronized void close() {
    closed = true;
    notifyAll();
  }

  private void run() {
    while (true) {
      Unit unit;
      synchronized (this) {
        awaitUnitOrClose();
        if (queue.isEmpty()) {
          return;
        }
        unit = queue.peekFirst();
      }
      IOException error = null;
      try {
        unit.writeTo(out);
        boolean idle;
        synchronized (this) {
          idle = queue.size() == 1;
        }
        if (idle) {
          out.flush();
        }
      } catch (IOException e) {
        error = e;
      } finally {
        unit.release();
      }
      List<Waiter> ready = new ArrayList<>();
      synchronized (this) {
        queue.pollFirst();
        queuedBytes -= unit.size();
        writtenUnits++;
        bufferedBytes += unit.size();
        if (error == null && unit.isTransaction() && stdout.count() < bufferedBytes) {
          bufferedTransactionEnds.addLast(bufferedBytes);
        }
        forgetWrittenTransactions();
        if (error != null) {
          failure = error;
          if (unit.isTransaction()) {
            droppedTransactions++;
          }
          for (Unit dropped : queue) {
            if (dropped.isTransaction()) {
              droppedTransactions++;
            }
            dropped.release();
          }
          queue.clear();
          ready.addAll(waiters);
          waiters.clear();
          ready.addAll(drainWaiters);
          drainWaiters.clear();
        } else {
          while (!waiters.isEmpty() && queuedBytes <= maxQueuedBytes) {
            ready.add(waiters.pollFirst());
          }
          if (queue.isEmpty()) {
            ready.addAll(drainWaiters);
            drainWaiters.clear();
          }
        }
        notifyAll();
      }
      for (Waiter waiter : ready) {
        waiter.complete(failure == null ? null : stdoutFailure());
      }
      if (error != null) {
        return;
      }
    }
  }

  private IOException stdoutFailure() {
    return failure != null
        ? new IOException("writing to stdout failed: " + failure.getMessage(), failure)
        : new IOException("stdout is closed");
  }

  /**
   * Waits, holding the lock, until a unit is queued or the writer is closed; an interrupt closes
   * it.
   */
  private void awaitUnitOrClose() {
    while (queue.isEmpty() && !closed) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        closed = true;
      }
    }
  }

  /** Counts the bytes that reached the underlying stream (a write that returned). */
  private static final class CountingStream extends FilterOutputStream {
    private final AtomicLong count = new AtomicLong();

    CountingStream(OutputStream out) {
      super(out);
    }

    long count() {
      return count.get();
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count.incrementAndGet();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count.addAndGet(len);
    }
  }

  private static final class Waiter {
    final Context context;
    final Promise<Void> promise = Promise.promise();

    Waiter(Context context) {
      this.context = context;
    }

    void complete(Throwable error) {
      Runnable action =
          () -> {
            if (error == null) {
              promise.tryComplete();
            } else {
              promise.tryFail(error);
            }
          };
      if (context != null) {
        context.runOnContext(v -> action.run());
      } else {
        action.run();
      }
    }
  }
}
