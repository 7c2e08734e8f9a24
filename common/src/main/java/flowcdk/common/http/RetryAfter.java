package flowcdk.common.http;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code Retry-After} header (RFC 9110, section 10.2.3): a number of seconds, or an
 * HTTP-date in any of the three forms recipients must accept (IMF-fixdate {@code Sun, 06 Nov 1994
 * 08:49:37 GMT}, the obsolete RFC 850 {@code Sunday, 06-Nov-94 08:49:37 GMT} and asctime {@code Sun
 * Nov 6 08:49:37 1994}).
 */
final class RetryAfter {

  /**
   * The longest wait taken from a server: a longer {@code Retry-After} (in practice a server bug)
   * is taken as this long, so a wait stays within what timers can express and a stuck capture shows
   * up within a day.
   */
  static final Duration MAX = Duration.ofHours(24);

  private static final Pattern SECONDS = Pattern.compile("\\d{1,18}");

  // The day names are skipped, not checked: a server's wrong weekday should not cost the wait
  // it asked for, and an RFC 850 date's weekday only fits once its century is known.
  private static final Pattern WEEKDAY_COMMA = Pattern.compile("[A-Za-z]+, (.+)");
  private static final Pattern WEEKDAY_SPACE = Pattern.compile("[A-Za-z]{3} (.+)");

  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .appendPattern("dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.US);

  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy", Locale.US);

  private RetryAfter() {}

  /**
   * How long {@code value} asks to wait, counted from {@code now}: a date in the past is no wait;
   * empty if {@code value} is absent or not a valid {@code Retry-After}.
   */
  static Optional<Duration> parse(String value, Instant now) {
    if (value == null) {
      return Optional.empty();
    }
    String text = value.trim();
    if (SECONDS.matcher(text).matches()) {
      return Optional.of(capped(Duration.ofSeconds(Long.parseLong(text))));
    }
    Instant date = date(text, now);
    if (date == null) {
      return Optional.empty();
    }
    Duration wait = Duration.between(now, date);
    return Optional.of(wait.isNegative() ? Duration.ZERO : capped(wait));
  }

  private static Duration capped(Duration wait) {
    return wait.compareTo(MAX) > 0 ? MAX : wait;
  }

  private static Instant date(String text, Instant now) {
    Matcher comma = WEEKDAY_COMMA.matcher(text);
    if (comma.matches()) {
      String date = comma.group(1);
      try {
        // RFC_1123_DATE_TIME reads IMF-fixdate without its (optional) day name.
        return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        return rfc850(date, now);
      }
    }
    Matcher space = WEEKDAY_SPACE.matcher(text);
    if (space.matches()) {
      try {
        return LocalDateTime.parse(space.group(1), ASCTIME).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  private static Instant rfc850(String date, Instant now) {
    try {
      Instant parsed = LocalDateTime.parse(date, RFC_850).toInstant(ZoneOffset.UTC);
      // A two-digit year more than 50 years ahead is the most recent such year in the past.
      Instant limit = now.atZone(ZoneOffset.UTC).plusYears(50).toInstant();
      return parsed.isAfter(limit)
          ? parsed.atZone(ZoneOffset.UTC).minusYears(100).toInstant()
          : parsed;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
