package flowcdk.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CronTest {

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  /** Expressions the grammar accepts (docs/strategies.md#schedules). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "* * * * *",
        "*/5 * * * *",
        "0 0 1 1 0",
        "59 23 31 12 6",
        "0,30,1 0,12 1,4,5,23 3,4,6 1,4",
        "0-59 0-23 1-31 1-12 0-6",
        "05 01 01 1 0"
      })
  void acceptsTheGrammar(String expression) {
    assertTrue(Cron.isValid(expression), expression);
    Cron.parse(expression);
  }

  /** Expressions the grammar rejects (docs/strategies.md#schedules), and a trailing newline. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "*",
        "* *",
        "* * * *",
        "* * * * * *",
        "abc123 * * * *",
        "-1 * * * *",
        "60 * * * *",
        "* 24 * * *",
        "* * 0 * *",
        "* * 32 * *",
        "* * * 0 *",
        "* * * 13 *",
        "* * * * 7",
        ",0,1 * * * *",
        "0,1, * * * *",
        "0-1- * * * *",
        "0- * * * *",
        "* * * * *\n",
        "0 0 * JAN *",
        "0-10/2 * * * *"
      })
  void rejectsEverythingElseWithAClearMessage(String expression) {
    assertFalse(Cron.isValid(expression), expression);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Cron.parse(expression));
    assertTrue(
        e.getMessage().startsWith("not a cron schedule: \"" + expression + "\""), e.getMessage());
    assertTrue(e.getMessage().contains("day of week 0-6 (0 = Sunday)"), e.getMessage());
  }

  @Test
  void zeroStepIsRejectedInsteadOfDividingByZero() {
    assertTrue(Cron.isValid("*/0 * * * *"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Cron.parse("*/0 * * * *"));
    assertTrue(e.getMessage().contains("the step of \"*/0\" is 0"), e.getMessage());
    // pycron never reaches the step when an earlier item matches every value: no failure there
    // either.
    Cron.parse("0-59,*/0 * * * *");
  }

  @Test
  void stepIsValueModuloStep() {
    Cron everyOtherDay = Cron.parse("0 0 */2 * *");
    assertFalse(everyOtherDay.matches(at("2024-05-01T00:00:00Z")));
    assertTrue(everyOtherDay.matches(at("2024-05-02T00:00:00Z")));
    assertFalse(everyOtherDay.matches(at("2024-05-31T00:00:00Z")));
    Cron quarterly = Cron.parse("0 0 1 */3 *");
    assertFalse(quarterly.matches(at("2024-01-01T00:00:00Z")));
    assertTrue(quarterly.matches(at("2024-03-01T00:00:00Z")));
    assertTrue(quarterly.matches(at("2024-12-01T00:00:00Z")));
    Cron fifteen = Cron.parse("*/15 * * * *");
    assertTrue(fifteen.matches(at("2024-05-01T10:45:59Z")));
    assertFalse(fifteen.matches(at("2024-05-01T10:46:00Z")));
  }

  @Test
  void sundayIsZero() {
    Cron sundays = Cron.parse("0 12 * * 0");
    assertTrue(sundays.matches(at("2024-05-05T12:00:00Z"))); // a Sunday
    assertFalse(sundays.matches(at("2024-05-06T12:00:00Z")));
    assertTrue(Cron.parse("0 12 * * 6").matches(at("2024-05-04T12:00:00Z"))); // a Saturday
  }

  /** With a {@code *} in either day field, day of month AND day of week must match. */
  @Test
  void dayFieldsAreAndedWhenEitherHasAStar() {
    Cron evenMondays = Cron.parse("0 0 */2 * 1");
    assertTrue(evenMondays.matches(at("2024-05-06T00:00:00Z"))); // Monday the 6th
    assertFalse(evenMondays.matches(at("2024-05-13T00:00:00Z"))); // Monday the 13th
    assertFalse(evenMondays.matches(at("2024-05-08T00:00:00Z"))); // Wednesday the 8th
    Cron firstIfFriday = Cron.parse("0 0 1 * *");
    assertTrue(firstIfFriday.matches(at("2024-05-01T00:00:00Z")));
  }

  /**
   * pycron 3.1.2 (the version the Python CDK pins) ORs the day fields when neither contains a
   * {@code *} (its issue #29), rather than always ANDing them (docs/strategies.md#schedules).
   */
  @Test
  void dayFieldsAreOredWhenBothAreRestricted() {
    Cron thirteenthOrFriday = Cron.parse("0 0 13 * 5");
    assertTrue(thirteenthOrFriday.matches(at("2024-05-13T00:00:00Z"))); // a Monday
    assertTrue(thirteenthOrFriday.matches(at("2024-05-03T00:00:00Z"))); // a Friday
    assertFalse(thirteenthOrFriday.matches(at("2024-05-14T00:00:00Z")));
  }

  @Test
  void pycronListQuirks() {
    Cron starInList = Cron.parse("*,5 * * * *");
    assertTrue(starInList.matches(at("2024-05-01T10:05:00Z")));
    assertFalse(starInList.matches(at("2024-05-01T10:06:00Z")));
    Cron backwards = Cron.parse("0 0 * * 5-1,3"); // 5..6, and the 3 is never consulted
    assertTrue(backwards.matches(at("2024-05-03T00:00:00Z"))); // Friday
    assertTrue(backwards.matches(at("2024-05-04T00:00:00Z"))); // Saturday
    assertFalse(backwards.matches(at("2024-05-05T00:00:00Z"))); // Sunday
    assertFalse(backwards.matches(at("2024-05-01T00:00:00Z"))); // Wednesday
    assertFalse(Cron.parse("0 0 * 5-3 *").matches(at("2024-05-01T00:00:00Z")));
  }

  @Test
  void nextFireStartsAfterTheTruncatedMinute() {
    assertEquals(
        Optional.of(at("2024-05-01T10:01:00Z")),
        Cron.nextFire("* * * * *", at("2024-05-01T10:00:59.999Z"), at("2024-05-02T00:00:00Z")));
    assertEquals(
        Optional.of(at("2024-05-01T11:00:00Z")),
        Cron.nextFire("0 * * * *", at("2024-05-01T10:00:00Z"), at("2024-05-02T00:00:00Z")));
    assertEquals(
        Optional.of(at("2024-05-04T00:00:00Z")),
        Cron.nextFire("0 0 */2 * *", at("2024-05-02T00:00:00Z"), at("2024-05-05T00:00:00Z")));
  }

  @Test
  void nextFireCanReturnUpToOneMinuteAfterEnd() {
    assertEquals(
        Optional.of(at("2024-05-01T10:05:00Z")),
        Cron.nextFire("5 * * * *", at("2024-05-01T10:00:00Z"), at("2024-05-01T10:04:30Z")));
    assertEquals(
        Optional.of(at("2024-05-01T10:05:00Z")),
        Cron.nextFire("5 * * * *", at("2024-05-01T10:00:00Z"), at("2024-05-01T10:04:00.001Z")));
    assertEquals(
        Optional.empty(),
        Cron.nextFire("5 * * * *", at("2024-05-01T10:00:00Z"), at("2024-05-01T10:04:00Z")));
    assertEquals(
        Optional.empty(),
        Cron.nextFire("6 * * * *", at("2024-05-01T10:00:00Z"), at("2024-05-01T10:04:30Z")));
  }

  @Test
  void emptyScheduleNeverFires() {
    assertTrue(Cron.parse("").isEmpty());
    assertEquals(
        Optional.empty(),
        Cron.nextFire("", at("2024-05-01T10:00:00Z"), at("2025-05-01T10:00:00Z")));
    assertEquals(Optional.empty(), Cron.nextFire("", Instant.now()));
    assertFalse(Cron.parse("").matches(at("2024-05-01T10:00:00Z")));
  }

  @Test
  void defaultEndIsProcessStartPlusADay() {
    Instant end = Cron.defaultEnd();
    assertTrue(
        end.isAfter(Instant.now().plusSeconds(23 * 3600))
            && end.isBefore(Instant.now().plusSeconds(24 * 3600 + 1)));
    assertEquals(end, Cron.defaultEnd());
    assertEquals(
        Optional.empty(), Cron.nextFire("0 0 1 1 0", Instant.now().plusSeconds(25 * 3600)));
  }

  @Test
  void fieldsMayBeSeparatedByAnyWhitespaceThePatternAccepts() {
    assertTrue(Cron.parse("0\t12  * * 0").matches(at("2024-05-05T12:00:00Z")));
  }
}
