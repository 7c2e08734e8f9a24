package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;

/**
 * Reads, writes and describes values of one model type as JSON, with jackson-core streaming only.
 *
 * <p>The annotation processor generates one implementation, {@code FooJson}, per model type {@code
 * Foo}; {@link MetaJson} is a hand-written example of the shape generated codecs take. Codecs are
 * stateless and thread-safe. Use {@link Codecs#decode(RawJson, JsonCodec, String)} and {@link
 * Codecs#encode(Object, JsonCodec)} to run a codec over a whole document. A codec is also a {@link
 * ValueReader} and a {@link ValueWriter}, so codecs of other types, and the collection helpers, use
 * it for the values they hold.
 *
 * <p><b>Reading contract.</b> {@link #read} is called with the parser positioned <em>on</em> the
 * value's first token ({@code START_OBJECT}, a scalar, ...) and returns with the parser on the
 * value's last token ({@code END_OBJECT}, or the scalar itself), so that the caller's next {@code
 * nextToken()} moves past the value. Bad input data never throws: the codec records each problem in
 * the {@link DecodeContext} (which knows the JSON pointer of the value being read), skips whatever
 * it cannot use with {@link JsonParser#skipChildren()}, and carries on so that one decode reports
 * every problem in the document. When the value as a whole has the wrong JSON type the codec
 * records a type mismatch and returns {@code null}. A JSON {@code null} yields {@code null} without
 * a problem; whether {@code null} is acceptable is decided by the code reading the enclosing value.
 * Only I/O failures and malformed JSON (from the parser) are thrown.
 */
public interface JsonCodec<T> extends ValueReader<T>, ValueWriter<T> {

  /**
   * Writes {@code value} as exactly one JSON value (an object, for model types).
   *
   * @param g the generator, positioned where a value may be written
   * @param value the value, never {@code null}
   * @throws IOException if the generator fails
   */
  @Override
  void write(JsonGenerator g, T value) throws IOException;

  /**
   * Reads one value; see the reading contract in the type's documentation.
   *
   * @param p a parser positioned on the value's first token; left on its last token
   * @param ctx where problems are recorded; its pointer addresses the value being read
   * @return the value, or {@code null} for a JSON {@code null} or after recording a type mismatch
   * @throws IOException if the parser fails or the input is not well-formed JSON
   */
  @Override
  T read(JsonParser p, DecodeContext ctx) throws IOException;

  /** The JSON Schema of {@code T}, as the connector publishes it (for example in discovery). */
  RawJson schema();
}
