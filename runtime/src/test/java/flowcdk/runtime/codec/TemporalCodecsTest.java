package flowcdk.runtime.codec;

import static flowcdk.runtime.codec.Reads.fail;
import static flowcdk.runtime.codec.Reads.ok;
import static flowcdk.runtime.codec.Reads.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TemporalCodecsTest {

  private static final String DATE_TIME =
      "expected an RFC 3339 date-time such as 2024-01-02T03:04:05Z, found ";

  @Test
  void fastInstantTextEqualsTheGeneralFormatAcrossYearsZeroTo9999() {
    java.util.Random random = new java.util.Random(42);
    long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    java.util.List<Instant> instants =
        new java.util.ArrayList<>(
            java.util.List.of(
                Instant.ofEpochSecond(first),
                Instant.ofEpochSecond(last, 999_999_999),
                Instant.EPOCH,
                Instant.ofEpochSecond(-1),
                Instant.parse("2000-02-29T23:59:59.000001Z"),
                Instant.parse("1900-03-01T00:00:00Z"),
                Instant.parse("2100-02-28T12:00:00.5Z")));
    for (int i = 0; i < 200_000; i++) {
      long seconds = first + (long) (random.nextDouble() * (last - first + 1));
      int nanos =
          switch (i % 3) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
          };
      instants.add(Instant.ofEpochSecond(seconds, nanos));
    }
    char[] text = new char[30];
    for (Instant instant : instants) {
      int length = TemporalText.formatInstant(instant, text);
      LocalDateTime utc =
          LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
      assertEquals(
          TemporalText.format(utc, ZoneOffset.UTC), new String(text, 0, length), instant::toString);
    }
    assertEquals(-1, TemporalText.formatInstant(Instant.ofEpochSecond(first - 1), text));
    assertEquals(-1, TemporalText.formatInstant(Instant.ofEpochSecond(last + 1), text));
  }

  @Test
  void writesInstantsLikeThePythonCdk() {
    assertEquals(
        "\"2024-01-02T03:04:05Z\"",
        write(Codecs::writeInstant, Instant.parse("2024-01-02T03:04:05Z")));
    assertEquals(
        "\"2024-01-02T03:04:05.123456Z\"",
        write(Codecs::writeInstant, Instant.parse("2024-01-02T03:04:05.123456Z")));
    assertEquals(
        "\"2024-01-02T03:04:05.100000Z\"",
        write(Codecs::writeInstant, Instant.parse("2024-01-02T03:04:05.1Z")));
    assertEquals(
        "\"2024-01-02T03:04:05.000001Z\"",
        write(Codecs::writeInstant, Instant.parse("2024-01-02T03:04:05.000001Z")));
    // Deviation: sub-microsecond precision is kept, with 9 digits.
    assertEquals(
        "\"2024-01-02T03:04:05.123456789Z\"",
        write(Codecs::writeInstant, Instant.parse("2024-01-02T03:04:05.123456789Z")));
    assertEquals("\"1970-01-01T00:00:00Z\"", write(Codecs::writeInstant, Instant.EPOCH));
    assertEquals(
        "\"0001-01-01T00:00:00Z\"",
        write(Codecs::writeInstant, Instant.parse("0001-01-01T00:00:00Z")));
    assertEquals(
        "\"+10000-01-01T00:00:00Z\"",
        write(Codecs::writeInstant, Instant.parse("+10000-01-01T00:00:00Z")));
    assertEquals("\"" + Instant.MAX + "\"", write(Codecs::writeInstant, Instant.MAX));
  }

  @Test
  void writesOffsetDateTimes() {
    assertEquals(
        "\"2024-01-01T00:00:00.123000+02:00\"",
        write(
            Codecs::writeOffsetDateTime,
            OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 123_000_000, ZoneOffset.ofHours(2))));
    assertEquals(
        "\"2024-01-01T00:00:00Z\"",
        write(
            Codecs::writeOffsetDateTime,
            OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
    assertEquals(
        "\"2024-06-30T23:59:59-05:30\"",
        write(
            Codecs::writeOffsetDateTime,
            OffsetDateTime.of(2024, 6, 30, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(-5, -30))));
    assertEquals(
        "\"2024-06-30T23:59:59+00:17:30\"",
        write(
            Codecs::writeOffsetDateTime,
            OffsetDateTime.of(2024, 6, 30, 23, 59, 59, 0, ZoneOffset.ofTotalSeconds(1050))));
  }

  @Test
  void writesLocalValues() {
    assertEquals("\"2024-01-02\"", write(Codecs::writeLocalDate, LocalDate.of(2024, 1, 2)));
    assertEquals(
        "\"2024-01-02T03:04:05\"",
        write(Codecs::writeLocalDateTime, LocalDateTime.of(2024, 1, 2, 3, 4, 5)));
    assertEquals(
        "\"2024-01-02T03:04:05.500000\"",
        write(Codecs::writeLocalDateTime, LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000)));
    assertEquals("\"03:04:05\"", write(Codecs::writeLocalTime, LocalTime.of(3, 4, 5)));
    assertEquals("\"00:00:00\"", write(Codecs::writeLocalTime, LocalTime.MIDNIGHT));
    assertEquals("\"23:59:59.999999999\"", write(Codecs::writeLocalTime, LocalTime.MAX));
  }

  @Test
  void readsInstants() {
    Instant expected = Instant.parse("2024-01-02T03:04:05Z");
    assertEquals(expected, ok("\"2024-01-02T03:04:05Z\"", Codecs::readInstant));
    assertEquals(expected, ok("\"2024-01-02T03:04:05+00:00\"", Codecs::readInstant));
    assertEquals(expected, ok("\"2024-01-02T03:04:05-00:00\"", Codecs::readInstant));
    assertEquals(expected, ok("\"2024-01-02t03:04:05z\"", Codecs::readInstant));
    assertEquals(expected, ok("\"2024-01-02 03:04:05Z\"", Codecs::readInstant));
    assertEquals(expected, ok("\"2024-01-02T05:04:05+02:00\"", Codecs::readInstant));
    assertEquals(expected, ok("\"2024-01-01T22:34:05-04:30\"", Codecs::readInstant));
    assertEquals(
        Instant.parse("2024-01-02T03:04:05.123456Z"),
        ok("\"2024-01-02T03:04:05.123456Z\"", Codecs::readInstant));
    assertEquals(
        Instant.parse("2024-01-02T03:04:05.5Z"),
        ok("\"2024-01-02T03:04:05.5Z\"", Codecs::readInstant));
    assertEquals(
        Instant.parse("2024-01-02T03:04:05.123456789Z"),
        ok("\"2024-01-02T03:04:05.123456789Z\"", Codecs::readInstant));
    assertEquals(
        Instant.parse("2024-02-29T00:00:00Z"), ok("\"2024-02-29T00:00:00Z\"", Codecs::readInstant));
  }

  @Test
  void refusesBadInstants() {
    assertEquals(DATE_TIME + "a string \"yesterday\"", fail("\"yesterday\"", Codecs::readInstant));
    assertEquals(
        DATE_TIME
            + "a string \"2024-01-02T03:04:05\" without a time zone offset"
            + " (add Z for UTC, or an offset such as +02:00)",
        fail("\"2024-01-02T03:04:05\"", Codecs::readInstant));
    assertEquals(
        DATE_TIME
            + "a string \"2024-01-02T03:04:05.25\" without a time zone offset"
            + " (add Z for UTC, or an offset such as +02:00)",
        fail("\"2024-01-02T03:04:05.25\"", Codecs::readInstant));
    String[] bad = {
      "2024-01-02",
      "2024-01-02T03:04Z",
      "2024-1-02T03:04:05Z",
      "2024-01-02T3:04:05Z",
      "2024-02-30T03:04:05Z",
      "2023-02-29T00:00:00Z",
      "2024-13-01T00:00:00Z",
      "2024-01-02T24:00:00Z",
      "2024-01-02T23:60:00Z",
      "2024-01-02T23:59:60Z",
      "2024-01-02T03:04:05.Z",
      "2024-01-02T03:04:05.1234567890Z",
      "2024-01-02T03:04:05+0200",
      "2024-01-02T03:04:05+02",
      "2024-01-02T03:04:05+19:00",
      "2024-01-02T03:04:05+02:60",
      "2024-01-02T03:04:05ZZ",
      "2024-01-02X03:04:05Z",
      " 2024-01-02T03:04:05Z",
      "2024-01-02T03:04:05Z ",
      "+2024-01-02T03:04:05Z",
      "2024-01-02T03:04:05 Z",
      "20a4-01-02T03:04:05Z",
      "2024-01-02T03:04:05[UTC]",
    };
    for (String text : bad) {
      assertEquals(
          DATE_TIME + "a string \"" + text + "\"", fail("\"" + text + "\"", Codecs::readInstant));
    }
    assertEquals(DATE_TIME + "a number 1704164645", fail("1704164645", Codecs::readInstant));
    assertEquals(DATE_TIME + "an object", fail("{}", Codecs::readInstant));
  }

  @Test
  void readsOffsetDateTimesKeepingTheOffset() {
    OffsetDateTime value = ok("\"2024-01-01T00:00:00.123+02:00\"", Codecs::readOffsetDateTime);
    assertEquals(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 123_000_000, ZoneOffset.ofHours(2)), value);
    assertEquals("\"2024-01-01T00:00:00.123000+02:00\"", write(Codecs::writeOffsetDateTime, value));
    assertEquals(
        ZoneOffset.UTC,
        ok("\"2024-01-01T00:00:00+00:00\"", Codecs::readOffsetDateTime).getOffset());
    assertEquals(
        DATE_TIME + "a string \"2024-01-01\"", fail("\"2024-01-01\"", Codecs::readOffsetDateTime));
  }

  @Test
  void roundTripsThroughWriteAndRead() {
    String[] texts = {
      "2024-01-02T03:04:05Z",
      "2024-01-02T03:04:05.123456Z",
      "2024-01-02T03:04:05.000001Z",
      "1999-12-31T23:59:59.999999Z",
      "2024-01-02T03:04:05.123456789Z",
    };
    for (String text : texts) {
      Instant read = ok("\"" + text + "\"", Codecs::readInstant);
      assertEquals("\"" + text + "\"", write(Codecs::writeInstant, read));
    }
    String odt = "2024-01-01T00:00:00.123000+02:00";
    assertEquals(
        "\"" + odt + "\"",
        write(Codecs::writeOffsetDateTime, ok("\"" + odt + "\"", Codecs::readOffsetDateTime)));
  }

  @Test
  void localDates() {
    assertEquals(LocalDate.of(2024, 1, 2), ok("\"2024-01-02\"", Codecs::readLocalDate));
    assertEquals(LocalDate.of(1, 1, 1), ok("\"0001-01-01\"", Codecs::readLocalDate));
    String expected = "expected a date such as 2024-01-02, found ";
    for (String text :
        new String[] {
          "2024-1-2", "2024-01-02T00:00:00Z", "2024-02-30", "02/01/2024", "2024-01-02 "
        }) {
      assertEquals(
          expected + "a string \"" + text + "\"", fail("\"" + text + "\"", Codecs::readLocalDate));
    }
    assertEquals(expected + "a number 20240102", fail("20240102", Codecs::readLocalDate));
  }

  @Test
  void localDateTimes() {
    assertEquals(
        LocalDateTime.of(2024, 1, 2, 3, 4, 5),
        ok("\"2024-01-02T03:04:05\"", Codecs::readLocalDateTime));
    assertEquals(
        LocalDateTime.of(2024, 1, 2, 3, 4, 5, 120_000_000),
        ok("\"2024-01-02 03:04:05.12\"", Codecs::readLocalDateTime));
    String expected =
        "expected a date-time without a time zone offset such as 2024-01-02T03:04:05, found ";
    for (String text :
        new String[] {"2024-01-02T03:04:05Z", "2024-01-02T03:04:05+01:00", "2024-01-02"}) {
      assertEquals(
          expected + "a string \"" + text + "\"",
          fail("\"" + text + "\"", Codecs::readLocalDateTime));
    }
  }

  @Test
  void localTimes() {
    assertEquals(LocalTime.of(3, 4, 5), ok("\"03:04:05\"", Codecs::readLocalTime));
    assertEquals(LocalTime.of(9, 30), ok("\"09:30\"", Codecs::readLocalTime));
    assertEquals(
        LocalTime.of(23, 59, 59, 999_999_000), ok("\"23:59:59.999999\"", Codecs::readLocalTime));
    String expected = "expected a time of day such as 03:04:05, found ";
    for (String text :
        new String[] {"24:00:00", "3:04:05", "03:04:05Z", "03:04:5", "0304", "09:60"}) {
      assertEquals(
          expected + "a string \"" + text + "\"", fail("\"" + text + "\"", Codecs::readLocalTime));
    }
  }
}
