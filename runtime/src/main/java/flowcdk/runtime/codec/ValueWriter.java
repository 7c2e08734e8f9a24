package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one non-null value of type {@code T} as exactly one JSON value.
 *
 * <p>Every codec is one ({@code FooJson.INSTANCE}), and so are jackson-core's own writers and the
 * scalar writers of {@link Codecs} as method references ({@code JsonGenerator::writeString}, {@code
 * Codecs::writeInstant}). The collection helpers ({@link JsonArrays}, {@link JsonMaps}) take one to
 * write each element.
 *
 * @param <T> the type written
 */
@FunctionalInterface
public interface ValueWriter<T> {

  /**
   * Writes {@code value}.
   *
   * @param g the generator, positioned where a value may be written
   * @param value the value, never {@code null}
   * @throws IOException if the generator fails
   */
  void write(JsonGenerator g, T value) throws IOException;
}
