package flowcdk.runtime.codec;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The duration text forms of the Python CDK (docs/models.md#durations): what it accepts and its
 * canonical output.
 *
 * <p>Accepted:
 *
 * <ul>
 *   <li>ISO 8601: optional {@code -}, {@code P}, then in this order and each at most once {@code
 *       nY} (365 days), {@code nM} (30 days), {@code nW} (7 days), {@code nD}, and optionally
 *       {@code T} followed by {@code nH}, {@code nM}, {@code n[.f]S}; at least one component, and
 *       at least one after a {@code T}. Only seconds may have a fraction (1 to 9 digits). Upper
 *       case only.
 *   <li>Clock form, as Python's {@code str(timedelta)} writes it: {@code H:MM:SS} or {@code
 *       HH:MM:SS} with an optional fraction of 1 to 9 digits, optionally preceded by {@code "N day,
 *       "} or {@code "N days, "}. Minutes and seconds are 00 to 59. No sign: Python writes negative
 *       durations as {@code "-1 day, 23:59:55"} (a negative day count plus a positive time), and
 *       rather than guess which reading a producer meant, such text is rejected.
 * </ul>
 *
 * <p>Canonical output: optional {@code -}, {@code P}, whole 365-day years as {@code nY}, remaining
 * days as {@code nD}, then if there is a time part {@code T} with non-zero {@code nH}, {@code nM}
 * and seconds {@code n[.f]S} (fraction without trailing zeros); zero is {@code PT0S}.
 */
final class DurationText {

  private static final Pattern ISO =
      Pattern.compile(
          "(-)?P(?:(\\d{1,18})Y)?(?:(\\d{1,18})M)?(?:(\\d{1,18})W)?(?:(\\d{1,18})D)?"
              + "(T(?:(\\d{1,18})H)?(?:(\\d{1,18})M)?(?:(\\d{1,18})(?:\\.(\\d{1,9}))?S)?)?");

  private static final Pattern CLOCK =
      Pattern.compile("(?:(\\d{1,9}) days?, )?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?");

  private static final long DAY = 86_400;

  private DurationText() {}

  /** Parses either accepted form; {@code null} if {@code text} is neither or out of range. */
  static Duration parse(String text) {
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return iso(iso);
    }
    Matcher clock = CLOCK.matcher(text);
    if (clock.matches()) {
      return clock(clock);
    }
    return null;
  }

  private static Duration iso(Matcher m) {
    boolean anyDate =
        m.group(2) != null || m.group(3) != null || m.group(4) != null || m.group(5) != null;
    boolean anyTime = m.group(7) != null || m.group(8) != null || m.group(9) != null;
    if (m.group(6) != null ? !anyTime : !anyDate) {
      return null;
    }
    try {
      long days =
          Math.addExact(
              Math.addExact(
                  Math.multiplyExact(number(m, 2), 365), Math.multiplyExact(number(m, 3), 30)),
              Math.addExact(Math.multiplyExact(number(m, 4), 7), number(m, 5)));
      long seconds =
          Math.addExact(
              Math.addExact(Math.multiplyExact(days, DAY), Math.multiplyExact(number(m, 7), 3600)),
              Math.addExact(Math.multiplyExact(number(m, 8), 60), number(m, 9)));
      Duration duration = Duration.ofSeconds(seconds, nanos(m.group(10)));
      return m.group(1) != null ? duration.negated() : duration;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static Duration clock(Matcher m) {
    long minutes = Long.parseLong(m.group(3));
    long seconds = Long.parseLong(m.group(4));
    if (minutes > 59 || seconds > 59) {
      return null;
    }
    long total = number(m, 1) * DAY + Long.parseLong(m.group(2)) * 3600 + minutes * 60 + seconds;
    return Duration.ofSeconds(total, nanos(m.group(5)));
  }

  private static long number(Matcher m, int group) {
    String digits = m.group(group);
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static long nanos(String fraction) {
    if (fraction == null) {
      return 0;
    }
    long nanos = Long.parseLong(fraction);
    for (int i = fraction.length(); i < 9; i++) {
      nanos *= 10;
    }
    return nanos;
  }

  /** The canonical text of {@code duration}. */
  static String format(Duration duration) {
    long seconds = duration.getSeconds();
    int nanos = duration.getNano();
    boolean negative = seconds < 0;
    if (negative) {
      // Magnitude as an unsigned long, so that Duration.ofSeconds(Long.MIN_VALUE) works too.
      if (nanos == 0) {
        seconds = -seconds;
      } else {
        seconds = -seconds - 1;
        nanos = 1_000_000_000 - nanos;
      }
    }
    long days = Long.divideUnsigned(seconds, DAY);
    long rest = Long.remainderUnsigned(seconds, DAY);
    StringBuilder out = new StringBuilder(24);
    if (negative) {
      out.append('-');
    }
    out.append('P');
    if (days >= 365) {
      out.append(days / 365).append('Y');
    }
    if (days % 365 != 0) {
      out.append(days % 365).append('D');
    }
    if (rest != 0 || nanos != 0) {
      out.append('T');
      if (rest >= 3600) {
        out.append(rest / 3600).append('H');
      }
      if (rest / 60 % 60 != 0) {
        out.append(rest / 60 % 60).append('M');
      }
      if (rest % 60 != 0 || nanos != 0) {
        out.append(rest % 60);
        if (nanos != 0) {
          int end = out.append('.').length();
          TemporalText.pad(out, nanos, 9);
          int last = out.length();
          while (out.charAt(last - 1) == '0') {
            last--;
          }
          out.setLength(Math.max(last, end));
        }
        out.append('S');
      }
    } else if (days == 0) {
      out.append("T0S");
    }
    return out.toString();
  }
}
