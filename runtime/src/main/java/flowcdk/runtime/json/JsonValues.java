package flowcdk.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Converts between JSON and plain Java values: {@code Map<String,Object>} (member order kept),
 * {@code List<Object>}, {@code String}, {@code Long} or {@code BigInteger} or {@code BigDecimal},
 * {@code Boolean} and {@code null}.
 *
 * <p>This is the small tree model the runtime needs off the hot path (walking a config schema,
 * redacting secrets, tests); documents and states never go through it.
 */
public final class JsonValues {

  private JsonValues() {}

  /** Parses {@code json} into plain Java values. */
  public static Object read(RawJson json) {
    try (JsonParser parser = json.parser()) {
      parser.nextToken();
      return read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the value at the parser's current token, leaving the parser on its last token. */
  public static Object read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          map.put(name, read(parser));
        }
        yield map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(parser));
        }
        yield list;
      }
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT ->
          parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? parser.getBigIntegerValue()
              : (Object) parser.getLongValue();
      case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> null;
      default -> throw new IllegalStateException("unexpected JSON token " + token);
    };
  }

  /**
   * Writes a plain Java value. Maps, iterables, arrays of objects, strings, numbers, booleans,
   * {@code null} and {@link RawJson} are written as JSON; anything else as its {@code toString()}.
   *
   * <p>This is how generic documents are written, so it is on the hot path: the common types are
   * tested first, member names that are strings are written from a table of encoded names ({@code
   * FieldNames}), and lists are walked by index when they allow it.
   */
  public static void write(JsonGenerator generator, Object value) throws IOException {
    if (value instanceof String s) {
      generator.writeString(s);
    } else if (value instanceof Map<?, ?> map) {
      writeMap(generator, map);
    } else if (value instanceof Long l) {
      generator.writeNumber(l.longValue());
    } else if (value instanceof Integer i) {
      generator.writeNumber(i.intValue());
    } else if (value instanceof Boolean b) {
      generator.writeBoolean(b.booleanValue());
    } else if (value instanceof Double d) {
      writeDouble(generator, d.doubleValue());
    } else if (value instanceof List<?> list) {
      writeList(generator, list);
    } else if (value == null) {
      generator.writeNull();
    } else {
      writeOther(generator, value);
    }
  }

  private static void writeMap(JsonGenerator generator, Map<?, ?> map) throws IOException {
    generator.writeStartObject();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String name = String.valueOf(entry.getKey());
      SerializableString encoded = FieldNames.of(name);
      if (encoded != null) {
        generator.writeFieldName(encoded);
      } else {
        generator.writeFieldName(name);
      }
      write(generator, entry.getValue());
    }
    generator.writeEndObject();
  }

  private static void writeList(JsonGenerator generator, List<?> list) throws IOException {
    generator.writeStartArray();
    if (list instanceof RandomAccess) {
      for (int i = 0, n = list.size(); i < n; i++) {
        write(generator, list.get(i));
      }
    } else {
      for (Object item : list) {
        write(generator, item);
      }
    }
    generator.writeEndArray();
  }

  private static void writeDouble(JsonGenerator generator, double d) throws IOException {
    if (Double.isFinite(d)) {
      generator.writeNumber(d);
    } else {
      generator.writeString(Double.toString(d));
    }
  }

  /** The rarer kinds of value. */
  private static void writeOther(JsonGenerator generator, Object value) throws IOException {
    if (value instanceof RawJson raw) {
      raw.writeTo(generator);
    } else if (value instanceof Short || value instanceof Byte) {
      generator.writeNumber(((Number) value).intValue());
    } else if (value instanceof java.math.BigDecimal d) {
      generator.writeNumber(d);
    } else if (value instanceof java.math.BigInteger i) {
      generator.writeNumber(i);
    } else if (value instanceof Float f) {
      writeDouble(generator, f.doubleValue());
    } else if (value instanceof Iterable<?> items) {
      generator.writeStartArray();
      for (Object item : items) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else if (value instanceof Object[] items) {
      write(generator, java.util.Arrays.asList(items));
    } else {
      generator.writeString(value.toString());
    }
  }

  /**
   * Encodes a plain Java value as compact JSON.
   *
   * <p>Connectors that build generic documents call this once per document, so each thread keeps
   * one generator and one growing buffer and reuses them (no generator, context and buffer growth
   * per call); only the result is copied out. A nested call (a {@code toString()} that encodes) and
   * a call after a failed one get a fresh generator.
   */
  public static RawJson toRawJson(Object value) {
    Encoder encoder = ENCODER.get();
    if (encoder.busy) {
      return toRawJsonFresh(value);
    }
    encoder.busy = true;
    try {
      JsonGenerator generator = encoder.generator();
      write(generator, value);
      generator.flush();
      return RawJson.trusted(encoder.out.toByteArray());
    } catch (IOException e) {
      encoder.generator = null;
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      encoder.generator = null; // its state is unknown after a failure
      throw e;
    } finally {
      encoder.out.reset();
      encoder.busy = false;
    }
  }

  private static RawJson toRawJsonFresh(Object value) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (JsonGenerator generator = JsonFactories.factory().createGenerator(out)) {
      write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RawJson.trusted(out.toByteArray());
  }

  private static final ThreadLocal<Encoder> ENCODER = ThreadLocal.withInitial(Encoder::new);

  /** A thread's reusable generator and output buffer for {@link #toRawJson}. */
  private static final class Encoder {
    final Buffer out = new Buffer();
    JsonGenerator generator;
    boolean busy;

    JsonGenerator generator() throws IOException {
      if (generator == null) {
        generator = JsonFactories.factory().createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
      }
      return generator;
    }
  }

  /** A byte buffer that is emptied, not freed, between values (unless one value made it huge). */
  private static final class Buffer extends java.io.OutputStream {
    private static final int INITIAL = 1024;
    private static final int KEEP_AT_MOST = 1 << 20;
    private byte[] bytes = new byte[INITIAL];
    private int size;

    @Override
    public void write(int b) {
      ensure(1);
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int offset, int length) {
      ensure(length);
      System.arraycopy(b, offset, bytes, size, length);
      size += length;
    }

    byte[] toByteArray() {
      return java.util.Arrays.copyOf(bytes, size);
    }

    void reset() {
      size = 0;
      if (bytes.length > KEEP_AT_MOST) {
        bytes = new byte[INITIAL];
      }
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        long wanted = Math.max(2L * bytes.length, (long) size + more);
        if (wanted > Integer.MAX_VALUE - 8) {
          throw new OutOfMemoryError("a JSON value longer than 2 GB");
        }
        bytes = java.util.Arrays.copyOf(bytes, (int) wanted);
      }
    }
  }
}
