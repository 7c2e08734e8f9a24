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
 * <p>A connector's code runs C1-compiled for its first seconds (and for good on an image with C1
 * only, {@code -XX:TieredStopAtLevel=1}), and C1 inlines calls on classes but not on interfaces:
 * the loops hold their collections as {@code ArrayList} and {@code LinkedHashSet}, and a list is
 * written by index after one {@code RandomAccess} check (two interface checks in a row on the same
 * class would thrash the JVM's subtype cache).
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
    return Collections.unmodifiableList(readElements(p, ctx, element));
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
    LinkedHashSet<T> items = new LinkedHashSet<>();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      ctx.push(index++);
      items.add(element.read(p, ctx));
      ctx.pop();
    }
    return Collections.unmodifiableSet(items);
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
    return readElements(p, ctx, element).toArray(newArray);
  }

  /**
   * The elements of the array whose {@code START_ARRAY} the parser is on, each read at its index;
   * leaves the parser on {@code END_ARRAY}. An {@code ArrayList}, not a {@code List}: calls on a
   * class, unlike calls on an interface, are inlined by C1, the compiler connectors run with.
   */
  @SuppressWarnings("NonApiType") // an ArrayList on purpose, for C1 (see above)
  private static <T> ArrayList<T> readElements(
      JsonParser p, DecodeContext ctx, ValueReader<T> element) throws IOException {
    ArrayList<T> items = new ArrayList<>();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      ctx.push(index++);
      items.add(element.read(p, ctx));
      ctx.pop();
    }
    return items;
  }

  /**
   * Writes {@code values} as a JSON array, each element with {@code element} and a {@code null}
   * element as JSON {@code null}.
   */
  public static <T> void write(JsonGenerator g, List<? extends T> values, ValueWriter<T> element)
      throws IOException {
    if (!(values instanceof RandomAccess)) {
      write(g, (Collection<? extends T>) values, element);
      return;
    }
    // By index: no iterator per list (C1, which connectors run with, does not elide it).
    g.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      writeElement(g, values.get(i), element);
    }
    g.writeEndArray();
  }

  /**
   * Writes {@code values} (a set, or any other collection) as a JSON array in its iteration order,
   * each element with {@code element} and a {@code null} element as JSON {@code null}.
   */
  public static <T> void write(
      JsonGenerator g, Collection<? extends T> values, ValueWriter<T> element) throws IOException {
    g.writeStartArray();
    for (T value : values) {
      writeElement(g, value, element);
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
