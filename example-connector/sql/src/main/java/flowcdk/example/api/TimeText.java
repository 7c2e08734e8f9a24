package flowcdk.example.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Dates and timestamps as document text that validates as JSON Schema {@code date} and {@code
 * date-time} (RFC 3339, whose years have four digits). PostgreSQL's values reach from 4713 BC to
 * year 294276 (dates to 5874897), plus {@code -infinity} and {@code infinity}; those outside years
 * 1 to 9999 are clamped to the nearest end of that range, so they keep their order relative to
 * every other value (docs/example-connector.md has the table):
 *
 * <ul>
 *   <li>before {@code 0001-01-01} (BC, {@code -infinity}): {@code 0001-01-01}, {@code
 *       0001-01-01T00:00:00Z};
 *   <li>after {@code 9999-12-31} (year 10000 on, {@code infinity}): {@code 9999-12-31}, {@code
 *       9999-12-31T23:59:59.999999Z} (PostgreSQL's last microsecond of 9999).
 * </ul>
 */
final class TimeText {

  /** The first date RFC 3339 text can hold, and so the first written as itself. */
  static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);

  /** The last date RFC 3339 text can hold. */
  static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  /** The first instant written as itself. */
  static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

  /** The last instant PostgreSQL's microseconds give in year 9999. */
  static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private TimeText() {}

  /** An instant as RFC 3339 text in UTC, clamped to years 1 to 9999; null for null. */
  static String text(Instant value) {
    if (value == null) {
      return null;
    }
    if (value.isBefore(FIRST)) {
      return FIRST.toString();
    }
    return value.isAfter(LAST) ? LAST.toString() : value.toString();
  }

  /** A date as RFC 3339 full-date text, clamped to years 1 to 9999; null for null. */
  static String text(LocalDate value) {
    if (value == null) {
      return null;
    }
    if (value.isBefore(FIRST_DATE)) {
      return FIRST_DATE.toString();
    }
    return value.isAfter(LAST_DATE) ? LAST_DATE.toString() : value.toString();
  }
}
