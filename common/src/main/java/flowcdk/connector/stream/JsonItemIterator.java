package flowcdk.connector.stream;

import flowcdk.common.stream.JsonItemDecoder;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The items of a JSON input pulled synchronously, for tests and local files: the same decoding as
 * {@link JsonItemStream}, fed from an {@link InputStream} in 64 KiB chunks. Reading blocks the
 * calling thread while the input stream does, so never use it on an event loop.
 *
 * <pre>{@code
 * try (JsonItemIterator<Record> items = RECORDS.read(Files.newInputStream(path))) {
 *   while (items.hasNext()) {
 *     handle(items.next());
 *   }
 *   Page page = items.remainder(PageJson.INSTANCE);
 * }
 * }</pre>
 *
 * <p>{@link #hasNext()} and {@link #next()} throw a {@link JsonStreamException} for malformed or
 * truncated JSON and for an item that does not decode, once the items before the problem have been
 * taken, and an {@link UncheckedIOException} if reading the input fails. Not thread-safe.
 *
 * @param <T> the item type
 */
public final class JsonItemIterator<T> implements Iterator<T>, AutoCloseable {

  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final JsonItemDecoder<T> decoder;
  private final JsonItems<T> description;
  private final ArrayDeque<T> ready = new ArrayDeque<>();
  private final byte[] chunk = new byte[CHUNK];
  private long read;
  private boolean ended;
  private RuntimeException failure;

  JsonItemIterator(InputStream in, JsonItemDecoder<T> decoder, JsonItems<T> description) {
    this.in = in;
    this.decoder = decoder;
    this.description = description;
  }

  /**
   * Whether another item follows, reading the input as far as needed to know.
   *
   * @throws JsonStreamException if the input is not valid (after the items before the problem)
   * @throws UncheckedIOException if reading the input fails
   */
  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !ended && failure == null) {
      step();
    }
    if (!ready.isEmpty()) {
      return true;
    }
    if (failure != null) {
      throw failure;
    }
    return false;
  }

  /**
   * The next item.
   *
   * @throws NoSuchElementException after the last item
   * @throws JsonStreamException if the input is not valid (after the items before the problem)
   * @throws UncheckedIOException if reading the input fails
   */
  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more items at \"" + description.prefix() + "\"");
    }
    return ready.poll();
  }

  private void step() {
    int length;
    try {
      length = in.read(chunk);
    } catch (IOException e) {
      failure =
          new UncheckedIOException(
              "reading the JSON input failed after " + read + " bytes: " + e.getMessage(), e);
      return;
    }
    try {
      if (length < 0) {
        ended = true;
        decoder.end(ready::add);
      } else {
        read += length;
        decoder.chunk(chunk, 0, length, ready::add);
      }
    } catch (RuntimeException e) {
      failure = e;
    }
  }

  /**
   * Everything in the input outside the items, as for {@link JsonItemStream#remainder()}.
   *
   * @throws IllegalStateException if the input has not been read to its end yet (until {@link
   *     #hasNext()} returned {@code false}), or reading it failed
   */
  public RawJson remainder() {
    return decoder.remainder();
  }

  /**
   * The remainder decoded with {@code codec}, as for {@link JsonItemStream#remainder(JsonCodec)}.
   *
   * @throws JsonStreamException naming every problem, if the remainder is not a valid value of the
   *     model
   * @throws IllegalStateException if the input has not been read to its end yet, or reading it
   *     failed
   */
  public <R> R remainder(JsonCodec<R> codec) {
    return decoder.remainder(codec, JsonItems.typeName(codec));
  }

  /**
   * Closes the input stream.
   *
   * @throws UncheckedIOException if closing it fails
   */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the JSON input failed: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "JsonItemIterator[" + description + "]";
  }
}
