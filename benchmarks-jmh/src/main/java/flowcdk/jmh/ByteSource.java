package flowcdk.jmh;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Bytes in memory as a Vert.x stream of chunks, handed over on the caller's thread as they are
 * asked for: the streaming readers' path without a socket or an event loop.
 */
final class ByteSource implements ReadStream<Buffer> {

  private final byte[] bytes;
  private final int chunkSize;
  private int offset;
  private boolean ended;
  private long demand;
  private boolean paused;
  private boolean delivering;
  private Handler<Buffer> handler;
  private Handler<Void> endHandler;

  ByteSource(byte[] bytes, int chunkSize) {
    this.bytes = bytes;
    this.chunkSize = chunkSize;
  }

  @Override
  public ByteSource exceptionHandler(Handler<Throwable> handler) {
    return this;
  }

  @Override
  public ByteSource handler(Handler<Buffer> handler) {
    this.handler = handler;
    // As a Vert.x stream: a handler starts the flow, unless the consumer paused it first.
    return paused ? this : resume();
  }

  @Override
  public ByteSource pause() {
    paused = true;
    demand = 0;
    return this;
  }

  @Override
  public ByteSource resume() {
    paused = false;
    return fetch(Long.MAX_VALUE);
  }

  @Override
  public ByteSource fetch(long amount) {
    demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
    if (delivering) {
      return this;
    }
    delivering = true;
    while (demand > 0 && handler != null && !ended) {
      if (demand != Long.MAX_VALUE) {
        demand--;
      }
      if (offset < bytes.length) {
        int size = Math.min(chunkSize, bytes.length - offset);
        Buffer chunk = Buffer.buffer(size);
        chunk.appendBytes(bytes, offset, size);
        offset += size;
        handler.handle(chunk);
      } else {
        ended = true;
        if (endHandler != null) {
          endHandler.handle(null);
        }
      }
    }
    delivering = false;
    return this;
  }

  @Override
  public ByteSource endHandler(Handler<Void> endHandler) {
    this.endHandler = endHandler;
    return this;
  }
}
