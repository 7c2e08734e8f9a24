package flowcdk.common.stream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.JsonEOFException;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Finds the values at a prefix in chunks of JSON (one value, NDJSON or concatenated values) with
 * jackson-core's non-blocking parser, and gives each as an item: decoded by a generated codec, or
 * as its bytes. Everything outside the items is rebuilt as the remainder once the input has ended.
 * Never waits for input: each chunk is parsed as far as it goes and the state kept for the next.
 *
 * <p>A typed item is read by the codec straight from the non-blocking parser ({@link
 * AvailableTokens}), so it is parsed once. An item the chunk ends inside of is finished by skipping
 * its remaining tokens as they arrive, its bytes (kept by a {@link ByteWindow}) are then decoded by
 * an ordinary parser; raw items are always taken as bytes. Memory is bounded by one item (or token)
 * plus one chunk, and the remainder.
 *
 * <p>Not thread-safe: a {@link DecodingStream} or an iterator calls it from one place at a time.
 * The remainder may be read from another thread once {@link #end} has returned.
 *
 * @param <T> the item type ({@link RawJson} for raw items)
 */
public final class JsonItemDecoder<T> implements ChunkDecoder<Buffer, T> {

  // Vert.x buffers are copied into a reused array unless larger than this.
  private static final int SCRATCH_LIMIT = 1 << 20;

  private final JsonPrefix prefix;
  private final ItemCodec<T> codec; // null for raw items
  private final JsonParser parser;
  private final ParserBase tokens; // the same parser: token offsets without allocation
  private final ByteArrayFeeder feeder;
  private final AvailableTokens available;
  private final JsonStreamErrors errors;
  private final ParserFeed feed;
  private final ByteWindow window = new ByteWindow();
  private final OpenContainers containers;
  private final RemainderBuilder remainder = new RemainderBuilder();
  private byte[] scratch = new byte[0];

  private long items;
  // The item whose tokens are still arriving, if any.
  private boolean inItem;
  private long itemStart;
  private int itemLine;
  private int itemColumn;

  private boolean ended;
  private volatile RawJson result;
  private volatile Throwable failure;

  private JsonItemDecoder(JsonPrefix prefix, ItemCodec<T> codec, JsonStreamErrors errors) {
    this.prefix = prefix;
    this.errors = errors;
    this.feed = new ParserFeed(errors);
    this.codec = codec;
    this.containers = new OpenContainers(prefix);
    try {
      this.parser = JsonFactories.factory().createNonBlockingByteArrayParser();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.tokens = (ParserBase) parser;
    this.feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
    this.available = new AvailableTokens(parser);
  }

  /**
   * A decoder of the values at {@code prefix} with {@code codec}, named {@code typeName}, failing
   * with exceptions made by {@code exceptions} from a message and a cause.
   */
  public static <T> JsonItemDecoder<T> typed(
      JsonPrefix prefix,
      JsonCodec<T> codec,
      String typeName,
      BiFunction<String, Throwable, ? extends RuntimeException> exceptions) {
    return new JsonItemDecoder<>(
        prefix, new ItemCodec<>(codec, typeName), new JsonStreamErrors(exceptions));
  }

  /** A decoder of the values at {@code prefix} as their bytes, failing as for {@link #typed}. */
  public static JsonItemDecoder<RawJson> raw(
      JsonPrefix prefix, BiFunction<String, Throwable, ? extends RuntimeException> exceptions) {
    return new JsonItemDecoder<>(prefix, null, new JsonStreamErrors(exceptions));
  }

  @Override
  public void chunk(Buffer chunk, Consumer<? super T> out) {
    int length = chunk.length();
    byte[] bytes;
    if (length > SCRATCH_LIMIT) {
      bytes = chunk.getBytes();
    } else {
      if (scratch.length < length) {
        scratch = new byte[Math.max(length, Math.min(2 * scratch.length, SCRATCH_LIMIT))];
      }
      chunk.getBytes(0, length, scratch, 0);
      bytes = scratch;
    }
    chunk(bytes, 0, length, out);
  }

  /**
   * Decodes {@code length} bytes of {@code bytes} from {@code offset}, giving {@code out} every
   * item they complete. The array is not kept: the caller may reuse it afterwards.
   *
   * @throws RuntimeException (a {@code JsonStreamException}) if the input is not valid JSON or an
   *     item does not decode, after giving {@code out} the items before the problem
   */
  public void chunk(byte[] bytes, int offset, int length, Consumer<? super T> out) {
    if (ended || failure != null) {
      throw new IllegalStateException("the decoder has already ended or failed");
    }
    try {
      feed.chunk(bytes, offset, length, (piece, from, count) -> parse(piece, from, count, out));
    } catch (JsonProcessingException e) {
      throw fail(errors.malformed(e, parser.getParsingContext(), items));
    } catch (IOException e) {
      throw fail(new UncheckedIOException(e));
    } catch (RuntimeException e) {
      throw fail(e);
    }
  }

  /**
   * The input ended: gives {@code out} an item the last bytes completed (a top-level number needs
   * the end to be known complete) and builds the remainder.
   *
   * @throws RuntimeException (a {@code JsonStreamException}) if the input ended inside a value
   */
  @Override
  public void end(Consumer<? super T> out) {
    if (ended || failure != null) {
      throw new IllegalStateException("the decoder has already ended or failed");
    }
    try {
      try {
        feed.end((piece, from, count) -> parse(piece, from, count, out));
      } catch (JsonProcessingException e) {
        throw fail(errors.malformed(e, parser.getParsingContext(), items));
      }
      feeder.endOfInput();
      pull(out);
    } catch (JsonProcessingException e) {
      boolean cutOff = e instanceof JsonEOFException || !parser.getParsingContext().inRoot();
      throw fail(
          cutOff
              ? errors.truncated(e, parser.getParsingContext(), items)
              : errors.malformed(e, parser.getParsingContext(), items));
    } catch (IOException e) {
      throw fail(new UncheckedIOException(e));
    } catch (RuntimeException e) {
      throw fail(e);
    }
    ended = true;
    result = remainder.build();
  }

  /** Parses one piece of input as far as it goes. */
  private void parse(byte[] bytes, int offset, int length, Consumer<? super T> out)
      throws IOException {
    window.next(bytes, offset, length);
    feeder.feedInput(bytes, offset, offset + length);
    pull(out);
  }

  private RuntimeException fail(RuntimeException e) {
    failure = e;
    return e;
  }

  /**
   * Everything outside the items, rebuilt ({@link RemainderBuilder}); {@code null} if the input
   * held no top-level value outside them.
   *
   * @throws IllegalStateException before the end of the input, or after a failure
   */
  public RawJson remainder() {
    RawJson value = result;
    if (value != null) {
      return value;
    }
    Throwable failed = failure;
    throw failed != null ? errors.remainderAfterFailure(failed) : errors.remainderBeforeEnd();
  }

  /**
   * The remainder decoded with {@code codec}.
   *
   * @throws RuntimeException (a {@code JsonStreamException}) naming the remainder and every
   *     problem, if it does not decode
   * @throws IllegalStateException before the end of the input, or after a failure
   */
  public <R> R remainder(JsonCodec<R> codec, String typeName) {
    RawJson value = remainder();
    try {
      return Codecs.decode(value, codec, typeName);
    } catch (DecodeException e) {
      throw errors.invalidRemainder(prefix, value.isNull(), e);
    }
  }

  /** Takes every token the input so far holds. */
  private void pull(Consumer<? super T> out) throws IOException {
    while (true) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.NOT_AVAILABLE) {
        keepWhatMayBeNeeded();
        return;
      }
      if (token == null) {
        return;
      }
      if (inItem) {
        continueItem(token, out);
        continue;
      }
      switch (token) {
        case FIELD_NAME -> {
          String name = parser.currentName();
          containers.member(name);
          remainder.key(name);
        }
        case END_OBJECT, END_ARRAY -> {
          containers.pop();
          remainder.end();
        }
        default -> value(token, out);
      }
    }
  }

  /** A value starts outside any item: an item, or part of the remainder. */
  private void value(JsonToken token, Consumer<? super T> out) throws IOException {
    int position = containers.valueStarts();
    if (prefix.matches(position)) {
      startItem(token, out);
      return;
    }
    switch (token) {
      case START_OBJECT -> {
        containers.push(false, position);
        remainder.startObject();
      }
      case START_ARRAY -> {
        containers.push(true, position);
        remainder.startArray();
      }
      case VALUE_STRING -> remainder.string(parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> remainder.number(parser.getText());
      case VALUE_TRUE -> remainder.bool(true);
      case VALUE_FALSE -> remainder.bool(false);
      case VALUE_NULL -> remainder.nullValue();
      default -> throw new IllegalStateException("unexpected token " + token + " for a value");
    }
  }

  private void startItem(JsonToken token, Consumer<? super T> out) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    // The non-blocking parser records a value token's location after taking its first byte.
    itemStart = at.getByteOffset() - 1;
    itemLine = at.getLineNr();
    itemColumn = at.getColumnNr();
    checkItemStart(token);
    if (codec != null) {
      try {
        T item = codec.read(token.isScalarValue() ? parser : available);
        if (!token.isScalarValue() && parser.getParsingContext().getNestingDepth() != depth()) {
          throw new IllegalStateException(
              "the codec for "
                  + codec.typeName()
                  + " did not read item "
                  + items
                  + " to its end (a bug in the codec)");
        }
        give(item, out);
      } catch (AvailableTokens.NeedMoreInput e) {
        inItem = true;
      } catch (DecodeException e) {
        throw invalidItem(e);
      }
    } else if (token.isScalarValue()) {
      giveBytes(parser.currentLocation().getByteOffset(), out);
    } else {
      inItem = true;
    }
  }

  /** A token of an item the last chunk ended inside of: the item is complete at its last token. */
  private void continueItem(JsonToken token, Consumer<? super T> out) throws IOException {
    if (token.isStructEnd() && parser.getParsingContext().getNestingDepth() == depth()) {
      inItem = false;
      giveBytes(parser.currentLocation().getByteOffset(), out);
    }
  }

  private int depth() {
    return containers.depth();
  }

  @SuppressWarnings("unchecked") // codec == null only in raw(), where T is RawJson
  private void giveBytes(long end, Consumer<? super T> out) throws IOException {
    byte[] bytes = window.copy(itemStart, end);
    if (codec == null) {
      give((T) RawJson.trusted(CompactJson.strip(bytes)), out);
    } else {
      try {
        give(codec.read(bytes), out);
      } catch (DecodeException e) {
        throw invalidItem(e);
      }
    }
  }

  private void give(T item, Consumer<? super T> out) {
    items++;
    out.accept(item);
  }

  private RuntimeException invalidItem(DecodeException e) {
    return errors.invalidItem(items, containers.pointer(), itemLine, itemColumn, e);
  }

  /**
   * At the end of a chunk, keeps the bytes a later item may need: the current item's, or those of a
   * token the chunk ended inside of if it may start an item (from where the parser last took a
   * token, at most one token back).
   */
  private void keepWhatMayBeNeeded() {
    if (inItem) {
      window.keepFrom(itemStart);
    } else if (containers.nextMayBeItem()) {
      window.keepFrom(tokens.getTokenCharacterOffset() - 1);
    } else {
      window.keepFrom(Long.MAX_VALUE);
    }
  }

  /**
   * Checks the item's first byte is where the parser's location says: a guard against a
   * jackson-core whose non-blocking parser reports locations differently, which would otherwise
   * give wrong bytes.
   */
  private void checkItemStart(JsonToken token) {
    boolean found = false;
    if (window.holds(itemStart)) {
      byte first = window.byteAt(itemStart);
      found =
          switch (token) {
            case START_OBJECT -> first == '{';
            case START_ARRAY -> first == '[';
            case VALUE_STRING -> first == '"';
            case VALUE_TRUE -> first == 't';
            case VALUE_FALSE -> first == 'f';
            case VALUE_NULL -> first == 'n';
            default -> first == '-' || (first >= '0' && first <= '9');
          };
    }
    if (!found) {
      throw new IllegalStateException(
          "item "
              + items
              + " ("
              + token
              + ") does not start at byte "
              + itemStart
              + " where jackson-core's non-blocking parser located it: this version of"
              + " jackson-core reports token locations differently than JsonItemDecoder expects");
    }
  }
}
