package flowcdk.connector.state;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-style round trips of the state codec (docs/strategies.md#state-shapes): every cursor the
 * CDK can write reads back as itself, from seeded random values, so a checkpoint can always be
 * resumed from; what cannot is refused by {@link StateJson#requireRoundTrip} with a clear message.
 */
class StateJsonRoundTripTest {

  private static final long SEED = 0x5eed_c0de_2026L;
  private static final int ITERATIONS = 5_000;

  private static final long MIN_SECOND = Instant.MIN.getEpochSecond();
  private static final long MAX_SECOND = Instant.MAX.getEpochSecond();

  /** Interesting instants: the ends of Java's range, of the RFC 3339 years and of year 0. */
  private static final List<Instant> EDGES =
      List.of(
          Instant.MIN,
          Instant.MAX,
          Instant.EPOCH,
          Instant.parse("0001-01-01T00:00:00Z"),
          Instant.parse("0000-01-01T00:00:00Z"),
          Instant.parse("0000-01-01T00:00:00Z").minusNanos(1),
          Instant.parse("-0099-01-01T00:00:10Z"),
          Instant.parse("-0049-01-01T00:00:00Z"),
          Instant.parse("9999-12-31T23:59:59.999999999Z"),
          Instant.parse("+10000-01-01T00:00:00Z"),
          Instant.parse("+12000-01-01T00:00:00Z"),
          Instant.parse("+999999999-12-31T23:59:59.999999999Z"),
          Instant.parse("-999999999-01-01T00:00:00Z"),
          Instant.parse("+999999999-12-31T23:59:59.999999999Z").plusNanos(1),
          Instant.parse("-999999999-01-01T00:00:00Z").minusNanos(1));

  @Test
  void everyPointInTimeReadsBackAsItself() throws DecodeException {
    Random random = new Random(SEED);
    for (Instant edge : EDGES) {
      assertRoundTrip(LogCursor.at(edge));
    }
    for (int i = 0; i < ITERATIONS; i++) {
      assertRoundTrip(LogCursor.at(randomInstant(random)));
    }
  }

  @Test
  void everyOffsetAndTokenReadsBackAsItself() throws DecodeException {
    Random random = new Random(SEED + 1);
    for (long edge : new long[] {0, 1, Integer.MAX_VALUE, Long.MAX_VALUE}) {
      assertRoundTrip(LogCursor.offset(edge));
    }
    for (long edge : new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}) {
      assertRoundTrip(new LogCursor.Token(edge));
    }
    for (int i = 0; i < ITERATIONS; i++) {
      assertRoundTrip(LogCursor.offset(randomLong(random) & Long.MAX_VALUE));
      assertRoundTrip(new LogCursor.Token(randomLong(random)));
      assertRoundTrip(LogCursor.token(randomString(random)));
    }
  }

  @Test
  void everyPageCursorReadsBackAsItself() {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < ITERATIONS; i++) {
      PageCursor cursor =
          switch (random.nextInt(4)) {
            case 0 -> PageCursor.of(randomString(random));
            case 1 -> PageCursor.of(randomLong(random));
            case 2 -> new PageCursor(RawJson.parse(randomBigInteger(random).toString()));
            default -> new PageCursor(JsonValues.toRawJson(randomObject(random, 0)));
          };
      StateJson.requireRoundTrip(cursor);
      PageCursor back = backfillRoundTrip(new Backfill(LogCursor.offset(1), cursor)).nextPage();
      assertEquals(cursor, back, () -> "page cursor " + cursor);
    }
  }

  @Test
  void wholeResourceStatesReadBackAsThemselves() throws DecodeException {
    Random random = new Random(SEED + 3);
    for (int i = 0; i < ITERATIONS / 10; i++) {
      Map<String, Incremental> incs = new LinkedHashMap<>();
      incs.put("a", new Incremental(randomLogCursor(random)));
      incs.put(randomName(random), new Incremental(randomLogCursor(random)));
      PageCursor page = new PageCursor(JsonValues.toRawJson(randomObject(random, 0)));
      ResourceState state =
          new ResourceState(
              random.nextBoolean() ? Slot.of(incs.get("a")) : Slot.subtasks(incs),
              Slot.of(new Backfill(randomLogCursor(random), page)),
              null,
              randomInstant(random),
              random.nextBoolean() ? null : Boolean.TRUE);
      StateJson.requireRoundTrip(state);
      RawJson json = StateJson.write(state);
      assertEquals(state, StateJson.readResourceState(json), json::toString);
      ConnectorState connector =
          StateJson.readConnectorState(RawJson.parse("{\"bindingStateV1\":{\"k\":" + json + "}}"));
      assertEquals(state, connector.bindingStateV1().get("k"), json::toString);
    }
  }

  @Test
  void expandedYearsAreReadAsJavaTimeWritesThem() throws DecodeException {
    // The cursors of issue 11: once written, they wedged every later Open.
    assertEquals(
        "\"-0099-01-01T00:00:10Z\"",
        StateJson.write(LogCursor.at(Instant.parse("-0099-01-01T00:00:10Z"))).toString());
    assertEquals(
        LogCursor.at(Instant.parse("-0099-01-01T00:00:10Z")),
        StateJson.readLogCursor(RawJson.parse("\"-0099-01-01T00:00:10Z\"")));
    assertEquals(
        LogCursor.at(Instant.parse("+12000-01-01T00:00:00Z")),
        StateJson.readLogCursor(RawJson.parse("\"+12000-01-01T00:00:00Z\"")));
    // Still strict: a sign on a 4-digit year, or signed junk, is no date-time.
    for (String bad :
        List.of("+2024-01-01T00:00:00Z", "-x", "+12000-01-01", "-0099-13-01T00:00Z")) {
      DecodeException e =
          assertThrows(
              DecodeException.class,
              () -> StateJson.readLogCursor(RawJson.parse("\"" + bad + "\"")),
              bad);
      assertTrue(e.getMessage().contains("expected"), e.getMessage());
    }
  }

  /**
   * The one kind of cursor found not to round-trip: an object page cursor with a member name
   * holding a lone UTF-16 surrogate, which Jackson writes (escaped) but refuses to read. Refused.
   */
  @Test
  void memberNamesWithLoneSurrogatesAreRefusedClearly() {
    Random random = new Random(SEED + 4);
    for (int i = 0; i < ITERATIONS / 10; i++) {
      Map<String, Object> object = randomObject(random, 0);
      String name = randomName(random) + (char) (0xD800 + random.nextInt(0x800));
      object.put(name, randomValue(random, 1));
      PageCursor cursor = new PageCursor(JsonValues.toRawJson(object));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> StateJson.requireRoundTrip(cursor));
      assertTrue(
          e.getMessage().startsWith("it is written as " + cursor.json())
              && e.getMessage().contains("which the connector state cannot read back: ")
              && e.getMessage().contains("surrogate")
              && !e.getMessage().contains("[Source"),
          e.getMessage());
      // Had it been checkpointed, reading the state back would fail.
      assertThrows(
          RuntimeException.class,
          () -> backfillRoundTrip(new Backfill(LogCursor.offset(1), cursor)));
    }
  }

  @Test
  void aCursorThatDoesNotReadBackIsRefusedClearly() {
    // A page cursor a connector built from bytes that are no JSON: written raw, never readable.
    PageCursor broken = new PageCursor(RawJson.trusted("{\"a\":tru}".getBytes(UTF_8)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StateJson.requireRoundTrip(broken));
    assertTrue(
        e.getMessage().startsWith("it is written as {\"a\":tru}, which the connector state cannot"),
        e.getMessage());
    ResourceState state =
        ResourceState.EMPTY.withBackfill(Slot.of(new Backfill(LogCursor.offset(3), broken)));
    e = assertThrows(IllegalArgumentException.class, () -> StateJson.requireRoundTrip(state));
    assertTrue(e.getMessage().startsWith("backfill page cursor {\"a\":tru}: "), e.getMessage());
    // A subtask id the state cannot read back either.
    ResourceState subtasks =
        ResourceState.EMPTY.withInc(
            Slot.subtasks(Map.of("s\uDC00", new Incremental(LogCursor.offset(1)))));
    e = assertThrows(IllegalArgumentException.class, () -> StateJson.requireRoundTrip(subtasks));
    assertTrue(
        e.getMessage().startsWith("the state is written as {\"inc\":{\"s\\udc00\""),
        e.getMessage());
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertRoundTrip(LogCursor cursor) throws DecodeException {
    StateJson.requireRoundTrip(cursor);
    RawJson json = StateJson.write(cursor);
    assertEquals(cursor, StateJson.readLogCursor(json), json::toString);
    Backfill backfill = new Backfill(cursor, null);
    assertEquals(backfill, backfillRoundTrip(backfill), json::toString);
  }

  private static Backfill backfillRoundTrip(Backfill backfill) {
    ResourceState state = ResourceState.EMPTY.withBackfill(Slot.of(backfill));
    try {
      ResourceState back = StateJson.readResourceState(StateJson.write(state));
      return ((Slot.Single<Backfill>) back.backfill()).state();
    } catch (DecodeException e) {
      throw new AssertionError(StateJson.write(state) + ": " + e.getMessage(), e);
    }
  }

  private static LogCursor randomLogCursor(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> LogCursor.at(randomInstant(random));
      case 1 -> LogCursor.offset(randomLong(random) & Long.MAX_VALUE);
      case 2 -> new LogCursor.Token(randomLong(random));
      default -> LogCursor.token(randomString(random));
    };
  }

  /** Any instant Java holds, weighted to the years Python cannot hold and to the edges. */
  private static Instant randomInstant(Random random) {
    long second =
        switch (random.nextInt(5)) {
          case 0 -> random.nextLong(MIN_SECOND, MAX_SECOND + 1); // anywhere: mostly huge years
          case 1 -> random.nextLong(-62167219200L - 400L * 31556952L, 253402300800L); // BC to 9999
          case 2 -> random.nextLong(253402300800L - 86400L, 253402300800L + 5000L * 31556952L);
          case 3 -> EDGES.get(random.nextInt(EDGES.size())).getEpochSecond();
          default -> random.nextLong(0, 4102444800L); // 1970 to 2100
        };
    int nanos =
        switch (random.nextInt(3)) {
          case 0 -> 0;
          case 1 -> random.nextInt(1_000_000) * 1000; // microseconds
          default -> random.nextInt(1_000_000_000);
        };
    return Instant.ofEpochSecond(second, nanos);
  }

  private static long randomLong(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextLong();
      case 1 -> random.nextInt(2001) - 1000;
      case 2 -> random.nextBoolean() ? Long.MAX_VALUE - random.nextInt(3) : Long.MIN_VALUE + 1;
      default -> (long) random.nextInt();
    };
  }

  private static BigInteger randomBigInteger(Random random) {
    BigInteger value = new BigInteger(64 + random.nextInt(200), random);
    return random.nextBoolean() ? value : value.negate();
  }

  private static final String SPECIALS = "\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029\ufeff";

  /** Text with JSON escapes, controls, non-ASCII, surrogate pairs and lone surrogates. */
  private static String randomString(Random random) {
    int length = random.nextInt(12);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(7)) {
        case 0 -> out.append((char) ('a' + random.nextInt(26)));
        case 1 -> out.append(SPECIALS.charAt(random.nextInt(SPECIALS.length())));
        case 2 -> out.append((char) random.nextInt(0x20));
        case 3 -> out.append((char) (0x80 + random.nextInt(0xD800 - 0x80))); // BMP below surrogates
        case 4 -> out.appendCodePoint(0x10000 + random.nextInt(0x100000)); // a surrogate pair
        case 5 -> out.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
        default -> out.append("2024-05-01T12:00:00Z".charAt(random.nextInt(20)));
      }
    }
    return out.toString();
  }

  /** A member name: any text but a lone surrogate, which Jackson writes but cannot read back. */
  private static String randomName(Random random) {
    String name = randomString(random);
    return name.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF)
        ? name.replaceAll("[\\uD800-\\uDFFF]", "?")
        : name;
  }

  private static Object randomValue(Random random, int depth) {
    return switch (random.nextInt(depth > 3 ? 7 : 9)) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> randomLong(random);
      case 3 -> randomBigInteger(random);
      case 4 -> new BigDecimal(randomBigInteger(random), random.nextInt(700) - 350);
      case 5 -> randomString(random);
      case 6 -> random.nextDouble() * Math.pow(10, random.nextInt(600) - 300);
      case 7 -> randomObject(random, depth + 1);
      default -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(randomValue(random, depth + 1));
        }
        yield list;
      }
    };
  }

  private static Map<String, Object> randomObject(Random random, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      map.put(randomName(random), randomValue(random, depth + 1));
    }
    return map;
  }
}
