package flowcdk.common.stream;

import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The blocking counterpart of a {@link DecodingStream}: reads an {@link InputStream} in chunks of a
 * fixed size on the calling thread and runs them through a {@link ChunkDecoder}, one chunk at a
 * time and only when no decoded item is waiting, so at most one chunk's items are held. A failure
 * of the decoder (as it is, if unchecked) or of the input ({@link UncheckedIOException}) is thrown
 * once the items before it have been taken, and again on every later call. Closing it closes the
 * input.
 *
 * @param <O> the item type
 */
public final class ChunkedIterator<O> implements Iterator<O>, AutoCloseable {

  /** The chunk size readers use unless told otherwise: 64 KiB. */
  public static final int DEFAULT_CHUNK_SIZE = 64 * 1024;

  private final InputStream input;
  private final ChunkDecoder<Buffer, O> decoder;
  private final byte[] chunk;
  private final ArrayDeque<O> ready = new ArrayDeque<>();
  private long bytesRead;
  private boolean ended;
  private RuntimeException failure;

  /**
   * Items decoded by {@code decoder} from {@code input}, read {@code chunkSize} bytes at a time.
   */
  public ChunkedIterator(InputStream input, ChunkDecoder<Buffer, O> decoder, int chunkSize) {
    this.input = Objects.requireNonNull(input, "input");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    if (chunkSize < 1) {
      throw new IllegalArgumentException("the chunk size must be at least 1, was " + chunkSize);
    }
    this.chunk = new byte[chunkSize];
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !ended && failure == null) {
      readChunk();
    }
    if (ready.isEmpty() && failure != null) {
      throw failure;
    }
    return !ready.isEmpty();
  }

  @Override
  public O next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more items");
    }
    return ready.poll();
  }

  private void readChunk() {
    try {
      // What one read gives, not a full chunk: items come as soon as their bytes do, and bytes read
      // before a failing read are decoded first.
      int read = input.read(chunk, 0, chunk.length);
      if (read < 0) {
        ended = true;
        decoder.end(ready::add);
      } else if (read > 0) {
        bytesRead += read;
        decoder.chunk(Buffer.buffer().appendBytes(chunk, 0, read), ready::add);
      }
    } catch (IOException e) {
      failure =
          new UncheckedIOException(
              "reading the input failed after " + bytesRead + " bytes: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      failure = e;
    } catch (Exception e) {
      failure = new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Closes the input.
   *
   * @throws UncheckedIOException if closing it fails
   */
  @Override
  public void close() {
    try {
      input.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
