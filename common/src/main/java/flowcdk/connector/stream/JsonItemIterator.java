package flowcdk.connector.stream;

import flowcdk.common.stream.ChunkedIterator;
import flowcdk.common.stream.JsonItemDecoder;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * The items of a JSON input pulled synchronously, for tests and local files: the same decoding as
 * {@link JsonItemStream}, fed from an {@link InputStream} in 64 KiB chunks. Reading blocks the
 * calling thread while the input stream does, so never use it on an event loop.
 *
 * <pre>{@code
 * try (JsonItemIterator<Record> items = RECORDS.iterator(Files.newInputStream(path))) {
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
public final class JsonItemIterator<T> implements CloseableIterator<T> {

  private final ChunkedIterator<T> items;
  private final JsonItemDecoder<T> decoder;
  private final JsonItems<T> description;

  JsonItemIterator(InputStream in, JsonItemDecoder<T> decoder, JsonItems<T> description) {
    this.items = new ChunkedIterator<>(in, decoder, ChunkedIterator.DEFAULT_CHUNK_SIZE);
    this.decoder = decoder;
    this.description = description;
  }

  @Override
  public boolean hasNext() {
    return items.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more items at \"" + description.prefix() + "\"");
    }
    return items.next();
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

  /** Closes the input. */
  @Override
  public void close() {
    items.close();
  }

  @Override
  public String toString() {
    return "JsonItemIterator[" + description + "]";
  }
}
