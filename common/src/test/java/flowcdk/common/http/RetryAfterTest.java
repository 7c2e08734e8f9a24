package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading {@code Retry-After}: seconds, the three HTTP-date forms, and what is ignored. */
class RetryAfterTest {

  private static final Instant NOW = Instant.parse("1994-11-06T08:49:30Z");

  private static Optional<Duration> parse(String value) {
    return RetryAfter.parse(value, NOW);
  }

  @Test
  void secondsAreTakenAsTheyAre() {
    assertEquals(Optional.of(Duration.ofMinutes(2)), parse("120"));
    assertEquals(Optional.of(Duration.ZERO), parse("0"));
    assertEquals(Optional.of(Duration.ofSeconds(7)), parse(" 7 "));
  }

  @Test
  void httpDatesInEveryFormAreCountedFromNow() {
    Optional<Duration> seven = Optional.of(Duration.ofSeconds(7));
    assertEquals(seven, parse("Sun, 06 Nov 1994 08:49:37 GMT"));
    assertEquals(seven, parse("Sunday, 06-Nov-94 08:49:37 GMT"));
    assertEquals(seven, parse("Sun Nov  6 08:49:37 1994"));
  }

  @Test
  void aDateInThePastIsNoWait() {
    assertEquals(Optional.of(Duration.ZERO), parse("Sun, 06 Nov 1994 08:49:00 GMT"));
  }

  @Test
  void aTwoDigitYearMoreThan50YearsAheadIsInThePast() {
    Instant now = Instant.parse("2030-01-01T00:00:00Z");
    // "99" read as 2099 is more than 50 years after 2030: it is 1999, long past.
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Friday, 31-Dec-99 23:59:59 GMT", now));
    assertEquals(
        Optional.of(Duration.ofSeconds(1)),
        RetryAfter.parse("Tuesday, 01-Jan-30 00:00:01 GMT", now));
  }

  @Test
  void absurdWaitsAreCappedAtADay() {
    assertEquals(Optional.of(RetryAfter.MAX), parse("999999999"));
    assertEquals(Optional.of(RetryAfter.MAX), parse("Sun, 06 Nov 2094 08:49:37 GMT"));
  }

  @Test
  void anythingElseIsIgnored() {
    assertEquals(Optional.empty(), parse(null));
    assertEquals(Optional.empty(), parse(""));
    assertEquals(Optional.empty(), parse("-5"));
    assertEquals(Optional.empty(), parse("1.5"));
    assertEquals(Optional.empty(), parse("soon"));
    assertEquals(Optional.empty(), parse("99999999999999999999"));
    assertEquals(Optional.empty(), parse("2024-05-01T12:00:05Z"));
  }
}
