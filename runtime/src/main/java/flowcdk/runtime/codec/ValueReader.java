package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one JSON value of type {@code T}, following the reading contract of {@link JsonCodec}: the
 * parser starts on the value's first token and is left on its last one, JSON {@code null} reads as
 * {@code null}, and a value of the wrong type is recorded in the context, skipped, and read as
 * {@code null}.
 *
 * <p>Every codec is one ({@code FooJson.INSTANCE}), and so are the scalar readers of {@link Codecs}
 * as method references ({@code Codecs::readString}). The collection helpers ({@link JsonArrays},
 * {@link JsonMaps}) take one to read each element.
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface ValueReader<T> {

  /**
   * Reads the value at the parser's current token.
   *
   * @param p a parser positioned on the value's first token; left on its last token
   * @param ctx where problems are recorded; its pointer addresses the value being read
   * @return the value, or {@code null} for a JSON {@code null} or after recording a problem
   * @throws IOException if the parser fails or the input is not well-formed JSON
   */
  T read(JsonParser p, DecodeContext ctx) throws IOException;
}
