package flowcdk.runtime.codec;

import static flowcdk.runtime.codec.Reads.fail;
import static flowcdk.runtime.codec.Reads.ok;
import static flowcdk.runtime.codec.Reads.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DurationCodecsTest {

  private static final String EXPECTED =
      "expected a duration: ISO 8601 such as PT5M, P1D or PT0.5S, [N days, ]HH:MM:SS[.ffffff],"
          + " or a number of seconds, found ";

  private static Duration read(String json) {
    return ok(json, Codecs::readDuration);
  }

  private static Duration text(String text) {
    return read("\"" + text + "\"");
  }

  private static String written(Duration duration) {
    String json = write(Codecs::writeDuration, duration);
    return json.substring(1, json.length() - 1);
  }

  @Test
  void acceptsIsoDurations() {
    assertEquals(Duration.ofMinutes(5), text("PT5M"));
    assertEquals(Duration.ofDays(1), text("P1D"));
    assertEquals(Duration.ofMinutes(90), text("PT1H30M"));
    assertEquals(Duration.ofMillis(500), text("PT0.5S"));
    assertEquals(Duration.ofDays(7), text("P1W"));
    assertEquals(Duration.ofDays(30), text("P1M"));
    assertEquals(Duration.ofDays(365), text("P1Y"));
    assertEquals(Duration.ofSeconds(-5), text("-PT5S"));
    assertEquals(Duration.ofDays(-1), text("-P1D"));
    assertEquals(Duration.ZERO, text("PT0S"));
    assertEquals(Duration.ZERO, text("P0D"));
    assertEquals(Duration.ofSeconds(3, 1), text("PT3.000000001S"));
    assertEquals(
        Duration.ofDays(365 + 2 * 30 + 3 * 7 + 4)
            .plusHours(5)
            .plusMinutes(6)
            .plusSeconds(7)
            .plusMillis(500),
        text("P1Y2M3W4DT5H6M7.5S"));
    assertEquals(Duration.ofDays(400).plusSeconds(3), text("P1Y35DT3S"));
    assertEquals(Duration.ofHours(36), text("PT36H"));
    assertEquals(Duration.ofSeconds(100), text("PT100S"));
  }

  @Test
  void acceptsClockDurations() {
    assertEquals(Duration.ofMinutes(90), text("01:30:00"));
    assertEquals(Duration.ofMinutes(90), text("1:30:00"));
    assertEquals(Duration.ofSeconds(5, 123_456_000), text("00:00:05.123456"));
    assertEquals(Duration.ofSeconds(5, 500_000_000), text("00:00:05.5"));
    assertEquals(Duration.ofDays(1).plusHours(2), text("1 day, 2:00:00"));
    assertEquals(Duration.ofDays(3).plusSeconds(1), text("3 days, 00:00:01"));
    assertEquals(Duration.ofDays(1), text("1 days, 0:00:00"));
    assertEquals(Duration.ZERO, text("0:00:00"));
  }

  @Test
  @SuppressWarnings("CanonicalDuration") // each expected value spells its input's seconds
  void acceptsNumbersOfSeconds() {
    assertEquals(Duration.ofSeconds(300), read("300"));
    assertEquals(Duration.ofSeconds(-300), read("-300"));
    assertEquals(Duration.ofMillis(1500), read("1.5"));
    assertEquals(Duration.ofMillis(-1500), read("-1.5"));
    assertEquals(Duration.ofSeconds(1000), read("1e3"));
    assertEquals(Duration.ofNanos(1), read("0.000000001"));
    assertEquals(Duration.ofNanos(2), read("0.0000000015"));
    assertEquals(Duration.ofSeconds(Long.MAX_VALUE), read("9223372036854775807"));
  }

  @Test
  void rejectsEverythingElse() {
    String[] bad = {
      "300",
      "5m",
      "",
      "P",
      "PT",
      "P1DT",
      "-P",
      "PT5M5H",
      "P1D1Y",
      "P1M1Y",
      "P1D2W",
      "pt5m",
      "PT5m",
      "P1.5D",
      "PT1.5H",
      "PT1.5M",
      "PT0.5",
      "+PT5S",
      "--PT5S",
      "P-1D",
      "PT5S ",
      " PT5S",
      "PT1.1234567890S",
      "P99999999999999999999D",
      "P9999999999999999Y",
      "1:30",
      "01:60:00",
      "01:00:60",
      "100:00:00",
      "-01:00:00",
      "-1 day, 23:59:59",
      "1 day 01:00:00",
      "1 day,01:00:00",
      "1day, 01:00:00",
      "1 DAY, 01:00:00",
      "01:00:00.",
      "01:00:00.1234567890",
      "1 week",
      "P1DT5M30",
      "PT5M PT5M",
    };
    for (String text : bad) {
      assertEquals(
          EXPECTED + "a string \"" + text + "\"",
          fail("\"" + text + "\"", Codecs::readDuration),
          text);
    }
    assertEquals(EXPECTED + "true", fail("true", Codecs::readDuration));
    assertEquals(EXPECTED + "an object", fail("{\"seconds\":5}", Codecs::readDuration));
    assertEquals(EXPECTED + "a number 1e30", fail("1e30", Codecs::readDuration));
    assertEquals(
        EXPECTED + "a number 9223372036854775808",
        fail("9223372036854775808", Codecs::readDuration));
  }

  @Test
  void writesCanonicalForms() {
    assertEquals("PT0S", written(Duration.ZERO));
    assertEquals("PT5M", written(Duration.ofMinutes(5)));
    assertEquals("PT1H30M", written(Duration.ofMinutes(90)));
    assertEquals("P1D", written(Duration.ofDays(1)));
    assertEquals("PT1.5S", written(Duration.ofMillis(1500)));
    assertEquals("PT0.5S", written(Duration.ofMillis(500)));
    assertEquals("P1Y35DT3S", written(Duration.ofDays(400).plusSeconds(3)));
    assertEquals("-PT5S", written(Duration.ofSeconds(-5)));
    assertEquals("-PT0.5S", written(Duration.ofMillis(-500)));
    assertEquals("-P1DT0.000001S", written(Duration.ofDays(-1).minusNanos(1000)));
    assertEquals("P1Y", written(Duration.ofDays(365)));
    assertEquals("P2Y", written(Duration.ofDays(730)));
    assertEquals("P364D", written(Duration.ofDays(364)));
    assertEquals("P7D", written(Duration.ofDays(7)));
    assertEquals("P30D", written(Duration.ofDays(30)));
    assertEquals("PT23H59M59.999999S", written(Duration.ofDays(1).minusNanos(1000)));
    assertEquals("PT1H0.1S", written(Duration.ofHours(1).plusMillis(100)));
    assertEquals("PT0.000000001S", written(Duration.ofNanos(1)));
    assertEquals("PT1.123456789S", written(Duration.ofSeconds(1, 123_456_789)));
    assertEquals("P1DT1S", written(Duration.ofDays(1).plusSeconds(1)));
    assertEquals("PT1M1S", written(Duration.ofSeconds(61)));
  }

  @Test
  void writesTheExtremes() {
    long maxDays = Long.MAX_VALUE / 86400;
    assertEquals(
        "P" + maxDays / 365 + "Y" + maxDays % 365 + "DT15H30M7.999999999S",
        written(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)));
    assertEquals(
        "-P" + maxDays / 365 + "Y" + maxDays % 365 + "DT15H30M8S",
        written(Duration.ofSeconds(Long.MIN_VALUE)));
    assertEquals(
        "-P" + maxDays / 365 + "Y" + maxDays % 365 + "DT15H30M7.999999999S",
        written(Duration.ofSeconds(Long.MIN_VALUE, 1)));
  }

  @Test
  void randomDurationsRoundTrip() {
    Random random = new Random(20240102);
    for (int i = 0; i < 5000; i++) {
      Duration duration =
          switch (i % 4) {
            case 0 -> Duration.ofSeconds(random.nextInt(200_000) - 100_000);
            case 1 ->
                Duration.ofSeconds(
                    random.nextLong() % 100_000_000_000L, random.nextInt(1_000_000) * 1000L);
            case 2 -> Duration.ofSeconds(random.nextLong() / 1000, random.nextInt(1_000_000_000));
            default -> Duration.ofDays(random.nextInt(2000) - 1000);
          };
      String text = written(duration);
      assertEquals(duration, text(text), text);
      assertEquals(text, written(text(text)));
    }
  }
}
