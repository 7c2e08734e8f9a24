package flowcdk.runtime.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Strict RFC 3339 parsing and Python-CDK-compatible formatting of dates and times.
 *
 * <p>Accepted: {@code yyyy-MM-dd}, {@code HH:mm:ss} with an optional fraction of 1 to 9 digits,
 * {@code T}, {@code t} or a space between date and time, and {@code Z}, {@code z} or {@code ±HH:MM}
 * as the offset. Written: {@code T}, {@code Z} for a zero offset else {@code ±HH:MM} (with {@code
 * :SS} only if the offset has seconds), and a fraction only when non-zero: 6 digits, or 9 when the
 * value has sub-microsecond precision.
 */
final class TemporalText {

  /** A parsed date-time; {@code offset} is {@code null} when the text had none. */
  record DateTime(LocalDateTime local, ZoneOffset offset) {}

  private TemporalText() {}

  /** {@code yyyy-MM-dd}, or {@code null} if {@code text} is anything else or not a real date. */
  static LocalDate parseDate(String text) {
    if (text.length() != 10) {
      return null;
    }
    return date(text);
  }

  /** {@code HH:mm[:ss[.f]]}, or {@code null}. Seconds are optional for a bare time of day. */
  static LocalTime parseTime(String text) {
    if (text.length() == 5) {
      int hour = twoDigits(text, 0);
      int minute = twoDigits(text, 3);
      return text.charAt(2) == ':' ? time(hour, minute, 0, 0) : null;
    }
    return time(text, 0);
  }

  /** A date, a separator, a time with seconds and an optional offset; {@code null} if malformed. */
  static DateTime parseDateTime(String text) {
    if (text.length() < 19) {
      return null;
    }
    char separator = text.charAt(10);
    if (separator != 'T' && separator != 't' && separator != ' ') {
      return null;
    }
    LocalDate date = date(text);
    int end = timeEnd(text, 11);
    if (date == null || end < 0) {
      return null;
    }
    LocalTime time = time(text.substring(11, end), 0);
    if (time == null) {
      return null;
    }
    ZoneOffset offset = null;
    if (end < text.length()) {
      offset = offset(text, end);
      if (offset == null) {
        return null;
      }
    }
    return new DateTime(LocalDateTime.of(date, time), offset);
  }

  /** {@code 2024-01-02T03:04:05[.ffffff]Z}. */
  static String formatInstant(Instant instant) {
    LocalDateTime utc;
    try {
      utc =
          LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return instant.toString(); // beyond year 999999999: Java's own ISO form
    }
    return format(utc, ZoneOffset.UTC);
  }

  /** First second of 0000-01-01T00:00:00Z. */
  private static final long FIRST_FAST_SECOND = -62167219200L;

  /** Last second of 9999-12-31T23:59:59Z. */
  private static final long LAST_FAST_SECOND = 253402300799L;

  /**
   * Writes {@link #formatInstant}'s text for {@code instant} into {@code out} (at least 30 chars)
   * and returns its length, without intermediate objects; or returns -1 for years outside 0..9999,
   * which {@link #formatInstant} handles.
   */
  static int formatInstant(Instant instant, char[] out) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIRST_FAST_SECOND || seconds > LAST_FAST_SECOND) {
      return -1;
    }
    long days = Math.floorDiv(seconds, 86400L);
    int secondOfDay = (int) (seconds - days * 86400L);
    // Days to the proleptic Gregorian civil date (H. Hinnant's days_from_civil, inverted).
    long z = days + 719468L;
    long era = Math.floorDiv(z, 146097L);
    int dayOfEra = (int) (z - era * 146097L);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int shiftedMonth = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    int year = (int) (yearOfEra + era * 400) + (month <= 2 ? 1 : 0);
    twoDigits(out, 0, year / 100);
    twoDigits(out, 2, year % 100);
    out[4] = '-';
    twoDigits(out, 5, month);
    out[7] = '-';
    twoDigits(out, 8, day);
    out[10] = 'T';
    int minuteOfDay = secondOfDay / 60;
    twoDigits(out, 11, minuteOfDay / 60);
    out[13] = ':';
    twoDigits(out, 14, minuteOfDay % 60);
    out[16] = ':';
    twoDigits(out, 17, secondOfDay - minuteOfDay * 60);
    int end = 19;
    int nanos = instant.getNano();
    if (nanos != 0) {
      out[end++] = '.';
      if (nanos % 1000 == 0) {
        digits(out, end, nanos / 1000, 6);
        end += 6;
      } else {
        digits(out, end, nanos, 9);
        end += 9;
      }
    }
    out[end++] = 'Z';
    return end;
  }

  private static final char[] TENS = new char[100];
  private static final char[] ONES = new char[100];

  static {
    for (int i = 0; i < 100; i++) {
      TENS[i] = (char) ('0' + i / 10);
      ONES[i] = (char) ('0' + i % 10);
    }
  }

  /** {@code value} (0 to 99) as two digits at {@code at}. */
  private static void twoDigits(char[] out, int at, int value) {
    out[at] = TENS[value];
    out[at + 1] = ONES[value];
  }

  /** {@code value} (non-negative, at most {@code width} digits) zero-padded into {@code out}. */
  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** The date-time followed by its offset, {@code Z} for zero. */
  static String format(LocalDateTime dateTime, ZoneOffset offset) {
    StringBuilder out = new StringBuilder(35);
    appendDate(out, dateTime.toLocalDate());
    appendTime(out.append('T'), dateTime.toLocalTime());
    if (offset != null) {
      appendOffset(out, offset);
    }
    return out.toString();
  }

  static String format(LocalDate date) {
    StringBuilder out = new StringBuilder(10);
    appendDate(out, date);
    return out.toString();
  }

  static String format(LocalTime time) {
    StringBuilder out = new StringBuilder(18);
    appendTime(out, time);
    return out.toString();
  }

  private static void appendDate(StringBuilder out, LocalDate date) {
    int year = date.getYear();
    if (year > 9999) {
      out.append('+').append(year);
    } else {
      if (year < 0) {
        out.append('-');
        year = -year;
      }
      pad(out, year, 4);
    }
    pad(out.append('-'), date.getMonthValue(), 2);
    pad(out.append('-'), date.getDayOfMonth(), 2);
  }

  private static void appendTime(StringBuilder out, LocalTime time) {
    pad(out, time.getHour(), 2);
    pad(out.append(':'), time.getMinute(), 2);
    pad(out.append(':'), time.getSecond(), 2);
    int nanos = time.getNano();
    if (nanos != 0) {
      out.append('.');
      if (nanos % 1000 == 0) {
        pad(out, nanos / 1000, 6);
      } else {
        pad(out, nanos, 9);
      }
    }
  }

  private static void appendOffset(StringBuilder out, ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    if (total == 0) {
      out.append('Z');
      return;
    }
    out.append(total < 0 ? '-' : '+');
    total = Math.abs(total);
    pad(out, total / 3600, 2);
    pad(out.append(':'), total / 60 % 60, 2);
    if (total % 60 != 0) {
      pad(out.append(':'), total % 60, 2);
    }
  }

  static void pad(StringBuilder out, long value, int width) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }

  private static LocalDate date(String text) {
    if (text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int century = twoDigits(text, 0);
    int yearOfCentury = twoDigits(text, 2);
    int month = twoDigits(text, 5);
    int day = twoDigits(text, 8);
    if (century < 0 || yearOfCentury < 0 || month < 0 || day < 0) {
      return null;
    }
    int year = century * 100 + yearOfCentury;
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code HH:mm:ss[.f{1,9}]} spanning from {@code at} to the end of {@code text}. */
  private static LocalTime time(String text, int at) {
    if (timeEnd(text, at) != text.length()) {
      return null;
    }
    int nanos = 0;
    int digits = text.length() - at - 9;
    if (digits > 0) {
      for (int i = 0; i < 9; i++) {
        nanos = nanos * 10 + (i < digits ? text.charAt(at + 9 + i) - '0' : 0);
      }
    }
    return time(twoDigits(text, at), twoDigits(text, at + 3), twoDigits(text, at + 6), nanos);
  }

  /** Where a well-formed {@code HH:mm:ss[.f{1,9}]} starting at {@code at} ends, or -1. */
  private static int timeEnd(String text, int at) {
    if (text.length() < at + 8
        || text.charAt(at + 2) != ':'
        || text.charAt(at + 5) != ':'
        || twoDigits(text, at) < 0
        || twoDigits(text, at + 3) < 0
        || twoDigits(text, at + 6) < 0) {
      return -1;
    }
    int end = at + 8;
    if (end < text.length() && text.charAt(end) == '.') {
      int digits = 0;
      while (end + 1 + digits < text.length() && isDigit(text.charAt(end + 1 + digits))) {
        digits++;
      }
      if (digits == 0 || digits > 9) {
        return -1;
      }
      end += 1 + digits;
    }
    return end;
  }

  private static LocalTime time(int hour, int minute, int second, int nanos) {
    if (hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    try {
      return LocalTime.of(hour, minute, second, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * {@code Z}, {@code z} or {@code ±HH:MM} spanning from {@code at} to the end, or {@code null}.
   */
  private static ZoneOffset offset(String text, int at) {
    int length = text.length() - at;
    char first = text.charAt(at);
    if (length == 1 && (first == 'Z' || first == 'z')) {
      return ZoneOffset.UTC;
    }
    if (length != 6 || (first != '+' && first != '-') || text.charAt(at + 3) != ':') {
      return null;
    }
    int hours = twoDigits(text, at + 1);
    int minutes = twoDigits(text, at + 4);
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return null;
    }
    int sign = first == '-' ? -1 : 1;
    try {
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The two decimal digits at {@code at} as a number, or -1 if they are not two digits. */
  private static int twoDigits(String text, int at) {
    if (at + 2 > text.length()) {
      return -1;
    }
    char tens = text.charAt(at);
    char units = text.charAt(at + 1);
    return isDigit(tens) && isDigit(units) ? (tens - '0') * 10 + (units - '0') : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
