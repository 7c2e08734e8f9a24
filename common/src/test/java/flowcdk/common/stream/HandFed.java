package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A stream of chunks a test feeds by hand, on its own thread, as a socket would: it records the
 * demand it was given and refuses chunks nobody asked for (a paused socket holds them).
 */
public final class HandFed implements ReadStream<Buffer> {

  /** The consumer's handlers, as set. */
  public Handler<Buffer> handler;

  /** The consumer's end handler, as set. */
  public Handler<Void> endHandler;

  /** The consumer's exception handler, as set. */
  public Handler<Throwable> exceptionHandler;

  /** Chunks the consumer asked for; {@code Long.MAX_VALUE} while flowing. */
  public long demand = Long.MAX_VALUE;

  /** Pushes {@code chunk} (UTF-8), which the consumer must have asked for. */
  public void feed(String chunk) {
    feed(Buffer.buffer(chunk));
  }

  /** Pushes {@code chunk}, which the consumer must have asked for. */
  public void feed(Buffer chunk) {
    assertTrue(demand > 0, "a chunk was pushed while the consumer had not asked for one");
    if (demand != Long.MAX_VALUE) {
      demand--;
    }
    handler.handle(chunk);
  }

  /** Ends the stream. */
  public void end() {
    endHandler.handle(null);
  }

  /** Fails the stream with {@code error}. */
  public void fail(Throwable error) {
    exceptionHandler.handle(error);
  }

  @Override
  public HandFed exceptionHandler(Handler<Throwable> handler) {
    exceptionHandler = handler;
    return this;
  }

  @Override
  public HandFed handler(Handler<Buffer> handler) {
    this.handler = handler;
    return this;
  }

  @Override
  public HandFed pause() {
    demand = 0;
    return this;
  }

  @Override
  public HandFed resume() {
    demand = Long.MAX_VALUE;
    return this;
  }

  @Override
  public HandFed fetch(long amount) {
    demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
    return this;
  }

  @Override
  public HandFed endHandler(Handler<Void> handler) {
    endHandler = handler;
    return this;
  }
}
