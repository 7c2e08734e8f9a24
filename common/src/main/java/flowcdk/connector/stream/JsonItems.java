package flowcdk.connector.stream;

import flowcdk.common.stream.JsonItemDecoder;
import flowcdk.common.stream.JsonPrefix;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The items at a path of a JSON body, read as they arrive: "each element of {@code records},
 * decoded as a {@code Record}". A page of a million records is captured without ever holding the
 * page, and what is not an item (counts, cursors, next-page links: the <em>remainder</em>) is there
 * once the body has been read. This is the Python CDK's {@code IncrementalJsonProcessor}, with
 * items decoded straight from the bytes by the model's generated codec.
 *
 * <pre>{@code
 * static final JsonItems<Record> RECORDS = JsonItems.at("records.item", RecordJson.INSTANCE);
 *
 * Future<Page> page(Http http, Sink sink, String url) {
 *   return http.requestStream(HttpRequest.get(url))
 *       .compose(response -> {
 *         JsonItemStream<Record> items = RECORDS.stream(response.body());
 *         return Streams.forEach(items, r -> sink.document(r, RecordJson.INSTANCE))
 *             .onFailure(e -> response.cancel()) // a body not read to its end holds its connection
 *             .map(v -> items.remainder(PageJson.INSTANCE)); // e.g. {"count":2,"next_page":"x"}
 *       });
 * }
 * }</pre>
 *
 * <p>A {@code JsonItems} is an immutable description: keep it in a constant and {@link
 * #stream(ReadStream) stream} each body with it. Each read parses with jackson-core's non-blocking
 * parser, chunk by chunk as the body's stream delivers them (never blocking a thread on input), and
 * reads the next chunk only when the consumer wants more items, so memory is bounded by one item
 * plus one chunk (and the remainder).
 *
 * <h2>The prefix</h2>
 *
 * The prefix is the Python CDK's (ijson's) path language, so a prefix written for a Python
 * connector works unchanged:
 *
 * <ul>
 *   <li>a value's path is the object keys leading to it joined with {@code .}, with {@code item}
 *       standing for any element of an array;
 *   <li>{@code ""} is each top-level value itself;
 *   <li>{@code "records.item"} is each element of the top-level object's {@code records} array;
 *       {@code "result.records.item"} one level deeper; {@code "item"} each element of a top-level
 *       array; {@code "item.record"} the {@code record} member of each of those elements; {@code
 *       "item.item"} each element of each array inside a top-level array; {@code "obj.nested"} the
 *       value of {@code nested} in {@code obj} (if the key appears twice, both values are items);
 *   <li>the body may hold several top-level values: NDJSON, concatenated JSON, or values separated
 *       by any whitespace. The prefix applies to each: with NDJSON, {@code ""} is each line's value
 *       and {@code "record"} each line's {@code record} member (lines without one give no item);
 *   <li>as in ijson, the path is compared as a string: a member named {@code item} matches like an
 *       array element, and a member whose name contains dots ({@code "a.b"}) matches the components
 *       it spells; such keys cannot be told apart from nested ones.
 * </ul>
 *
 * A prefix with an empty component ({@code "a..b"}, {@code ".a"}, {@code "a."}) is refused with an
 * {@link IllegalArgumentException}: no path can match it.
 *
 * <h2>Items</h2>
 *
 * <ul>
 *   <li>{@link #at(String, JsonCodec)}: each item is decoded by the codec, as {@code Codecs.decode}
 *       would decode it alone: every problem is collected, and an item that is JSON {@code null} is
 *       not a valid item. Numbers reach the codec exactly as written.
 *   <li>{@link #rawAt(String)}: each item is a {@link RawJson} holding the bytes the body sent for
 *       it: escapes, number text and member order unchanged, never re-serialized, except that
 *       whitespace outside strings is removed ({@code RawJson} is compact, and documents are
 *       written one per line), so an item of a compact body is byte for byte the body's slice.
 * </ul>
 *
 * Empty or whitespace-only input has no items and is no error. A UTF-8 byte order mark at the start
 * is skipped.
 *
 * <h2>The remainder</h2>
 *
 * Everything not at or under the prefix, rebuilt once the input has ended: {@link
 * JsonItemStream#remainder()} as JSON, {@link JsonItemStream#remainder(JsonCodec)} decoded into a
 * model. As in the Python CDK: arrays that held items are empty ({@code {"count":2,"records":[]}});
 * a member whose value was an item is absent; a key that appears twice keeps the position of its
 * first appearance and the value of its last (a Python dict); with several top-level values the
 * remainder is the last one that is not an item. Numbers keep their exact text. If there is no such
 * top-level value (empty input, or prefix {@code ""}) the remainder is JSON {@code null}, which no
 * model decodes from (as in the Python CDK, whose remainder model fails on it): an empty body is
 * then an error rather than a silent "no next page"; test {@link RawJson#isNull()} first where an
 * empty body is normal. Asking for the remainder before the input was read to its end throws an
 * {@link IllegalStateException}.
 *
 * <h2>Errors</h2>
 *
 * The stream fails (and an iterator throws) with a {@link JsonStreamException} whose message says
 * where: an item that is not a valid value of its model names the item's index (counting from 0,
 * among the items at the prefix), its JSON pointer in its top-level value, its line and column, and
 * every problem with its pointer inside the item ({@code item 3 at /records/3 (line 1, column 58)
 * is not a valid Record: /id: expected an integer ..., found a string "x"}); malformed JSON gives
 * the parser's message with line, column and pointer; input that ends inside a value (a truncated
 * body) says so and what was still expected.
 *
 * <p>Deviations from the Python CDK, chosen deliberately:
 *
 * <ul>
 *   <li>The items before a problem are all delivered, in order, before the failure: the Python CDK
 *       may drop those that were in the same read buffer as the error. A consumer that stops at the
 *       failure has then handled exactly the items that precede it in the body.
 *   <li>Non-integer numbers stay JSON numbers with their exact text, in raw items and in the
 *       remainder; the Python CDK turns them into decimals, which it then writes as JSON strings
 *       where the model does not type them ({@code {"x":"2.25"}}).
 *   <li>The remainder of an input without a top-level value outside the items is {@code null}, as
 *       the Python CDK's is, but fails to decode with a message saying why.
 * </ul>
 *
 * @param <T> the item type
 */
public final class JsonItems<T> {

  private final JsonPrefix prefix;
  private final String typeName;
  private final Supplier<JsonItemDecoder<T>> decoders;

  private JsonItems(JsonPrefix prefix, String typeName, Supplier<JsonItemDecoder<T>> decoders) {
    this.prefix = prefix;
    this.typeName = typeName;
    this.decoders = decoders;
  }

  /**
   * The values at {@code prefix}, each decoded by {@code codec} (the generated {@code FooJson.
   * INSTANCE} of a {@code @Model} record {@code Foo}).
   *
   * @throws IllegalArgumentException if {@code prefix} has an empty component
   */
  public static <T> JsonItems<T> at(String prefix, JsonCodec<T> codec) {
    JsonPrefix checked = JsonPrefix.of(prefix);
    Objects.requireNonNull(codec, "codec");
    String typeName = typeName(codec);
    return new JsonItems<>(
        checked,
        typeName,
        () -> JsonItemDecoder.typed(checked, codec, typeName, JsonStreamException::new));
  }

  /**
   * The values at {@code prefix}, each as the JSON bytes the input holds for it (whitespace outside
   * strings removed).
   *
   * @throws IllegalArgumentException if {@code prefix} has an empty component
   */
  public static JsonItems<RawJson> rawAt(String prefix) {
    JsonPrefix checked = JsonPrefix.of(prefix);
    return new JsonItems<>(
        checked, "raw JSON", () -> JsonItemDecoder.raw(checked, JsonStreamException::new));
  }

  /** The prefix, as given. */
  public String prefix() {
    return prefix.text();
  }

  /**
   * The items of {@code body}, as a Vert.x stream with back-pressure: the body is asked for its
   * next chunk only when the consumer wants items and none are waiting. The stream takes over the
   * body's handlers and pauses it until read. Consume it with {@link Streams#forEach} or {@link
   * Streams#forEachAsync}, then ask for the {@linkplain JsonItemStream#remainder() remainder}.
   */
  public JsonItemStream<T> stream(ReadStream<Buffer> body) {
    return new JsonItemStream<>(body, decoders.get(), this);
  }

  /**
   * The items of {@code in}, pulled on the calling thread, which blocks while {@code in} does: for
   * tests and local files, never on an event loop. The stream is read in 64 KiB chunks and closed
   * by {@link JsonItemIterator#close()}.
   */
  public JsonItemIterator<T> iterator(InputStream in) {
    return new JsonItemIterator<>(Objects.requireNonNull(in, "in"), decoders.get(), this);
  }

  /** The items of {@code json}, pulled on the calling thread, as {@link #iterator(InputStream)}. */
  public JsonItemIterator<T> iterator(byte[] json) {
    return iterator(new ByteArrayInputStream(Objects.requireNonNull(json, "json")));
  }

  @Override
  public String toString() {
    return "JsonItems[" + typeName + " at \"" + prefix + "\"]";
  }

  /** {@code Order} for the generated codec {@code OrderJson}, as messages name the model. */
  static String typeName(JsonCodec<?> codec) {
    String name = codec.getClass().getSimpleName();
    return name.length() > 4 && name.endsWith("Json") ? name.substring(0, name.length() - 4) : name;
  }
}
