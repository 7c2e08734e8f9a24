package flowcdk.common.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.codec.DecodeContext;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.JsonFactories;
import java.io.IOException;

/**
 * Decodes items with a generated codec, as {@code Codecs.decode} decodes a document: every problem
 * in the item is collected, and a JSON {@code null} is a problem too (an item must be a value of
 * the model). Not thread-safe: one per decoder.
 */
final class ItemCodec<T> {

  private final JsonCodec<T> codec;
  private final String typeName;
  // Reused while decodes succeed (it is then back at the root with no problems): no allocation per
  // item beyond what the codec makes.
  private DecodeContext context = new DecodeContext();

  ItemCodec(JsonCodec<T> codec, String typeName) {
    this.codec = codec;
    this.typeName = typeName;
  }

  /** The model's name, as messages show it. */
  String typeName() {
    return typeName;
  }

  /**
   * Decodes the value at {@code p}'s current token, leaving {@code p} on its last token.
   *
   * @throws DecodeException if the value is not a valid {@code T}
   * @throws IOException if the parser fails, including {@link AvailableTokens.NeedMoreInput}
   */
  T read(JsonParser p) throws IOException, DecodeException {
    DecodeContext ctx = context;
    if (ctx.depth() != 0 || ctx.hasProblems()) {
      ctx = new DecodeContext();
      context = ctx;
    }
    T value = codec.read(p, ctx);
    if (value == null && !ctx.hasProblems()) {
      ctx.typeMismatch(typeName, p);
    }
    if (ctx.hasProblems()) {
      throw new DecodeException(typeName, ctx.problems());
    }
    return value;
  }

  /**
   * Decodes {@code utf8}, the bytes of exactly one value that the non-blocking parser has already
   * checked to be well-formed.
   */
  T read(byte[] utf8) throws IOException, DecodeException {
    try (JsonParser p = JsonFactories.factory().createParser(utf8)) {
      p.nextToken();
      T value = read(p);
      JsonToken after = p.nextToken();
      if (after != null) {
        throw new IllegalStateException(
            "an item's bytes held more than one value (found " + after + " after it)");
      }
      return value;
    }
  }
}
