package flowcdk.common.stream;

import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The items of several streams as one, in the order they arrive, through a queue of at most {@link
 * #CAPACITY} items (see {@code Streams.merge} for the rules). Each input is asked for one item at a
 * time, in turn, and only while the items queued and asked for are fewer than the capacity, so a
 * fast input cannot fill memory while the consumer is slow.
 *
 * @param <T> the item type
 */
public final class MergedStream<T> implements ReadStream<T> {

  /** The most items queued and asked for at once. */
  public static final int CAPACITY = 16;

  /** One input and whether an item was asked of it. */
  private static final class Input<T> {
    final ReadStream<? extends T> stream;
    boolean requested;
    boolean ended;

    Input(ReadStream<? extends T> stream) {
      this.stream = stream;
    }
  }

  private final List<Input<T>> inputs = new ArrayList<>();
  private final Outlet<T> out = new Outlet<>(this::pull);
  private StopSignal.Registration stopRegistration;
  private int open;
  private int requested;
  private int next;
  private boolean over;
  private boolean pulling;

  /**
   * Merges {@code streams} (taking over their handlers); fails with a {@link
   * CaptureStoppedException} when {@code stopping} is set, if given (it may be null).
   */
  public MergedStream(List<? extends ReadStream<? extends T>> streams, StopSignal stopping) {
    Objects.requireNonNull(streams, "streams");
    for (ReadStream<? extends T> stream : streams) {
      inputs.add(new Input<>(Objects.requireNonNull(stream, "a stream to merge is null")));
    }
    open = inputs.size();
    for (Input<T> input : inputs) {
      input.stream.pause();
      input.stream.handler(item -> onItem(input, item));
      input.stream.endHandler(v -> onEnd(input));
      input.stream.exceptionHandler(this::fail);
    }
    if (inputs.isEmpty()) {
      over = true;
      out.offerEnd();
      return;
    }
    if (stopping != null) {
      StopSignal.Registration registration =
          stopping.onStop(
              () -> fail(new CaptureStoppedException("Streams.merge", stopping.reason())));
      synchronized (this) {
        if (over) {
          registration.close();
        } else {
          stopRegistration = registration;
        }
      }
    }
  }

  /** Asks inputs for items, in turn, while there is room. One loop, even when re-entered. */
  private void pull() {
    synchronized (this) {
      if (pulling) {
        return;
      }
      pulling = true;
    }
    while (true) {
      Input<T> chosen = null;
      synchronized (this) {
        if (!over && out.queued() + requested < CAPACITY) {
          for (int i = 0; i < inputs.size() && chosen == null; i++) {
            Input<T> input = inputs.get((next + i) % inputs.size());
            if (!input.requested && !input.ended) {
              chosen = input;
              next = (next + i + 1) % inputs.size();
            }
          }
        }
        if (chosen == null) {
          pulling = false;
          return;
        }
        chosen.requested = true;
        requested++;
      }
      chosen.stream.fetch(1);
    }
  }

  private void onItem(Input<T> input, T item) {
    synchronized (this) {
      if (over) {
        return;
      }
      if (input.requested) {
        input.requested = false;
        requested--;
      }
      out.offer(item);
    }
    out.deliver();
    pull();
  }

  private void onEnd(Input<T> input) {
    boolean ended = false;
    synchronized (this) {
      if (over || input.ended) {
        return;
      }
      input.ended = true;
      if (input.requested) {
        input.requested = false;
        requested--;
      }
      open--;
      if (open == 0) {
        over = true;
        ended = true;
        out.offerEnd();
      }
    }
    out.deliver();
    if (ended) {
      closeRegistration();
    } else {
      pull();
    }
  }

  private void fail(Throwable error) {
    synchronized (this) {
      if (over) {
        return;
      }
      over = true;
    }
    out.fail(error);
    for (Input<T> input : inputs) {
      input.stream.pause();
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
  public MergedStream<T> exceptionHandler(Handler<Throwable> handler) {
    out.exceptionHandler(handler);
    return this;
  }

  @Override
  public MergedStream<T> handler(Handler<T> handler) {
    out.handler(handler);
    return this;
  }

  @Override
  public MergedStream<T> pause() {
    out.pause();
    return this;
  }

  @Override
  public MergedStream<T> resume() {
    out.resume();
    return this;
  }

  @Override
  public MergedStream<T> fetch(long amount) {
    out.fetch(amount);
    return this;
  }

  @Override
  public MergedStream<T> endHandler(Handler<Void> endHandler) {
    out.endHandler(endHandler);
    return this;
  }
}
