package flowcdk.connector.stream;

import flowcdk.common.stream.DecodingStream;
import flowcdk.common.stream.JsonItemDecoder;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * The items of one JSON body, as a Vert.x stream with back-pressure, and the body's remainder once
 * the stream has ended: see {@link JsonItems}, which makes it.
 *
 * <pre>{@code
 * JsonItemStream<Record> items = RECORDS.stream(response.body());
 * return Streams.forEach(items, r -> sink.document(r, RecordJson.INSTANCE))
 *     .map(v -> items.remainder(PageJson.INSTANCE));
 * }</pre>
 *
 * <p>The stream fails with a {@link JsonStreamException} for malformed or truncated JSON and for an
 * item that does not decode, after every item before the problem; it fails with the body's own
 * failure if reading the body fails. Thread-safe, as {@link ReadStream}s of the HTTP client are.
 *
 * @param <T> the item type
 */
public final class JsonItemStream<T> implements ReadStream<T> {

  private final DecodingStream<Buffer, T> items;
  private final JsonItemDecoder<T> decoder;
  private final JsonItems<T> description;

  JsonItemStream(ReadStream<Buffer> body, JsonItemDecoder<T> decoder, JsonItems<T> description) {
    this.decoder = decoder;
    this.description = description;
    this.items = new DecodingStream<>(body, decoder);
  }

  /**
   * Everything in the body outside the items, as compact JSON (see {@link JsonItems} for how it is
   * rebuilt); JSON {@code null} if the body held no top-level value outside the items.
   *
   * @throws IllegalStateException if the body has not been read to its end yet, or reading it
   *     failed
   */
  public RawJson remainder() {
    return decoder.remainder();
  }

  /**
   * The {@linkplain #remainder() remainder} decoded with {@code codec}, e.g. the page's pagination
   * metadata.
   *
   * @throws JsonStreamException naming every problem, if the remainder is not a valid value of the
   *     model
   * @throws IllegalStateException if the body has not been read to its end yet, or reading it
   *     failed
   */
  public <R> R remainder(JsonCodec<R> codec) {
    return decoder.remainder(codec, JsonItems.typeName(codec));
  }

  @Override
  public JsonItemStream<T> exceptionHandler(Handler<Throwable> handler) {
    items.exceptionHandler(handler);
    return this;
  }

  @Override
  public JsonItemStream<T> handler(Handler<T> handler) {
    items.handler(handler);
    return this;
  }

  @Override
  public JsonItemStream<T> pause() {
    items.pause();
    return this;
  }

  @Override
  public JsonItemStream<T> resume() {
    items.resume();
    return this;
  }

  @Override
  public JsonItemStream<T> fetch(long amount) {
    items.fetch(amount);
    return this;
  }

  @Override
  public JsonItemStream<T> endHandler(Handler<Void> endHandler) {
    items.endHandler(endHandler);
    return this;
  }

  @Override
  public String toString() {
    return "JsonItemStream[" + description + "]";
  }
}
