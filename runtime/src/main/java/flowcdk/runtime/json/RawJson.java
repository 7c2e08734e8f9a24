package flowcdk.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable JSON value kept as compact UTF-8 bytes, never parsed into a tree.
 *
 * <p>The protocol layer hands endpoint configs, resource configs, states, schemas and documents
 * around as {@code RawJson}: the processor's generated codecs decode them where a typed value is
 * needed, and values that are already bytes are written out again without re-parsing.
 *
 * <p>Instances made by {@link #parse(String)}, {@link #parse(byte[])} and {@link
 * #copyOf(JsonParser)} are validated and compacted (no insignificant whitespace). Equality is byte
 * equality of that compact form, so two values with differently ordered object members are not
 * equal.
 */
public final class RawJson {

  /** The empty object {@code {}}. */
  public static final RawJson EMPTY_OBJECT = new RawJson(new byte[] {'{', '}'});

  /** The JSON literal {@code null}. */
  public static final RawJson NULL = new RawJson("null".getBytes(StandardCharsets.US_ASCII));

  private final byte[] utf8;

  private RawJson(byte[] utf8) {
    this.utf8 = utf8;
  }

  /**
   * Parses, validates and compacts one JSON value.
   *
   * @throws IllegalArgumentException if {@code json} is not exactly one JSON value
   */
  public static RawJson parse(String json) {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Parses, validates and compacts one JSON value given as UTF-8 bytes.
   *
   * @throws IllegalArgumentException if {@code utf8} is not exactly one JSON value
   */
  public static RawJson parse(byte[] utf8) {
    try (JsonParser parser = JsonFactories.factory().createParser(utf8)) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("expected a JSON value but the input is empty");
      }
      RawJson value = copyOf(parser);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException(
            "expected exactly one JSON value but found more after it at "
                + parser.currentTokenLocation().offsetDescription());
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the value at the parser's current token (a scalar, or a whole object or array) into a
   * compact {@code RawJson}, leaving the parser on the value's last token.
   *
   * @throws IOException if the parser fails or the input is not valid JSON
   */
  public static RawJson copyOf(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new IllegalStateException("copyOf needs a parser positioned on a value");
    }
    if (token == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.END_OBJECT) {
      return EMPTY_OBJECT;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    try (JsonGenerator generator = JsonFactories.factory().createGenerator(out)) {
      if (token == JsonToken.START_OBJECT) {
        // The parser already stepped onto the first member name; copy member by member.
        generator.writeStartObject();
        while (parser.currentToken() != JsonToken.END_OBJECT) {
          generator.writeFieldName(parser.currentName());
          parser.nextToken();
          copyStructure(parser, generator);
          parser.nextToken();
        }
        generator.writeEndObject();
      } else if (token == JsonToken.VALUE_NULL) {
        return NULL;
      } else {
        copyStructure(parser, generator);
      }
    }
    return new RawJson(out.toByteArray());
  }

  /**
   * Like {@link JsonGenerator#copyCurrentStructure(JsonParser)}, but numbers are copied as their
   * source text: Jackson's copy goes through {@code double} for non-integers, which loses digits
   * ({@code 0.1000000000000000000001}) and turns out-of-range values into {@code Infinity}.
   */
  private static void copyStructure(JsonParser parser, JsonGenerator generator) throws IOException {
    int depth = 0;
    do {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        generator.writeNumber(parser.getText());
      } else {
        generator.copyCurrentEvent(parser);
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
        }
      }
    } while (depth > 0 && parser.nextToken() != null);
  }

  /**
   * Wraps bytes that the caller guarantees are one compact, valid UTF-8 JSON value, without
   * checking them. The array is taken over, not copied: the caller must not change it afterwards.
   * Generated codecs use this for bytes they have just written themselves.
   */
  public static RawJson trusted(byte[] compactUtf8) {
    return new RawJson(compactUtf8);
  }

  /** The encoded length in bytes. */
  public int length() {
    return utf8.length;
  }

  /** Whether the value is a JSON object. */
  public boolean isObject() {
    return utf8.length > 0 && utf8[0] == '{';
  }

  /** Whether the value is the literal {@code null}. */
  public boolean isNull() {
    return utf8.length == 4 && utf8[0] == 'n';
  }

  /** Writes the compact bytes to {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(utf8);
  }

  /**
   * Writes the value into {@code generator} as a raw value, so the surrounding structure stays
   * consistent (commas, field values) and nothing is re-parsed.
   */
  public void writeTo(JsonGenerator generator) throws IOException {
    generator.writeRawValue(new RawUtf8(utf8));
  }

  /** A copy of the compact UTF-8 bytes. */
  public byte[] toByteArray() {
    return utf8.clone();
  }

  /** A new parser over the value; the caller closes it. */
  public JsonParser parser() {
    try {
      return JsonFactories.factory().createParser(utf8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value as compact JSON text. */
  @Override
  public String toString() {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawJson raw && Arrays.equals(utf8, raw.utf8);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(utf8);
  }
}
