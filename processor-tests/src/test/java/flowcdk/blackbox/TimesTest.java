package flowcdk.blackbox;

import static flowcdk.blackbox.Json.assertProblem;
import static flowcdk.blackbox.Json.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates, times and durations in the Python CDK's formats (docs/models.md#dates-and-times,
 * docs/models.md#durations).
 */
class TimesTest {

  private static Times instant(Instant value) {
    return new Times(value, null, null, null, null, null);
  }

  private static Times duration(Duration value) {
    return new Times(null, null, null, null, null, value);
  }

  @ParameterizedTest
  @CsvSource({
    "2024-01-02T03:04:05Z,             2024-01-02T03:04:05Z",
    "2024-01-02T03:04:05.123456Z,      2024-01-02T03:04:05.123456Z",
    "2024-01-02T03:04:05.1Z,           2024-01-02T03:04:05.100000Z",
    "2024-01-02T03:04:05.000000Z,      2024-01-02T03:04:05Z",
    "2024-01-02T03:04:05.123456789Z,   2024-01-02T03:04:05.123456789Z",
    "2024-01-02 03:04:05+02:00,        2024-01-02T01:04:05Z",
    "2024-01-01t00:00:00.5-07:30,      2024-01-01T07:30:00.500000Z",
    "1970-01-01T00:00:00z,             1970-01-01T00:00:00Z",
  })
  void instants(String input, String written) {
    Times read = decode(TimesJson::decode, "{\"instant\":\"" + input + "\"}");
    assertEquals(Instant.parse(written), read.instant());
    assertEquals("{\"instant\":\"" + written + "\"}", TimesJson.encode(read).toString());
  }

  @Test
  void instantWrittenFromJava() {
    assertEquals(
        "{\"instant\":\"2024-01-02T03:04:05.123000Z\"}",
        TimesJson.encode(instant(Instant.parse("2024-01-02T03:04:05.123Z"))).toString());
  }

  @ParameterizedTest
  @CsvSource({
    "2024-01-01T00:00:00.123+02:00,    2024-01-01T00:00:00.123000+02:00",
    "2024-01-01T00:00:00+00:00,        2024-01-01T00:00:00Z",
    "2024-06-30T23:59:59.123456-07:00, 2024-06-30T23:59:59.123456-07:00",
    "2024-06-30T23:59:59Z,             2024-06-30T23:59:59Z",
  })
  void offsetDateTimesKeepTheirOffset(String input, String written) {
    Times read = decode(TimesJson::decode, "{\"offsetDateTime\":\"" + input + "\"}");
    assertEquals(OffsetDateTime.parse(input), read.offsetDateTime());
    assertEquals("{\"offsetDateTime\":\"" + written + "\"}", TimesJson.encode(read).toString());
  }

  @Test
  void localDatesAndTimes() {
    Times value =
        new Times(
            null,
            OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
            LocalDate.of(2024, 2, 29),
            LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000),
            LocalTime.of(23, 59),
            Duration.ofMinutes(5));
    String json =
        "{\"offsetDateTime\":\"2024-01-01T00:00:00+05:30\",\"date\":\"2024-02-29\","
            + "\"dateTime\":\"2024-01-02T03:04:05.500000\",\"time\":\"23:59:00\",\"duration\":\"PT5M\"}";
    assertEquals(json, TimesJson.encode(value).toString());
    assertEquals(value, decode(TimesJson::decode, json));
    assertEquals(LocalTime.of(3, 4), decode(TimesJson::decode, "{\"time\":\"03:04\"}").time());
  }

  @ParameterizedTest
  @CsvSource({
    "PT5M,                PT5M",
    "P1D,                 P1D",
    "PT1.5S,              PT1.5S",
    "-PT5S,               -PT5S",
    "PT0S,                PT0S",
    "PT1H30M,             PT1H30M",
    "P1W,                 P7D",
    "P1DT0.000000001S,    P1DT0.000000001S",
    "PT36H,               P1DT12H",
    "01:30:00,            PT1H30M",
    "'2 days, 0:00:00.5', P2DT0.5S",
  })
  void durations(String input, String written) {
    Times read = decode(TimesJson::decode, "{\"duration\":\"" + input + "\"}");
    assertEquals("{\"duration\":\"" + written + "\"}", TimesJson.encode(read).toString());
  }

  @Test
  void durationsWrittenFromJava() {
    assertEquals(
        "{\"duration\":\"-PT1.5S\"}",
        TimesJson.encode(duration(Duration.ofMillis(-1500))).toString());
    assertEquals(
        "{\"duration\":\"P1Y35DT3S\"}",
        TimesJson.encode(duration(Duration.ofDays(400).plusSeconds(3))).toString());
    assertEquals(Duration.ofMinutes(5), decode(TimesJson::decode, "{\"duration\":300}").duration());
    assertEquals(
        Duration.ofMillis(-1500), decode(TimesJson::decode, "{\"duration\":-1.5}").duration());
  }

  @Test
  void badTimesAreProblems() {
    assertProblem(
        TimesJson::decode,
        "{\"instant\":\"2024-01-02T03:04:05\"}",
        "/instant: expected an RFC 3339 date-time such as 2024-01-02T03:04:05Z, found a string"
            + " \"2024-01-02T03:04:05\" without a time zone offset (add Z for UTC, or an offset such as +02:00)");
    assertProblem(
        TimesJson::decode,
        "{\"instant\":1704164645}",
        "/instant: expected an RFC 3339 date-time such as 2024-01-02T03:04:05Z, found a number 1704164645");
    assertProblem(
        TimesJson::decode,
        "{\"date\":\"2023-02-29\"}",
        "/date: expected a date such as 2024-01-02, found a string \"2023-02-29\"");
    assertProblem(
        TimesJson::decode,
        "{\"dateTime\":\"2024-01-02T03:04:05Z\"}",
        "/dateTime: expected a date-time without a time zone offset such as 2024-01-02T03:04:05,"
            + " found a string \"2024-01-02T03:04:05Z\"");
    assertProblem(
        TimesJson::decode,
        "{\"time\":\"24:00:00\"}",
        "/time: expected a time of day such as 03:04:05, found a string \"24:00:00\"");
    assertProblem(
        TimesJson::decode,
        "{\"duration\":\"5m\"}",
        "/duration: expected a duration: ISO 8601 such as PT5M, P1D or PT0.5S, [N days, ]HH:MM:SS[.ffffff],"
            + " or a number of seconds, found a string \"5m\"");
  }
}
