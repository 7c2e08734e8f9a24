package flowcdk.common.stream;

import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A stream of items decoded from a stream of chunks by a {@link ChunkDecoder}, with back-pressure:
 * the upstream is asked for one chunk at a time, and only while the consumer wants items and none
 * are waiting, so at most one chunk's items are held (or fewer, with a decoder that decodes held
 * input on demand: see {@link ChunkDecoder#hasMore()}).
 *
 * <p>Failures of the upstream and of the decoder reach the exception handler after every item
 * decoded before them (in order); the stream then ends no other way, and the upstream is paused. An
 * end or failure that happened before its handler was set is delivered when the handler is set.
 *
 * <p>Thread-safe: upstream events and the consumer's calls may come from different threads; the
 * decoder runs under this stream's lock, and handlers are called one at a time, never while holding
 * it.
 *
 * @param <I> the chunk type
 * @param <O> the item type
 */
public final class DecodingStream<I, O> implements ReadStream<O> {

  private final ReadStream<I> upstream;
  private final ChunkDecoder<I, O> decoder;
  private final ArrayDeque<O> ready = new ArrayDeque<>();
  private final Consumer<O> emit = ready::add;

  // Items the consumer asked for; Long.MAX_VALUE while flowing.
  private long demand;
  private boolean paused;
  private boolean upstreamRequested;
  private boolean upstreamEnded;
  private boolean decoderEnded;
  private Throwable failure;
  private boolean finished;
  private boolean delivering;

  private Handler<O> handler;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;

  /**
   * Decodes {@code upstream} with {@code decoder}. Takes over the upstream's handlers and pauses it
   * until this stream is read.
   */
  public DecodingStream(ReadStream<I> upstream, ChunkDecoder<I, O> decoder) {
    this.upstream = Objects.requireNonNull(upstream, "upstream");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    upstream.pause();
    upstream.handler(this::onChunk);
    upstream.endHandler(v -> onEnd());
    upstream.exceptionHandler(this::onError);
  }

  private void onChunk(I chunk) {
    boolean failed;
    synchronized (this) {
      upstreamRequested = false;
      if (failure != null || upstreamEnded) {
        return;
      }
      try {
        decoder.chunk(chunk, emit);
      } catch (Exception e) {
        failure = e;
      }
      failed = failure != null;
    }
    if (failed) {
      upstream.pause();
    }
    drain();
  }

  private void onEnd() {
    synchronized (this) {
      upstreamRequested = false;
      if (failure != null || upstreamEnded) {
        return;
      }
      // The decoder's end comes in drain(), once it holds no undecoded input.
      upstreamEnded = true;
    }
    drain();
  }

  private void onError(Throwable error) {
    synchronized (this) {
      upstreamRequested = false;
      if (failure != null || upstreamEnded) {
        return;
      }
      failure = error;
    }
    drain();
  }

  /**
   * Delivers what the consumer asked for, then the end or failure, then asks for more if needed.
   */
  private void drain() {
    synchronized (this) {
      if (delivering) {
        return;
      }
      delivering = true;
    }
    while (true) {
      O item = null;
      Handler<O> itemHandler = null;
      Handler<Void> end = null;
      Handler<Throwable> failed = null;
      Throwable error = null;
      boolean fetchUpstream = false;
      boolean decoded = false;
      boolean pauseUpstream = false;
      synchronized (this) {
        if (ready.isEmpty() && failure == null && !decoderEnded && decoder.hasMore()) {
          // Held input is decoded only on demand, so it never all sits in the queue at once.
          if (demand > 0 && handler != null) {
            decoded = true;
            try {
              decoder.more(emit);
            } catch (Exception e) {
              failure = e;
              pauseUpstream = true;
            }
          }
        } else if (ready.isEmpty() && failure == null && !decoderEnded && upstreamEnded) {
          decoded = true;
          decoderEnded = true;
          try {
            decoder.end(emit);
          } catch (Exception e) {
            failure = e;
          }
        }
      }
      if (pauseUpstream) {
        upstream.pause();
      }
      if (decoded) {
        continue;
      }
      synchronized (this) {
        if (!ready.isEmpty() && demand > 0 && handler != null) {
          item = ready.poll();
          itemHandler = handler;
          if (demand != Long.MAX_VALUE) {
            demand--;
          }
        } else if (ready.isEmpty() && !finished && failure != null && exceptionHandler != null) {
          finished = true;
          failed = exceptionHandler;
          error = failure;
        } else if (ready.isEmpty()
            && !finished
            && decoderEnded
            && failure == null
            && endHandler != null) {
          finished = true;
          end = endHandler;
        } else {
          fetchUpstream =
              ready.isEmpty()
                  && demand > 0
                  && handler != null
                  && failure == null
                  && !upstreamEnded
                  && !upstreamRequested
                  && !decoder.hasMore();
          upstreamRequested |= fetchUpstream;
          // Still delivering while the upstream is asked: a source that hands over its chunk
          // within fetch() then finds this loop running, so it does not nest a drain per chunk.
          delivering = fetchUpstream;
        }
      }
      if (itemHandler != null) {
        itemHandler.handle(item);
      } else if (failed != null) {
        failed.handle(error);
      } else if (end != null) {
        end.handle(null);
      } else if (fetchUpstream) {
        upstream.fetch(1);
      } else {
        return;
      }
    }
  }

  @Override
  public DecodingStream<I, O> exceptionHandler(Handler<Throwable> handler) {
    synchronized (this) {
      exceptionHandler = handler;
    }
    drain();
    return this;
  }

  @Override
  public DecodingStream<I, O> handler(Handler<O> handler) {
    synchronized (this) {
      this.handler = handler;
      if (handler != null && !paused) {
        demand = Long.MAX_VALUE;
      }
    }
    drain();
    return this;
  }

  @Override
  public DecodingStream<I, O> pause() {
    synchronized (this) {
      paused = true;
      demand = 0;
    }
    return this;
  }

  @Override
  public DecodingStream<I, O> resume() {
    synchronized (this) {
      paused = false;
      demand = Long.MAX_VALUE;
    }
    drain();
    return this;
  }

  @Override
  public DecodingStream<I, O> fetch(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("fetch needs a non-negative amount, was " + amount);
    }
    synchronized (this) {
      demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
    }
    drain();
    return this;
  }

  @Override
  public DecodingStream<I, O> endHandler(Handler<Void> endHandler) {
    synchronized (this) {
      this.endHandler = endHandler;
    }
    drain();
    return this;
  }
}
