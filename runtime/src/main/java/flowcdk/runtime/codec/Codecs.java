package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Static helpers for running codecs over documents and for reading and writing the scalar types
 * that generated codecs support.
 *
 * <p><b>Readers</b> take {@code (JsonParser p, DecodeContext ctx)} with the parser on the value's
 * token, follow the {@link JsonCodec} reading contract, and return the boxed value. Common rules:
 *
 * <ul>
 *   <li>JSON {@code null} returns {@code null} and records <em>no</em> problem: the generated code,
 *       which knows whether the property is nullable, records one if it is not (typically with
 *       {@link DecodeContext#typeMismatch(String, JsonParser)} when {@code p} is on {@code
 *       VALUE_NULL}).
 *   <li>Any other value of the wrong type or form records a type mismatch at the context's current
 *       pointer, is skipped with {@link JsonParser#skipChildren()}, and returns {@code null}.
 *   <li>Readers are strict about JSON types: numbers are not accepted where strings are expected or
 *       the other way round, and booleans are only {@code true} and {@code false}. The exceptions
 *       are {@link #readBigDecimal} (the Python CDK writes decimals as strings), {@link
 *       #readDuration} (a number of seconds) and {@link #readDouble}/{@link #readFloat} ({@code
 *       "NaN"}, {@code "Infinity"}, {@code "-Infinity"}).
 * </ul>
 *
 * <p><b>Writers</b> write exactly one JSON value in the Python CDK's format, so documents and
 * states written by a Java connector match those written by a Python one.
 */
public final class Codecs {

  private static final String INT_RANGE = range(Integer.MIN_VALUE, Integer.MAX_VALUE);
  private static final String LONG_RANGE = range(Long.MIN_VALUE, Long.MAX_VALUE);
  private static final String SHORT_RANGE = range(Short.MIN_VALUE, Short.MAX_VALUE);
  private static final String BYTE_RANGE = range(Byte.MIN_VALUE, Byte.MAX_VALUE);
  private static final String DOUBLE_RANGE =
      "a number from " + -Double.MAX_VALUE + " to " + Double.MAX_VALUE;
  private static final String FLOAT_RANGE =
      "a number from " + -Float.MAX_VALUE + " to " + Float.MAX_VALUE;

  /** The expected-value phrase of {@link #readInstant} and {@link #readOffsetDateTime}. */
  public static final String EXPECTED_DATE_TIME =
      "an RFC 3339 date-time such as 2024-01-02T03:04:05Z";

  /** The expected-value phrase of {@link #readDuration}. */
  public static final String EXPECTED_DURATION =
      "a duration: ISO 8601 such as PT5M, P1D or PT0.5S, [N days, ]HH:MM:SS[.ffffff],"
          + " or a number of seconds";

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final int MAX_DIGITS = 10_000;
  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000);

  private Codecs() {}

  // ---------------------------------------------------------------------------------------------
  // Whole documents

  /**
   * Decodes the document {@code json} with {@code codec}.
   *
   * <p>Every problem in the document is collected before failing. Besides the codec's own problems,
   * it is a problem when the document is {@code null} and when the input holds anything after the
   * value.
   *
   * @param typeName the model type's name as shown to users in the exception message
   * @return the decoded value, never {@code null}
   * @throws DecodeException listing every problem, if there was any
   */
  public static <T> T decode(RawJson json, JsonCodec<T> codec, String typeName)
      throws DecodeException {
    try (JsonParser p = json.parser()) {
      return decode(p, codec, typeName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes {@code json} like {@link #decode(RawJson, JsonCodec, String)}, with notes enabled (see
   * {@link DecodeContext#enableNotes()}): hands each note, such as an unknown member that was
   * skipped, to {@code notes} before returning or throwing. Endpoint configs are decoded this way
   * so that a misspelled field is warned about instead of silently ignored.
   */
  public static <T> T decode(
      RawJson json, JsonCodec<T> codec, String typeName, Consumer<DecodeProblem> notes)
      throws DecodeException {
    DecodeContext ctx = new DecodeContext();
    ctx.enableNotes();
    try (JsonParser p = json.parser()) {
      return decode(p, codec, typeName, ctx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ctx.notes().forEach(notes);
    }
  }

  /**
   * Decodes the UTF-8 JSON document {@code utf8}, like {@link #decode(RawJson, JsonCodec, String)};
   * malformed JSON is reported as a problem too.
   */
  public static <T> T decode(byte[] utf8, JsonCodec<T> codec, String typeName)
      throws DecodeException {
    try (JsonParser p = JsonFactories.factory().createParser(utf8)) {
      return decode(p, codec, typeName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes the JSON document {@code json}, like {@link #decode(RawJson, JsonCodec, String)};
   * malformed JSON is reported as a problem too.
   */
  public static <T> T decode(String json, JsonCodec<T> codec, String typeName)
      throws DecodeException {
    try (JsonParser p = JsonFactories.factory().createParser(json)) {
      return decode(p, codec, typeName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T decode(JsonParser p, JsonCodec<T> codec, String typeName)
      throws IOException, DecodeException {
    return decode(p, codec, typeName, new DecodeContext());
  }

  private static <T> T decode(JsonParser p, JsonCodec<T> codec, String typeName, DecodeContext ctx)
      throws IOException, DecodeException {
    T value = null;
    try {
      if (p.nextToken() == null) {
        ctx.problem("expected " + typeName + ", found the end of the input");
      } else {
        value = codec.read(p, ctx);
        if (value == null && !ctx.hasProblems()) {
          ctx.typeMismatch(typeName, p);
        }
        if (p.nextToken() != null) {
          ctx.typeMismatch("the end of the input after the value", p);
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      ctx.problem(
          "not valid JSON: "
              + e.getOriginalMessage()
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }
    if (ctx.hasProblems()) {
      throw new DecodeException(typeName, ctx.problems());
    }
    return value;
  }

  /** Encodes {@code value} (non-null) with {@code codec} as compact JSON. */
  public static <T> RawJson encode(T value, JsonCodec<T> codec) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      codec.write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RawJson.trusted(out.toByteArray());
  }

  // ---------------------------------------------------------------------------------------------
  // Structure

  /**
   * Whether the parser is on {@code START_OBJECT}. For JSON {@code null} returns {@code false}
   * without a problem; for anything else records {@code expected an object, found ...}, skips the
   * value and returns {@code false}. Generated object readers start with {@code if
   * (!Codecs.expectObject(p, ctx)) return null;}.
   */
  public static boolean expectObject(JsonParser p, DecodeContext ctx) throws IOException {
    return expect(p, ctx, JsonToken.START_OBJECT, "an object");
  }

  /** Like {@link #expectObject} for {@code START_ARRAY}: {@code expected an array, found ...}. */
  public static boolean expectArray(JsonParser p, DecodeContext ctx) throws IOException {
    return expect(p, ctx, JsonToken.START_ARRAY, "an array");
  }

  private static boolean expect(JsonParser p, DecodeContext ctx, JsonToken start, String expected)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == start) {
      return true;
    }
    if (token != JsonToken.VALUE_NULL) {
      mismatch(p, ctx, expected);
    }
    return false;
  }

  /** Whether the parser is on JSON {@code null}. */
  public static boolean isNull(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  /** Skips the current value: a whole object or array, or nothing more for a scalar. */
  public static void skip(JsonParser p) throws IOException {
    p.skipChildren();
  }

  /**
   * Any JSON value, copied as {@link RawJson} (compact, member order kept); {@code null} for JSON
   * {@code null}, like every reader. Use {@link RawJson#copyOf(JsonParser)} directly to keep a
   * {@code null} as {@link RawJson#NULL}.
   */
  public static RawJson readRaw(JsonParser p, DecodeContext ctx) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : RawJson.copyOf(p);
  }

  /** Writes {@code value} as it is, like {@link RawJson#writeTo(JsonGenerator)}. */
  public static void writeRaw(JsonGenerator g, RawJson value) throws IOException {
    value.writeTo(g);
  }

  /**
   * A base64 string (standard or URL-safe alphabet, padding optional) as bytes; {@code expected a
   * base64 string, found ...} otherwise.
   */
  public static byte[] readBytes(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = p.getText();
      try {
        return text.indexOf('-') >= 0 || text.indexOf('_') >= 0
            ? java.util.Base64.getUrlDecoder().decode(text)
            : java.util.Base64.getDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        // fall through to the mismatch
      }
    }
    return mismatch(p, ctx, "a base64 string");
  }

  /**
   * Decodes a property's default, given as JSON text checked at compile time, once when a codec
   * class initializes.
   *
   * @throws IllegalStateException if the default does not decode (a processor bug)
   */
  public static <T> T readDefault(String json, ValueReader<T> reader) {
    try (JsonParser p = RawJson.parse(json).parser()) {
      p.nextToken();
      DecodeContext ctx = new DecodeContext();
      T value = reader.read(p, ctx);
      if (ctx.hasProblems()) {
        throw new IllegalStateException(
            "the default " + json + " does not decode: " + ctx.problems());
      }
      return value;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A JSON object copied as {@link RawJson}; {@code expected an object, found ...} otherwise. */
  public static RawJson readRawObject(JsonParser p, DecodeContext ctx) throws IOException {
    return expectObject(p, ctx) ? RawJson.copyOf(p) : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Strings, booleans, enums

  /** A JSON string; {@code expected a string, found ...} otherwise. */
  public static String readString(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return token == JsonToken.VALUE_NULL ? null : mismatch(p, ctx, "a string");
  }

  /** Writes {@code value} as a one-character string, as {@link #readChar} reads it. */
  public static void writeChar(JsonGenerator g, Character value) throws IOException {
    g.writeString(String.valueOf(value.charValue()));
  }

  /**
   * A string of exactly one UTF-16 character; {@code expected a one-character string} otherwise.
   */
  public static Character readChar(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING && p.getTextLength() == 1) {
      return p.getText().charAt(0);
    }
    return token == JsonToken.VALUE_NULL ? null : mismatch(p, ctx, "a one-character string");
  }

  /** {@code true} or {@code false}; {@code expected a boolean, found ...} otherwise. */
  public static Boolean readBoolean(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    return token == JsonToken.VALUE_NULL ? null : mismatch(p, ctx, "a boolean");
  }

  /**
   * A string naming an enum constant.
   *
   * @param byJsonName the constants by their JSON names
   * @param expectedList the JSON names for the message, e.g. {@code "c", "u", "d"}, giving {@code
   *     expected one of "c", "u", "d", found a string "x"}
   */
  public static <E> E readEnum(
      JsonParser p, DecodeContext ctx, Map<String, E> byJsonName, String expectedList)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      E value = byJsonName.get(p.getText());
      if (value != null) {
        return value;
      }
    } else if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return mismatch(p, ctx, "one of " + expectedList);
  }

  /**
   * A UUID in its canonical 36-character form {@code 8-4-4-4-12} (hex digits in either case);
   * {@code expected a UUID such as 123e4567-e89b-12d3-a456-426614174000} otherwise.
   */
  public static UUID readUuid(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      String text = p.getText();
      if (text.length() == 36 && UUID_TEXT.matcher(text).matches()) {
        return UUID.fromString(text);
      }
    } else if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return mismatch(p, ctx, "a UUID such as 123e4567-e89b-12d3-a456-426614174000");
  }

  /** Writes the UUID in lower case, e.g. {@code "123e4567-e89b-12d3-a456-426614174000"}. */
  public static void writeUuid(JsonGenerator g, UUID value) throws IOException {
    g.writeString(value.toString());
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers

  /**
   * An integer from -2147483648 to 2147483647. A JSON number with a zero fractional part ({@code
   * 5.0}, {@code 1e3}) counts as an integer; anything else, including an out-of-range or
   * non-integral number, records {@code expected an integer from -2147483648 to 2147483647, found
   * ...}.
   */
  public static Integer readInt(JsonParser p, DecodeContext ctx) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == NumberType.INT) {
      return p.getIntValue();
    }
    Long value = readIntegral(p, ctx, Integer.MIN_VALUE, Integer.MAX_VALUE, INT_RANGE);
    return value == null ? null : value.intValue();
  }

  /** Like {@link #readInt} for -9223372036854775808 to 9223372036854775807. */
  public static Long readLong(JsonParser p, DecodeContext ctx) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      NumberType type = p.getNumberType();
      if (type == NumberType.INT || type == NumberType.LONG) {
        return p.getLongValue();
      }
    }
    return readIntegral(p, ctx, Long.MIN_VALUE, Long.MAX_VALUE, LONG_RANGE);
  }

  /** Like {@link #readInt} for -32768 to 32767. */
  public static Short readShort(JsonParser p, DecodeContext ctx) throws IOException {
    Long value = readIntegral(p, ctx, Short.MIN_VALUE, Short.MAX_VALUE, SHORT_RANGE);
    return value == null ? null : value.shortValue();
  }

  /** Like {@link #readInt} for -128 to 127. */
  public static Byte readByte(JsonParser p, DecodeContext ctx) throws IOException {
    Long value = readIntegral(p, ctx, Byte.MIN_VALUE, Byte.MAX_VALUE, BYTE_RANGE);
    return value == null ? null : value.byteValue();
  }

  private static Long readIntegral(
      JsonParser p, DecodeContext ctx, long min, long max, String expected) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    Long value = Integers.inRange(p, min, max);
    return value != null ? value : mismatch(p, ctx, expected);
  }

  /**
   * An integer of any size (up to 10000 digits), with integral numbers such as {@code 5.0}
   * accepted; {@code expected an integer, found ...} otherwise.
   */
  public static BigInteger readBigInteger(JsonParser p, DecodeContext ctx) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    BigInteger value = Integers.integral(p, MAX_DIGITS);
    return value != null ? value : mismatch(p, ctx, "an integer");
  }

  /**
   * Any JSON number as the nearest double; {@code expected a number, found ...} otherwise, and a
   * range mismatch for numbers beyond the double range (such as {@code 1e400}).
   *
   * <p>Also the exact strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}: JSON has
   * no numbers for them, so generated codecs write non-finite doubles and floats as these strings
   * (jackson-core's {@code WRITE_NAN_AS_STRINGS}, pydantic's {@code ser_json_inf_nan="strings"}),
   * and read them back so that every value written round-trips.
   */
  public static Double readDouble(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      double value = p.getDoubleValue();
      return Double.isInfinite(value) ? mismatch(p, ctx, DOUBLE_RANGE) : value;
    }
    if (token == JsonToken.VALUE_STRING) {
      Double value = nonFinite(p.getText());
      return value != null ? value : mismatch(p, ctx, "a number");
    }
    return token == JsonToken.VALUE_NULL ? null : mismatch(p, ctx, "a number");
  }

  /** Like {@link #readDouble}, rounded to the nearest float, with the float range. */
  public static Float readFloat(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      float value = (float) p.getDoubleValue();
      return Float.isInfinite(value) ? mismatch(p, ctx, FLOAT_RANGE) : value;
    }
    if (token == JsonToken.VALUE_STRING) {
      Double value = nonFinite(p.getText());
      return value != null ? Float.valueOf(value.floatValue()) : mismatch(p, ctx, "a number");
    }
    return token == JsonToken.VALUE_NULL ? null : mismatch(p, ctx, "a number");
  }

  /** The value of {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"}; otherwise null. */
  private static Double nonFinite(String text) {
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "Infinity" -> Double.POSITIVE_INFINITY;
      case "-Infinity" -> Double.NEGATIVE_INFINITY;
      default -> null;
    };
  }

  /**
   * A decimal number, exactly: a JSON number, or a JSON string holding a decimal number such as
   * {@code "12.50"}, {@code "-1E+3"} or {@code ".5"} (no spaces, no {@code NaN} or {@code
   * Infinity}). Strings are accepted because the Python CDK writes {@code Decimal} values as JSON
   * strings, so states and documents it wrote hold them that way. Scale is kept ({@code "12.50"}
   * has scale 2). Otherwise records {@code expected a decimal number or a string holding one}.
   */
  public static BigDecimal readBigDecimal(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = p.getText();
      if (text.length() <= MAX_DIGITS && DECIMAL.matcher(text).matches()) {
        try {
          return new BigDecimal(text);
        } catch (NumberFormatException e) {
          // exponent out of range: reported below
        }
      }
    } else if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return mismatch(p, ctx, "a decimal number or a string holding one");
  }

  /**
   * Writes a JSON number in plain notation ({@code 1000}, not {@code 1E+3}; scale kept, so {@code
   * 12.50} stays {@code 12.50}). Values whose plain form would have more than 1000 zeros from the
   * exponent are written in scientific notation, which is still a valid JSON number. Note that the
   * Python CDK writes decimals as strings; {@link #readBigDecimal} reads both.
   */
  public static void writeBigDecimal(JsonGenerator g, BigDecimal value) throws IOException {
    g.writeNumber(Math.abs(value.scale()) <= 1000 ? value.toPlainString() : value.toString());
  }

  // ---------------------------------------------------------------------------------------------
  // Dates and times

  /**
   * An RFC 3339 date-time with an offset, such as {@code 2024-01-02T03:04:05Z}, {@code
   * 2024-01-02T03:04:05.123456+00:00} or {@code 2024-01-02 03:04:05-07:00}: {@code T}, {@code t} or
   * a space between date and time, seconds required, a fraction of 1 to 9 digits optional, {@code
   * Z}, {@code z} or {@code ±HH:MM} required. Text without an offset is refused with a message
   * saying so, because its instant is unknown. Numbers (epoch seconds) are not accepted.
   */
  public static Instant readInstant(JsonParser p, DecodeContext ctx) throws IOException {
    TemporalText.DateTime value = readZonedDateTime(p, ctx);
    return value == null ? null : value.local().toInstant(value.offset());
  }

  /** Like {@link #readInstant}, keeping the offset as written. */
  public static OffsetDateTime readOffsetDateTime(JsonParser p, DecodeContext ctx)
      throws IOException {
    TemporalText.DateTime value = readZonedDateTime(p, ctx);
    return value == null ? null : OffsetDateTime.of(value.local(), value.offset());
  }

  private static TemporalText.DateTime readZonedDateTime(JsonParser p, DecodeContext ctx)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      TemporalText.DateTime value = TemporalText.parseDateTime(p.getText());
      if (value != null && value.offset() != null) {
        return value;
      }
      if (value != null) {
        ctx.problem(
            "expected "
                + EXPECTED_DATE_TIME
                + ", found "
                + ctx.found(p)
                + " without a time zone offset (add Z for UTC, or an offset such as +02:00)");
        return null;
      }
    } else if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return mismatch(p, ctx, EXPECTED_DATE_TIME);
  }

  /** A date {@code yyyy-MM-dd}; {@code expected a date such as 2024-01-02} otherwise. */
  public static LocalDate readLocalDate(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      LocalDate value = TemporalText.parseDate(p.getText());
      if (value != null) {
        return value;
      }
    } else if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return mismatch(p, ctx, "a date such as 2024-01-02");
  }

  /**
   * A date-time <em>without</em> offset, such as {@code 2024-01-02T03:04:05[.f]} (separator and
   * fraction as for {@link #readInstant}); text with an offset is refused rather than silently
   * dropping the offset.
   */
  public static LocalDateTime readLocalDateTime(JsonParser p, DecodeContext ctx)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      TemporalText.DateTime value = TemporalText.parseDateTime(p.getText());
      if (value != null && value.offset() == null) {
        return value.local();
      }
    } else if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return mismatch(p, ctx, "a date-time without a time zone offset such as 2024-01-02T03:04:05");
  }

  /**
   * A time of day {@code HH:MM}, {@code HH:MM:SS} or {@code HH:MM:SS.f} (1 to 9 fraction digits),
   * without offset; {@code expected a time of day such as 03:04:05} otherwise.
   */
  public static LocalTime readLocalTime(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      LocalTime value = TemporalText.parseTime(p.getText());
      if (value != null) {
        return value;
      }
    } else if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return mismatch(p, ctx, "a time of day such as 03:04:05");
  }

  /**
   * Writes an instant as the Python CDK does: {@code 2024-01-02T03:04:05Z}, with a fraction only
   * when non-zero and then 6 digits ({@code .123456}). Deviation: an instant with sub-microsecond
   * precision, which Python cannot hold, is written with 9 digits rather than truncated.
   */
  public static void writeInstant(JsonGenerator g, Instant value) throws IOException {
    char[] text = new char[30];
    int length = TemporalText.formatInstant(value, text);
    if (length >= 0) {
      g.writeString(text, 0, length);
    } else {
      g.writeString(TemporalText.formatInstant(value));
    }
  }

  /**
   * Writes {@code 2024-01-01T00:00:00.123000+02:00}: fraction as for {@link #writeInstant}, {@code
   * Z} for a zero offset, otherwise {@code ±HH:MM} (plus {@code :SS} for the rare offsets with
   * seconds, as Python does).
   */
  public static void writeOffsetDateTime(JsonGenerator g, OffsetDateTime value) throws IOException {
    g.writeString(TemporalText.format(value.toLocalDateTime(), value.getOffset()));
  }

  /** Writes {@code 2024-01-02}. */
  public static void writeLocalDate(JsonGenerator g, LocalDate value) throws IOException {
    g.writeString(TemporalText.format(value));
  }

  /** Writes {@code 2024-01-02T03:04:05[.ffffff]}, fraction as for {@link #writeInstant}. */
  public static void writeLocalDateTime(JsonGenerator g, LocalDateTime value) throws IOException {
    g.writeString(TemporalText.format(value, null));
  }

  /** Writes {@code 03:04:05[.ffffff]}, fraction as for {@link #writeInstant}. */
  public static void writeLocalTime(JsonGenerator g, LocalTime value) throws IOException {
    g.writeString(TemporalText.format(value));
  }

  // ---------------------------------------------------------------------------------------------
  // Durations

  /**
   * A duration in any form the Python CDK accepts (docs/models.md#durations):
   *
   * <ul>
   *   <li>an ISO 8601 string: optional {@code -}, then {@code P} with components in the order
   *       {@code Y} (365 days), {@code M} (30 days), {@code W} (7 days), {@code D}, and after
   *       {@code T}: {@code H}, {@code M}, {@code S}; only seconds may have a fraction. Examples:
   *       {@code PT5M}, {@code P1D}, {@code PT1H30M}, {@code PT0.5S}, {@code P1W}, {@code
   *       P1Y2M3W4DT5H6M7.5S}, {@code -PT5S};
   *   <li>a clock string {@code H:MM:SS[.ffffff]}, optionally prefixed by {@code "N day, "} or
   *       {@code "N days, "}, e.g. {@code 01:30:00} or {@code 2 days, 0:00:00.5} (unsigned;
   *       Python's own text for negative durations, {@code "-1 day, 23:59:55"}, is refused);
   *   <li>a JSON number of seconds, e.g. {@code 300} or {@code -1.5} (rounded to nanoseconds).
   * </ul>
   *
   * Anything else, such as {@code "300"} or {@code "5m"}, records {@code expected}{@value
   * #EXPECTED_DURATION}{@code , found ...}.
   */
  public static Duration readDuration(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    Duration value = null;
    if (token == JsonToken.VALUE_STRING) {
      value = DurationText.parse(p.getText());
    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      value = seconds(p);
    } else if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return value != null ? value : mismatch(p, ctx, EXPECTED_DURATION);
  }

  private static Duration seconds(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      NumberType type = p.getNumberType();
      return type == NumberType.INT || type == NumberType.LONG
          ? Duration.ofSeconds(p.getLongValue())
          : null;
    }
    BigDecimal seconds = p.getDecimalValue();
    if (seconds.precision() - seconds.scale() > 19) {
      return null;
    }
    BigInteger[] split =
        seconds
            .setScale(9, RoundingMode.HALF_EVEN)
            .unscaledValue()
            .divideAndRemainder(NANOS_PER_SECOND);
    try {
      return Duration.ofSeconds(split[0].longValueExact(), split[1].longValue());
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * Writes the canonical ISO 8601 text the Python CDK writes: {@code PT0S}, {@code PT5M}, {@code
   * PT1H30M}, {@code P1D}, {@code PT1.5S}; 365 days or more as years ({@code P1Y35DT3S} for 400
   * days 3 seconds; months and weeks are never written); negative durations with a leading {@code
   * -} ({@code -PT5S}); fraction digits without trailing zeros (up to 9).
   */
  public static void writeDuration(JsonGenerator g, Duration value) throws IOException {
    g.writeString(DurationText.format(value));
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Records a type mismatch, skips the value and returns {@code null}, typed as the caller's result
   * so that a reader can end with {@code return ok ? value : mismatch(...)}.
   */
  @SuppressWarnings("TypeParameterUnusedInFormals") // T only types the null: nothing is cast to it
  private static <T> T mismatch(JsonParser p, DecodeContext ctx, String expected)
      throws IOException {
    ctx.typeMismatch(expected, p);
    p.skipChildren();
    return null;
  }

  private static String range(long min, long max) {
    return "an integer from " + min + " to " + max;
  }
}
