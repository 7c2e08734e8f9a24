package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * JSON arrays as Java lists, sets and arrays of references, element by element through the
 * element's {@link ValueReader} or {@link ValueWriter}. Generated codecs call these for their
 * collection properties, so that only the element's reader or writer is generated: {@code
 * JsonArrays.readList(p, ctx, Codecs::readString)}, {@code JsonArrays.write(g, tags,
 * JsonGenerator::writeString)}. Arrays of primitives are in {@link PrimitiveArrays}.
 *
 * <p>Readers follow the {@link JsonCodec} reading contract: JSON {@code null} reads as {@code
 * null}, anything but an array records {@code expected an array, found ...}. Each element is read
 * at its index ({@code /tags/0}, ...), and a JSON {@code null} element is kept as {@code null}.
 * Lists and sets are returned unmodifiable; sets keep the order of the JSON array.
 */
public final class JsonArrays {

  private JsonArrays() {}

  /** The JSON array at the parser as an unmodifiable list, each element read by {@code element}. */
  public static <T> List<T> readList(JsonParser p, DecodeContext ctx, ValueReader<T> element)
      throws IOException {
    if (!Codecs.expectArray(p, ctx)) {
      return null;
    }
    return Collections.unmodifiableList(readElements(p, ctx, element, new ArrayList<>()));
  }

  /**
   * The JSON array at the parser as an unmodifiable set in the array's order, each element read by
   * {@code element}; a repeated element is kept once.
   */
  public static <T> Set<T> readSet(JsonParser p, DecodeContext ctx, ValueReader<T> element)
      throws IOException {
    if (!Codecs.expectArray(p, ctx)) {
      return null;
    }
    return Collections.unmodifiableSet(readElements(p, ctx, element, new LinkedHashSet<>()));
  }

  /**
   * The JSON array at the parser as a Java array made by {@code newArray} (such as {@code
   * String[]::new}), each element read by {@code element}.
   */
  public static <T> T[] readArray(
      JsonParser p, DecodeContext ctx, ValueReader<T> element, IntFunction<T[]> newArray)
      throws IOException {
    if (!Codecs.expectArray(p, ctx)) {
      return null;
    }
    return readElements(p, ctx, element, new ArrayList<>()).toArray(newArray);
  }

  /**
   * Reads the elements of the array whose {@code START_ARRAY} the parser is on into {@code into},
   * each at its index, and leaves the parser on {@code END_ARRAY}.
   */
  private static <T, C extends Collection<T>> C readElements(
      JsonParser p, DecodeContext ctx, ValueReader<T> element, C into) throws IOException {
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      ctx.push(index++);
      into.add(element.read(p, ctx));
      ctx.pop();
    }
    return into;
  }

  /**
   * Writes {@code values} as a JSON array, each element with {@code element} and a {@code null}
   * element as JSON {@code null}.
   */
  public static <T> void write(
      JsonGenerator g, Collection<? extends T> values, ValueWriter<T> element) throws IOException {
    g.writeStartArray();
    if (values instanceof List<? extends T> list && values instanceof RandomAccess) {
      // By index: no iterator per list (C1, which connectors run with, does not elide it).
      for (int i = 0, n = list.size(); i < n; i++) {
        writeElement(g, list.get(i), element);
      }
    } else {
      for (T value : values) {
        writeElement(g, value, element);
      }
    }
    g.writeEndArray();
  }

  /**
   * Writes {@code values} as a JSON array, each element with {@code element} and a {@code null}
   * element as JSON {@code null}.
   */
  public static <T> void write(JsonGenerator g, T[] values, ValueWriter<T> element)
      throws IOException {
    g.writeStartArray();
    for (T value : values) {
      writeElement(g, value, element);
    }
    g.writeEndArray();
  }

  private static <T> void writeElement(JsonGenerator g, T value, ValueWriter<T> element)
      throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      element.write(g, value);
    }
  }
}
