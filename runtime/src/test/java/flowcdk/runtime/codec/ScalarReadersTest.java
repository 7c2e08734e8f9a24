package flowcdk.runtime.codec;

import static flowcdk.runtime.codec.Reads.fail;
import static flowcdk.runtime.codec.Reads.nullIsNull;
import static flowcdk.runtime.codec.Reads.ok;
import static flowcdk.runtime.codec.Reads.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.runtime.json.RawJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScalarReadersTest {

  private static final String INT = "expected an integer from -2147483648 to 2147483647, found ";
  private static final String LONG =
      "expected an integer from -9223372036854775808 to 9223372036854775807, found ";

  @Test
  void nullReadsAsNullWithoutAProblem() {
    List<ValueReader<?>> readers =
        List.of(
            Codecs::readString,
            Codecs::readBoolean,
            Codecs::readInt,
            Codecs::readLong,
            Codecs::readShort,
            Codecs::readByte,
            Codecs::readDouble,
            Codecs::readFloat,
            Codecs::readBigInteger,
            Codecs::readBigDecimal,
            Codecs::readChar,
            Codecs::readInstant,
            Codecs::readOffsetDateTime,
            Codecs::readLocalDate,
            Codecs::readLocalDateTime,
            Codecs::readLocalTime,
            Codecs::readDuration,
            Codecs::readUuid,
            Codecs::readRaw,
            Codecs::readRawObject,
            (p, ctx) -> Codecs.readEnum(p, ctx, Map.of("a", 1), "\"a\""));
    for (ValueReader<?> reader : readers) {
      nullIsNull(reader);
    }
  }

  @Test
  void strings() {
    assertEquals("abc", ok("\"abc\"", Codecs::readString));
    assertEquals("", ok("\"\"", Codecs::readString));
    assertEquals("é\n", ok("\"é\\n\"", Codecs::readString));
    assertEquals("expected a string, found a number 5", fail("5", Codecs::readString));
    assertEquals("expected a string, found true", fail("true", Codecs::readString));
    assertEquals("expected a string, found an object", fail("{\"a\":[1,{}]}", Codecs::readString));
    assertEquals("expected a string, found an array", fail("[[1],2]", Codecs::readString));
  }

  @Test
  void chars() {
    assertEquals('x', ok("\"x\"", Codecs::readChar));
    assertEquals(
        "expected a one-character string, found a string \"xy\"", fail("\"xy\"", Codecs::readChar));
    assertEquals(
        "expected a one-character string, found a string \"\"", fail("\"\"", Codecs::readChar));
    assertEquals("expected a one-character string, found a number 1", fail("1", Codecs::readChar));
  }

  @Test
  void booleans() {
    assertEquals(true, ok("true", Codecs::readBoolean));
    assertEquals(false, ok("false", Codecs::readBoolean));
    assertEquals(
        "expected a boolean, found a string \"true\"", fail("\"true\"", Codecs::readBoolean));
    assertEquals("expected a boolean, found a number 1", fail("1", Codecs::readBoolean));
  }

  @Test
  void ints() {
    assertEquals(0, ok("0", Codecs::readInt));
    assertEquals(-7, ok("-7", Codecs::readInt));
    assertEquals(Integer.MAX_VALUE, ok("2147483647", Codecs::readInt));
    assertEquals(Integer.MIN_VALUE, ok("-2147483648", Codecs::readInt));
    assertEquals(5, ok("5.0", Codecs::readInt));
    assertEquals(1000, ok("1e3", Codecs::readInt));
    assertEquals(0, ok("-0.0", Codecs::readInt));
    assertEquals(INT + "a number 2147483648", fail("2147483648", Codecs::readInt));
    assertEquals(INT + "a number -2147483649", fail("-2147483649", Codecs::readInt));
    assertEquals(INT + "a number 3.5", fail("3.5", Codecs::readInt));
    assertEquals(INT + "a number 1e10", fail("1e10", Codecs::readInt));
    assertEquals(INT + "a number 1e999999999", fail("1e999999999", Codecs::readInt));
    assertEquals(
        INT + "a number 99999999999999999999999", fail("99999999999999999999999", Codecs::readInt));
    assertEquals(INT + "a string \"5\"", fail("\"5\"", Codecs::readInt));
    assertEquals(INT + "an object", fail("{}", Codecs::readInt));
    assertEquals(INT + "false", fail("false", Codecs::readInt));
  }

  @Test
  void longs() {
    assertEquals(Long.MAX_VALUE, ok("9223372036854775807", Codecs::readLong));
    assertEquals(Long.MIN_VALUE, ok("-9223372036854775808", Codecs::readLong));
    assertEquals(3L, ok("3", Codecs::readLong));
    assertEquals(12L, ok("1.2e1", Codecs::readLong));
    assertEquals(
        LONG + "a number 9223372036854775808", fail("9223372036854775808", Codecs::readLong));
    assertEquals(
        LONG + "a number -9223372036854775809", fail("-9223372036854775809", Codecs::readLong));
    assertEquals(LONG + "a number 0.5", fail("0.5", Codecs::readLong));
    assertEquals(LONG + "a string \"1\"", fail("\"1\"", Codecs::readLong));
  }

  @Test
  void shortsAndBytes() {
    assertEquals((short) 32767, ok("32767", Codecs::readShort));
    assertEquals((short) -32768, ok("-32768", Codecs::readShort));
    assertEquals(
        "expected an integer from -32768 to 32767, found a number 32768",
        fail("32768", Codecs::readShort));
    assertEquals((byte) 127, ok("127", Codecs::readByte));
    assertEquals((byte) -128, ok("-128", Codecs::readByte));
    assertEquals(
        "expected an integer from -128 to 127, found a number -129",
        fail("-129", Codecs::readByte));
    assertEquals(
        "expected an integer from -128 to 127, found a number 1.5", fail("1.5", Codecs::readByte));
  }

  @Test
  void bigIntegers() {
    assertEquals(
        new BigInteger("123456789012345678901234567890"),
        ok("123456789012345678901234567890", Codecs::readBigInteger));
    assertEquals(BigInteger.TEN.pow(30), ok("1e30", Codecs::readBigInteger));
    assertEquals(BigInteger.valueOf(-4), ok("-4.000", Codecs::readBigInteger));
    assertEquals("expected an integer, found a number 4.5", fail("4.5", Codecs::readBigInteger));
    assertEquals(
        "expected an integer, found a number 1e999999999",
        fail("1e999999999", Codecs::readBigInteger));
    assertEquals(
        "expected an integer, found a string \"4\"", fail("\"4\"", Codecs::readBigInteger));
  }

  @Test
  void doublesAndFloats() {
    assertEquals(1.5, ok("1.5", Codecs::readDouble));
    assertEquals(3.0, ok("3", Codecs::readDouble));
    assertEquals(1e300, ok("1e300", Codecs::readDouble));
    assertEquals(Double.MAX_VALUE, ok("1.7976931348623157E308", Codecs::readDouble));
    assertEquals(
        "expected a number from -1.7976931348623157E308 to 1.7976931348623157E308, found a number 1e400",
        fail("1e400", Codecs::readDouble));
    assertEquals("expected a number, found a string \"1.5\"", fail("\"1.5\"", Codecs::readDouble));
    assertEquals(0.1f, ok("0.1", Codecs::readFloat));
    assertEquals(-2f, ok("-2", Codecs::readFloat));
    assertEquals(
        "expected a number from -3.4028235E38 to 3.4028235E38, found a number -1e39",
        fail("-1e39", Codecs::readFloat));
    assertEquals("expected a number, found an array", fail("[]", Codecs::readFloat));
  }

  @Test
  void doublesAreCorrectlyRoundedLikeDoubleParseDouble() {
    // The shared factory reads numbers with jackson-core's fast parser: the values must be
    // Double.parseDouble's, including halfway and subnormal cases and long digit strings.
    List<String> texts =
        new ArrayList<>(
            List.of(
                "0.1",
                "9007199254740993",
                "2.2250738585072012e-308",
                "4.9e-324",
                "2.4703282292062328e-324",
                "1.00000000000000011102230246251565404236316680908203125",
                "123456789012345678901234567890.123456789",
                "-0.0",
                "1E23"));
    Random random = new Random(13);
    for (int i = 0; i < 2000; i++) {
      texts.add(Double.toString(Double.longBitsToDouble(random.nextLong() & 0x7FEFFFFFFFFFFFFFL)));
      texts.add(
          random.nextInt(1_000_000)
              + "."
              + random.nextInt(1_000_000)
              + "e"
              + (random.nextInt(600) - 300));
    }
    for (String text : texts) {
      assertEquals(Double.parseDouble(text), ok(text, Codecs::readDouble), text);
    }
  }

  @Test
  void nonFiniteNumbersAreTheStringsJacksonWrites() {
    assertEquals(Double.NaN, ok("\"NaN\"", Codecs::readDouble));
    assertEquals(Double.POSITIVE_INFINITY, ok("\"Infinity\"", Codecs::readDouble));
    assertEquals(Float.NEGATIVE_INFINITY, ok("\"-Infinity\"", Codecs::readFloat));
    assertEquals("expected a number, found a string \"inf\"", fail("\"inf\"", Codecs::readDouble));
    assertEquals("expected a number, found a string \"nan\"", fail("\"nan\"", Codecs::readFloat));
  }

  @Test
  void bigDecimalsFromNumbersAndStrings() {
    assertEquals(new BigDecimal("12.50"), ok("12.50", Codecs::readBigDecimal));
    assertEquals(new BigDecimal("7"), ok("7", Codecs::readBigDecimal));
    assertEquals(new BigDecimal("12.50"), ok("\"12.50\"", Codecs::readBigDecimal));
    assertEquals(new BigDecimal("-1E+3"), ok("\"-1E+3\"", Codecs::readBigDecimal));
    assertEquals(new BigDecimal("0.5"), ok("\".5\"", Codecs::readBigDecimal));
    assertEquals(new BigDecimal("5"), ok("\"+5\"", Codecs::readBigDecimal));
    String expected = "expected a decimal number or a string holding one, found ";
    assertEquals(expected + "a string \"abc\"", fail("\"abc\"", Codecs::readBigDecimal));
    assertEquals(expected + "a string \"NaN\"", fail("\"NaN\"", Codecs::readBigDecimal));
    assertEquals(expected + "a string \" 1\"", fail("\" 1\"", Codecs::readBigDecimal));
    assertEquals(expected + "a string \"\"", fail("\"\"", Codecs::readBigDecimal));
    assertEquals(
        expected + "a string \"1e99999999999\"", fail("\"1e99999999999\"", Codecs::readBigDecimal));
    assertEquals(expected + "true", fail("true", Codecs::readBigDecimal));
  }

  @Test
  void bigDecimalsAreWrittenPlain() {
    assertEquals("1000", write(Codecs::writeBigDecimal, new BigDecimal("1E+3")));
    assertEquals("12.50", write(Codecs::writeBigDecimal, new BigDecimal("12.50")));
    assertEquals("0.00000001", write(Codecs::writeBigDecimal, new BigDecimal("1E-8")));
    assertEquals("-3", write(Codecs::writeBigDecimal, new BigDecimal("-3")));
    assertEquals("1E+5000", write(Codecs::writeBigDecimal, new BigDecimal("1E+5000")));
    String huge = write(Codecs::writeBigDecimal, new BigDecimal("123456789.123456789E-3000"));
    assertEquals(new BigDecimal("123456789.123456789E-3000"), ok(huge, Codecs::readBigDecimal));
  }

  @Test
  void enums() {
    Map<String, Op> ops = Map.of("c", Op.CREATE, "u", Op.UPDATE, "d", Op.DELETE);
    ValueReader<Op> reader = (p, ctx) -> Codecs.readEnum(p, ctx, ops, "\"c\", \"u\", \"d\"");
    assertEquals(Op.DELETE, ok("\"d\"", reader));
    assertEquals(
        "expected one of \"c\", \"u\", \"d\", found a string \"x\"", fail("\"x\"", reader));
    assertEquals(
        "expected one of \"c\", \"u\", \"d\", found a string \"C\"", fail("\"C\"", reader));
    assertEquals("expected one of \"c\", \"u\", \"d\", found a number 1", fail("1", reader));
  }

  @Test
  void uuids() {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertEquals(id, ok("\"123e4567-e89b-12d3-a456-426614174000\"", Codecs::readUuid));
    assertEquals(id, ok("\"123E4567-E89B-12D3-A456-426614174000\"", Codecs::readUuid));
    String expected = "expected a UUID such as 123e4567-e89b-12d3-a456-426614174000, found ";
    assertEquals(expected + "a string \"1-1-1-1-1\"", fail("\"1-1-1-1-1\"", Codecs::readUuid));
    assertEquals(
        expected + "a string \"123e4567e89b12d3a456426614174000\"",
        fail("\"123e4567e89b12d3a456426614174000\"", Codecs::readUuid));
    assertEquals(
        expected + "a string \"123e4567-e89b-12d3-a456-42661417400g\"",
        fail("\"123e4567-e89b-12d3-a456-42661417400g\"", Codecs::readUuid));
    assertEquals(expected + "a number 5", fail("5", Codecs::readUuid));
    assertEquals(
        "\"123e4567-e89b-12d3-a456-426614174000\"",
        write(Codecs::writeUuid, UUID.fromString("123E4567-E89B-12D3-A456-426614174000")));
  }

  @Test
  void raw() {
    assertEquals(
        RawJson.parse("{\"b\":1,\"a\":[true,null]}"),
        ok("{ \"b\" : 1, \"a\" : [true, null] }", Codecs::readRaw));
    assertEquals(RawJson.parse("\"s\""), ok("\"s\"", Codecs::readRaw));
    assertEquals(RawJson.parse("[]"), ok("[]", Codecs::readRaw));
    assertEquals(RawJson.parse("{\"x\":{}}"), ok("{\"x\":{}}", Codecs::readRawObject));
    assertEquals(RawJson.EMPTY_OBJECT, ok("{}", Codecs::readRawObject));
    assertEquals("expected an object, found an array", fail("[{}]", Codecs::readRawObject));
    assertEquals(
        "expected an object, found a string \"{}\"", fail("\"{}\"", Codecs::readRawObject));
  }

  @Test
  void structureHelpers() {
    assertEquals(
        true,
        ok(
            "{}",
            (p, ctx) -> {
              boolean object = Codecs.expectObject(p, ctx);
              p.skipChildren();
              return object;
            }));
    assertEquals(false, ok("null", Codecs::expectArray));
    assertEquals(
        "expected an array, found an object",
        Reads.read("{\"a\":[1]}", Codecs::expectArray).problems().get(0).message());
    assertEquals(
        "expected an object, found a number 1",
        Reads.read("1", Codecs::expectObject).problems().get(0).message());
    ValueReader<Boolean> skip =
        (p, ctx) -> {
          Codecs.skip(p);
          return true;
        };
    assertEquals(true, ok("[1,[2]]", skip));
    ValueReader<Boolean> isNull = (p, ctx) -> Codecs.isNull(p);
    assertEquals(true, ok("null", isNull));
    assertEquals(false, ok("0", isNull));
  }
}
