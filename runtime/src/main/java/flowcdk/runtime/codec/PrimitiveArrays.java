package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;

/**
 * JSON arrays as Java arrays of primitives ({@code int[]}, {@code long[]}, {@code double[]}, {@code
 * float[]}, {@code short[]}, {@code char[]}, {@code boolean[]}; {@code byte[]} is a base64 string,
 * see {@link Codecs#readBytes}). Writing never boxes.
 *
 * <p>Readers follow the {@link JsonCodec} reading contract, and read each element with the scalar
 * reader of {@link Codecs} at its index. An array of primitives cannot hold {@code null}: a JSON
 * {@code null} element records {@code expected a value (this array cannot hold null), found null}.
 */
public final class PrimitiveArrays {

  private static final String NO_NULL = "a value (this array cannot hold null)";

  private PrimitiveArrays() {}

  /** A JSON array of integers as an {@code int[]}. */
  public static int[] readInts(JsonParser p, DecodeContext ctx) throws IOException {
    ArrayList<Integer> items = readElements(p, ctx, Codecs::readInt);
    if (items == null) {
      return null;
    }
    int[] array = new int[items.size()];
    for (int i = 0; i < array.length; i++) {
      Integer item = items.get(i);
      array[i] = item == null ? 0 : item;
    }
    return array;
  }

  /** A JSON array of integers as a {@code long[]}. */
  public static long[] readLongs(JsonParser p, DecodeContext ctx) throws IOException {
    ArrayList<Long> items = readElements(p, ctx, Codecs::readLong);
    if (items == null) {
      return null;
    }
    long[] array = new long[items.size()];
    for (int i = 0; i < array.length; i++) {
      Long item = items.get(i);
      array[i] = item == null ? 0L : item;
    }
    return array;
  }

  /** A JSON array of integers as a {@code short[]}. */
  public static short[] readShorts(JsonParser p, DecodeContext ctx) throws IOException {
    ArrayList<Short> items = readElements(p, ctx, Codecs::readShort);
    if (items == null) {
      return null;
    }
    short[] array = new short[items.size()];
    for (int i = 0; i < array.length; i++) {
      Short item = items.get(i);
      array[i] = item == null ? 0 : item;
    }
    return array;
  }

  /** A JSON array of numbers as a {@code double[]}. */
  public static double[] readDoubles(JsonParser p, DecodeContext ctx) throws IOException {
    ArrayList<Double> items = readElements(p, ctx, Codecs::readDouble);
    if (items == null) {
      return null;
    }
    double[] array = new double[items.size()];
    for (int i = 0; i < array.length; i++) {
      Double item = items.get(i);
      array[i] = item == null ? 0d : item;
    }
    return array;
  }

  /** A JSON array of numbers as a {@code float[]}. */
  public static float[] readFloats(JsonParser p, DecodeContext ctx) throws IOException {
    ArrayList<Float> items = readElements(p, ctx, Codecs::readFloat);
    if (items == null) {
      return null;
    }
    float[] array = new float[items.size()];
    for (int i = 0; i < array.length; i++) {
      Float item = items.get(i);
      array[i] = item == null ? 0f : item;
    }
    return array;
  }

  /** A JSON array of one-character strings as a {@code char[]}. */
  public static char[] readChars(JsonParser p, DecodeContext ctx) throws IOException {
    ArrayList<Character> items = readElements(p, ctx, Codecs::readChar);
    if (items == null) {
      return null;
    }
    char[] array = new char[items.size()];
    for (int i = 0; i < array.length; i++) {
      Character item = items.get(i);
      array[i] = item == null ? '\0' : item;
    }
    return array;
  }

  /** A JSON array of booleans as a {@code boolean[]}. */
  public static boolean[] readBooleans(JsonParser p, DecodeContext ctx) throws IOException {
    ArrayList<Boolean> items = readElements(p, ctx, Codecs::readBoolean);
    if (items == null) {
      return null;
    }
    boolean[] array = new boolean[items.size()];
    for (int i = 0; i < array.length; i++) {
      Boolean item = items.get(i);
      array[i] = item != null && item;
    }
    return array;
  }

  /** Writes {@code values} as a JSON array of integers. */
  public static void write(JsonGenerator g, int[] values) throws IOException {
    g.writeStartArray();
    for (int value : values) {
      g.writeNumber(value);
    }
    g.writeEndArray();
  }

  /** Writes {@code values} as a JSON array of integers. */
  public static void write(JsonGenerator g, long[] values) throws IOException {
    g.writeStartArray();
    for (long value : values) {
      g.writeNumber(value);
    }
    g.writeEndArray();
  }

  /** Writes {@code values} as a JSON array of integers. */
  public static void write(JsonGenerator g, short[] values) throws IOException {
    g.writeStartArray();
    for (short value : values) {
      g.writeNumber((int) value);
    }
    g.writeEndArray();
  }

  /** Writes {@code values} as a JSON array of numbers. */
  public static void write(JsonGenerator g, double[] values) throws IOException {
    g.writeStartArray();
    for (double value : values) {
      g.writeNumber(value);
    }
    g.writeEndArray();
  }

  /** Writes {@code values} as a JSON array of numbers. */
  public static void write(JsonGenerator g, float[] values) throws IOException {
    g.writeStartArray();
    for (float value : values) {
      g.writeNumber(value);
    }
    g.writeEndArray();
  }

  /** Writes {@code values} as a JSON array of one-character strings. */
  public static void write(JsonGenerator g, char[] values) throws IOException {
    g.writeStartArray();
    for (char value : values) {
      g.writeString(String.valueOf(value));
    }
    g.writeEndArray();
  }

  /** Writes {@code values} as a JSON array of booleans. */
  public static void write(JsonGenerator g, boolean[] values) throws IOException {
    g.writeStartArray();
    for (boolean value : values) {
      g.writeBoolean(value);
    }
    g.writeEndArray();
  }

  /**
   * The elements of the JSON array at the parser, boxed, with a problem for each {@code null}; or
   * {@code null} for JSON {@code null} or a value that is not an array. An {@code ArrayList}, for
   * C1 (see {@link JsonArrays}).
   */
  @SuppressWarnings("NonApiType") // an ArrayList on purpose, for C1 (see above)
  private static <T> ArrayList<T> readElements(
      JsonParser p, DecodeContext ctx, ValueReader<T> element) throws IOException {
    if (!Codecs.expectArray(p, ctx)) {
      return null;
    }
    ArrayList<T> items = new ArrayList<>();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      ctx.push(index++);
      T item = element.read(p, ctx);
      if (item == null && p.currentToken() == JsonToken.VALUE_NULL) {
        ctx.typeMismatch(NO_NULL, p);
      }
      items.add(item);
      ctx.pop();
    }
    return items;
  }
}
