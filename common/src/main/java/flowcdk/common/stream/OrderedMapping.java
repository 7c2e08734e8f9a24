package flowcdk.common.stream;

import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Function;

/**
 * The results of an asynchronous function over a stream of inputs, in input order, with at most a
 * given number of calls running or results held at once (see {@code Streams.mapOrdered} for the
 * rules). Inputs are taken one at a time, only when there is room for another call.
 *
 * @param <I> the input type
 * @param <O> the result type
 */
public final class OrderedMapping<I, O> implements ReadStream<O> {

  /** One call, in input order: its result once it completed. */
  private static final class Call<O> {
    boolean done;
    O result;
  }

  private final int concurrency;
  private final Function<? super I, ? extends Future<? extends O>> work;
  private final Outlet<O> out = new Outlet<>(this::pull);
  // Calls started whose results were not yet handed to the outlet, in input order.
  private final ArrayDeque<Call<O>> calls = new ArrayDeque<>();
  // The inputs: a stream (asked for one at a time) or an iterator (read when there is room).
  private final ReadStream<I> stream;
  private final Iterator<? extends I> iterator;
  private StopSignal.Registration stopRegistration;

  private long inputs;
  private boolean inputRequested;
  private boolean inputEnded;
  private boolean over;
  private boolean pulling;

  private OrderedMapping(
      ReadStream<I> stream,
      Iterator<? extends I> iterator,
      int concurrency,
      Function<? super I, ? extends Future<? extends O>> work) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    this.stream = stream;
    this.iterator = iterator;
    this.concurrency = concurrency;
    this.work = Objects.requireNonNull(work, "work");
  }

  /**
   * Maps {@code inputs} (taking over its handlers) with {@code work}, at most {@code concurrency}
   * at a time; fails with a {@link CaptureStoppedException} when {@code stopping} is set, if given
   * (it may be null).
   */
  public static <I, O> OrderedMapping<I, O> of(
      ReadStream<I> inputs,
      int concurrency,
      Function<? super I, ? extends Future<? extends O>> work,
      StopSignal stopping) {
    Objects.requireNonNull(inputs, "inputs");
    OrderedMapping<I, O> mapping = new OrderedMapping<>(inputs, null, concurrency, work);
    inputs.pause();
    inputs.handler(mapping::onInput);
    inputs.endHandler(v -> mapping.onInputEnd());
    inputs.exceptionHandler(mapping::fail);
    mapping.watch(stopping);
    return mapping;
  }

  /** Like {@link #of(ReadStream, int, Function, StopSignal)}, over the items of an iterator. */
  public static <I, O> OrderedMapping<I, O> of(
      Iterator<? extends I> inputs,
      int concurrency,
      Function<? super I, ? extends Future<? extends O>> work,
      StopSignal stopping) {
    Objects.requireNonNull(inputs, "inputs");
    OrderedMapping<I, O> mapping = new OrderedMapping<>(null, inputs, concurrency, work);
    mapping.watch(stopping);
    return mapping;
  }

  private void requestInput() {
    if (stream != null) {
      stream.fetch(1);
      return;
    }
    I input;
    try {
      if (!iterator.hasNext()) {
        onInputEnd();
        return;
      }
      input = iterator.next();
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    onInput(input);
  }

  private void watch(StopSignal stopping) {
    if (stopping != null) {
      StopSignal.Registration registration =
          stopping.onStop(
              () -> fail(new CaptureStoppedException("Streams.mapOrdered", stopping.reason())));
      synchronized (this) {
        if (over) {
          registration.close();
        } else {
          stopRegistration = registration;
        }
      }
    }
  }

  /**
   * Starts calls while there is room: fewer than {@code concurrency} calls running or results held.
   * Runs as one loop even when a synchronous input or call re-enters it.
   */
  private void pull() {
    synchronized (this) {
      if (pulling) {
        return;
      }
      pulling = true;
    }
    while (true) {
      synchronized (this) {
        boolean room = calls.size() + out.queued() < concurrency;
        if (over || inputEnded || inputRequested || !room) {
          pulling = false;
          return;
        }
        inputRequested = true;
      }
      requestInput();
    }
  }

  private void onInput(I input) {
    Call<O> call = new Call<>();
    long index;
    synchronized (this) {
      inputRequested = false;
      if (over) {
        return;
      }
      calls.add(call);
      index = inputs++;
    }
    Future<? extends O> result;
    try {
      result =
          Objects.requireNonNull(
              work.apply(input),
              "the work function returned no future for input " + index + " (counting from 0)");
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    result.onComplete(done -> completed(call, done));
    pull();
  }

  private void completed(Call<O> call, AsyncResult<? extends O> done) {
    if (done.failed()) {
      fail(done.cause());
      return;
    }
    boolean ended;
    synchronized (this) {
      if (over) {
        return;
      }
      call.done = true;
      call.result = done.result();
      // Results go to the outlet under this lock, so two calls completing at once keep their order.
      while (!calls.isEmpty() && calls.peek().done) {
        out.offer(calls.poll().result);
      }
      ended = finishIfDone();
    }
    out.deliver();
    if (ended) {
      closeRegistration();
    }
    pull();
  }

  private void onInputEnd() {
    boolean ended;
    synchronized (this) {
      inputRequested = false;
      inputEnded = true;
      ended = finishIfDone();
    }
    out.deliver();
    if (ended) {
      closeRegistration();
    }
  }

  /** Offers the end if the inputs ended and every result was handed on; true if it did. */
  private boolean finishIfDone() {
    if (over || !inputEnded || !calls.isEmpty()) {
      return false;
    }
    over = true;
    out.offerEnd();
    return true;
  }

  private void fail(Throwable error) {
    synchronized (this) {
      if (over) {
        return;
      }
      over = true;
      calls.clear();
    }
    out.fail(error);
    if (stream != null) {
      stream.pause();
    }
    closeRegistration();
  }

  private void closeRegistration() {
    StopSignal.Registration registration;
    synchronized (this) {
      registration = stopRegistration;
      stopRegistration = null;
    }
    if (registration != null) {
      registration.close();
    }
  }

  @Override
  public OrderedMapping<I, O> exceptionHandler(Handler<Throwable> handler) {
    out.exceptionHandler(handler);
    return this;
  }

  @Override
  public OrderedMapping<I, O> handler(Handler<O> handler) {
    out.handler(handler);
    return this;
  }

  @Override
  public OrderedMapping<I, O> pause() {
    out.pause();
    return this;
  }

  @Override
  public OrderedMapping<I, O> resume() {
    out.resume();
    return this;
  }

  @Override
  public OrderedMapping<I, O> fetch(long amount) {
    out.fetch(amount);
    return this;
  }

  @Override
  public OrderedMapping<I, O> endHandler(Handler<Void> endHandler) {
    out.endHandler(endHandler);
    return this;
  }
}
