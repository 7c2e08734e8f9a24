package flowcdk.connector.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * Splits a stream of chunks into lines at a delimiter, keeping back-pressure: the upstream is read
 * one chunk at a time, and only while the consumer wants lines and none are waiting. Thread-safe:
 * upstream events and the consumer's calls may come from different threads; handlers are called one
 * at a time, never while holding the lock.
 */
final class LineSplitter implements ReadStream<Buffer> {

  private final ReadStream<Buffer> upstream;
  private final byte[] delimiter;
  private final ArrayDeque<Buffer> ready = new ArrayDeque<>();

  // The bytes after the last delimiter, and where in them a delimiter may still start.
  private Buffer partial = Buffer.buffer();
  private int scanFrom;

  // Lines the consumer asked for; Long.MAX_VALUE while flowing.
  private long demand;
  private boolean paused;
  private boolean upstreamRequested;
  private boolean upstreamEnded;
  private boolean ended;
  private boolean delivering;

  private Handler<Buffer> handler;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;

  LineSplitter(ReadStream<Buffer> upstream, byte[] delimiter) {
    this.upstream = upstream;
    this.delimiter = delimiter.clone();
    upstream.pause();
    upstream.handler(this::onChunk);
    upstream.endHandler(v -> onEnd());
    upstream.exceptionHandler(this::onError);
  }

  /** {@code delimiter} as UTF-8 bytes. */
  static byte[] delimiterBytes(String delimiter) {
    Objects.requireNonNull(delimiter, "delimiter");
    if (delimiter.isEmpty()) {
      throw new IllegalArgumentException("the line delimiter must not be empty");
    }
    return delimiter.getBytes(StandardCharsets.UTF_8);
  }

  private void onChunk(Buffer chunk) {
    synchronized (this) {
      upstreamRequested = false;
      partial.appendBuffer(chunk);
      int start = 0;
      int last = partial.length() - delimiter.length;
      int i = Math.max(scanFrom, 0);
      while (i <= last) {
        if (delimiterAt(i)) {
          ready.add(partial.getBuffer(start, i));
          start = i + delimiter.length;
          i = start;
        } else {
          i++;
        }
      }
      if (start > 0) {
        partial = partial.getBuffer(start, partial.length());
      }
      scanFrom = Math.max(0, partial.length() - delimiter.length + 1);
    }
    drain();
  }

  private boolean delimiterAt(int index) {
    for (int j = 0; j < delimiter.length; j++) {
      if (partial.getByte(index + j) != delimiter[j]) {
        return false;
      }
    }
    return true;
  }

  private void onEnd() {
    synchronized (this) {
      upstreamEnded = true;
      upstreamRequested = false;
      if (partial.length() > 0) {
        ready.add(partial);
        partial = Buffer.buffer();
      }
    }
    drain();
  }

  private void onError(Throwable error) {
    Handler<Throwable> target;
    synchronized (this) {
      target = exceptionHandler;
    }
    if (target != null) {
      target.handle(error);
    }
  }

  /** Delivers what the consumer asked for, then asks the upstream for more if needed. */
  private void drain() {
    synchronized (this) {
      if (delivering) {
        return;
      }
      delivering = true;
    }
    while (true) {
      Buffer line = null;
      Handler<Buffer> lineHandler = null;
      Handler<Void> end = null;
      boolean fetchUpstream = false;
      boolean done = false;
      synchronized (this) {
        if (!ready.isEmpty() && demand > 0 && handler != null) {
          line = ready.poll();
          lineHandler = handler;
          if (demand != Long.MAX_VALUE) {
            demand--;
          }
        } else if (ready.isEmpty() && upstreamEnded && !ended) {
          ended = true;
          end = endHandler;
        } else {
          fetchUpstream =
              ready.isEmpty()
                  && demand > 0
                  && handler != null
                  && !upstreamEnded
                  && !upstreamRequested;
          upstreamRequested |= fetchUpstream;
          delivering = false;
          done = true;
        }
      }
      if (done) {
        if (fetchUpstream) {
          upstream.fetch(1);
        }
        return;
      }
      if (line != null) {
        lineHandler.handle(line);
      } else if (end != null) {
        end.handle(null);
      }
    }
  }

  @Override
  public LineSplitter exceptionHandler(Handler<Throwable> handler) {
    synchronized (this) {
      exceptionHandler = handler;
    }
    return this;
  }

  @Override
  public LineSplitter handler(Handler<Buffer> handler) {
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
  public LineSplitter pause() {
    synchronized (this) {
      paused = true;
      demand = 0;
    }
    return this;
  }

  @Override
  public LineSplitter resume() {
    synchronized (this) {
      paused = false;
      demand = Long.MAX_VALUE;
    }
    drain();
    return this;
  }

  @Override
  public LineSplitter fetch(long amount) {
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
  public LineSplitter endHandler(Handler<Void> endHandler) {
    synchronized (this) {
      this.endHandler = endHandler;
    }
    return this;
  }
}
