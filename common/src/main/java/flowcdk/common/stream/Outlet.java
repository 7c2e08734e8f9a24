package flowcdk.common.stream;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * The consumer's side of a stream whose producer is not a chunk decoder (a fan-out, a merge, a zip
 * member): the producer offers items, the end or a failure, and is told through its demand callback
 * whenever the consumer may take more, so it produces only what is wanted.
 *
 * <p>Items are delivered in the order offered, as the consumer asks for them; the end after the
 * last item. A failure is delivered at once: items offered before it and not yet delivered are
 * dropped (the stream failed, so they will not be acted on). Ends and failures that come before
 * their handler is set are delivered when it is set. Null items are delivered like any other.
 *
 * <p>Thread-safe: the producer and the consumer may call from different threads. Handlers and the
 * demand callback are called one at a time, never while holding this outlet's lock, and never
 * nested: an item offered from within the demand callback is delivered once it returns, so a
 * producer that answers synchronously does not grow the stack.
 *
 * @param <T> the item type
 */
public final class Outlet<T> implements ReadStream<T> {

  // ArrayDeque holds no nulls: a null item is queued as this.
  private static final Object NULL = new Object();

  private final Runnable onDemand;
  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  private final Promise<Void> closed = Promise.promise();

  // Items the consumer asked for; Long.MAX_VALUE while flowing.
  private long demand;
  private boolean paused;
  private boolean ending;
  private Throwable failure;
  private boolean finished;
  private boolean discarding;
  private boolean delivering;
  private boolean demandChanged;

  private Handler<T> handler;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;

  /**
   * An outlet that calls {@code onDemand} (on the consumer's thread, without locks) after the
   * consumer asked for items or took one: the producer then checks {@link #wantsMore()} or {@link
   * #queued()} and offers what it may.
   */
  public Outlet(Runnable onDemand) {
    this.onDemand = Objects.requireNonNull(onDemand, "onDemand");
  }

  /** Queues {@code item} without delivering it yet (see {@link #deliver()}). */
  public void offer(T item) {
    synchronized (this) {
      if (ending || failure != null) {
        return;
      }
      if (discarding) {
        demandChanged = true;
        return;
      }
      queue.add(item == null ? NULL : item);
    }
  }

  /** Queues the end, after the items offered, without delivering it yet. */
  public void offerEnd() {
    synchronized (this) {
      if (ending || failure != null) {
        return;
      }
      ending = true;
    }
    closed.tryComplete();
  }

  /**
   * Fails the stream with {@code error} unless its end was already delivered, dropping the items
   * not yet delivered; delivers nothing yet.
   */
  public void offerFailure(Throwable error) {
    Objects.requireNonNull(error, "error");
    synchronized (this) {
      if (failure != null || finished) {
        return;
      }
      failure = error;
      queue.clear();
    }
    closed.tryFail(error);
  }

  /** Offers {@code item} and delivers what the consumer wants. */
  public void push(T item) {
    offer(item);
    deliver();
  }

  /** Offers the end and delivers what the consumer wants. */
  public void end() {
    offerEnd();
    deliver();
  }

  /** Offers the failure and delivers it. */
  public void fail(Throwable error) {
    offerFailure(error);
    deliver();
  }

  /**
   * From now on drops every item (those queued and those offered later) and wants items without
   * end, so the producer runs to its end unread; the consumer's end and exception handlers are
   * still called.
   */
  public void discard() {
    synchronized (this) {
      discarding = true;
      queue.clear();
      demandChanged = true;
    }
    deliver();
  }

  /** Completes when the producer offered the end, or fails when it offered a failure. */
  public Future<Void> closed() {
    return closed.future();
  }

  /** How many items are queued, not yet delivered. */
  public synchronized int queued() {
    return queue.size();
  }

  /** Whether the consumer wants an item now and none is queued (and the stream is not over). */
  public synchronized boolean wantsMore() {
    if (ending || failure != null) {
      return false;
    }
    return discarding || (queue.isEmpty() && demand > 0 && handler != null);
  }

  /** Delivers what the consumer wants, then the end or failure, calling back for demand. */
  @SuppressWarnings("unchecked")
  public void deliver() {
    synchronized (this) {
      if (delivering) {
        return;
      }
      delivering = true;
    }
    while (true) {
      Object item = null;
      Handler<T> itemHandler = null;
      Handler<Void> end = null;
      Handler<Throwable> failed = null;
      Throwable error = null;
      boolean callDemand = false;
      synchronized (this) {
        if (failure != null && !finished && exceptionHandler != null) {
          finished = true;
          failed = exceptionHandler;
          error = failure;
        } else if (failure == null && !queue.isEmpty() && demand > 0 && handler != null) {
          item = queue.poll();
          itemHandler = handler;
          if (demand != Long.MAX_VALUE) {
            demand--;
          }
          demandChanged = true;
        } else if (failure == null
            && queue.isEmpty()
            && ending
            && !finished
            && endHandler != null) {
          finished = true;
          end = endHandler;
        } else if (demandChanged && !finished && failure == null && !ending) {
          demandChanged = false;
          callDemand = true;
        } else {
          delivering = false;
          return;
        }
      }
      if (itemHandler != null) {
        itemHandler.handle(item == NULL ? null : (T) item);
      } else if (failed != null) {
        failed.handle(error);
      } else if (end != null) {
        end.handle(null);
      } else if (callDemand) {
        onDemand.run();
      }
    }
  }

  @Override
  public Outlet<T> exceptionHandler(Handler<Throwable> handler) {
    synchronized (this) {
      exceptionHandler = handler;
    }
    deliver();
    return this;
  }

  @Override
  public Outlet<T> handler(Handler<T> handler) {
    synchronized (this) {
      this.handler = handler;
      if (handler != null && !paused) {
        demand = Long.MAX_VALUE;
      }
      demandChanged = true;
    }
    deliver();
    return this;
  }

  @Override
  public Outlet<T> pause() {
    synchronized (this) {
      paused = true;
      demand = 0;
    }
    return this;
  }

  @Override
  public Outlet<T> resume() {
    synchronized (this) {
      paused = false;
      demand = Long.MAX_VALUE;
      demandChanged = true;
    }
    deliver();
    return this;
  }

  @Override
  public Outlet<T> fetch(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("fetch needs a non-negative amount, was " + amount);
    }
    synchronized (this) {
      demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
      demandChanged = true;
    }
    deliver();
    return this;
  }

  @Override
  public Outlet<T> endHandler(Handler<Void> endHandler) {
    synchronized (this) {
      this.endHandler = endHandler;
    }
    deliver();
    return this;
  }
}
