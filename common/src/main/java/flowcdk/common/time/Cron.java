package flowcdk.common.time;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resource's re-backfill schedule: the cron grammar and matching of Estuary's Python CDK
 * (docs/strategies.md#schedules), whose matching is the {@code pycron} 3.1.2 library's.
 *
 * <p>Grammar: the empty string (no schedule), or five fields (minute 0-59, hour 0-23, day of month
 * 1-31, month 1-12, day of week 0-6 with 0 = Sunday), each a comma-separated list of {@code N},
 * {@code N-M}, {@code *} or {@code *}{@code /S}; exactly the {@link #PATTERN} the Python CDK
 * publishes.
 *
 * <p>Matching (all in UTC), reproducing pycron's behaviour, quirks included:
 *
 * <ul>
 *   <li>a field that is exactly {@code *} matches everything; {@code N} matches N (leading zeros
 *       allowed); {@code N-M} matches N..M inclusive;
 *   <li>{@code *}{@code /S} matches when {@code value mod S == 0} (QUIRK: so {@code *}{@code /2} in
 *       day of month means days 2, 4, 6..., not 1, 3, 5... as in classic cron);
 *   <li>QUIRK: a {@code *} item inside a list ({@code *,5}) matches nothing;
 *   <li>QUIRK: a day-of-week range written backwards ({@code 5-1}) matches {@code 5..6} only, and
 *       decides the field at once: items after it are not consulted;
 *   <li>QUIRK: day of month and day of week are combined with OR when neither field's text contains
 *       {@code *}, and with AND otherwise (so {@code 0 0 13 * 5} fires on every 13th and every
 *       Friday, while {@code 0 0 *}{@code /2 * 1} fires only on even-numbered Mondays).
 * </ul>
 *
 * <p>Deliberate deviations, both cases where Python fails at run time: fields may be separated by
 * any run of whitespace the pattern accepts (pycron splits on single spaces and raises on anything
 * else), and a zero step ({@code *}{@code /0}, accepted by the pattern) is rejected by {@link
 * #parse} instead of dividing by zero when first evaluated.
 */
public final class Cron {

  /** The schedule pattern, exactly as the Python CDK's resource config schema publishes it. */
  public static final String PATTERN =
      "^((?:[0-5]?\\d(?:-[0-5]?\\d)?|\\*(?:/[0-5]?\\d)?)(?:,(?:[0-5]?\\d(?:-[0-5]?\\d)?|\\*(?:/[0-5]?\\d)?))*)\\s+"
          + "((?:[01]?\\d|2[0-3]|(?:[01]?\\d|2[0-3])-(?:[01]?\\d|2[0-3])|\\*(?:/[01]?\\d|/2[0-3])?)"
          + "(?:,(?:[01]?\\d|2[0-3]|(?:[01]?\\d|2[0-3])-(?:[01]?\\d|2[0-3])|\\*(?:/[01]?\\d|/2[0-3])?))*)\\s+"
          + "((?:0?[1-9]|[12]\\d|3[01]|(?:0?[1-9]|[12]\\d|3[01])-(?:0?[1-9]|[12]\\d|3[01])|\\*(?:/[0-9]|/1[0-9]|/2[0-9]|/3[01])?)"
          + "(?:,(?:0?[1-9]|[12]\\d|3[01]|(?:0?[1-9]|[12]\\d|3[01])-(?:0?[1-9]|[12]\\d|3[01])|\\*(?:/[0-9]|/1[0-9]|/2[0-9]|/3[01])?))*)\\s+"
          + "((?:[1-9]|1[0-2]|(?:[1-9]|1[0-2])-(?:[1-9]|1[0-2])|\\*(?:/[1-9]|/1[0-2])?)"
          + "(?:,(?:[1-9]|1[0-2]|(?:[1-9]|1[0-2])-(?:[1-9]|1[0-2])|\\*(?:/[1-9]|/1[0-2])?))*)\\s+"
          + "((?:[0-6]|(?:[0-6])-(?:[0-6])|\\*(?:/[0-6])?)(?:,(?:[0-6]|(?:[0-6])-(?:[0-6])|\\*(?:/[0-6])?))*)$|^$";

  /** The bound of {@link #nextFire(String, Instant)}: how long a connector process runs at most. */
  public static final Duration RESTART_INTERVAL = Duration.ofHours(24);

  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  // Deliberately the time of class loading, about when the process started: defaultEnd().
  @SuppressWarnings("TimeInStaticInitializer")
  private static final Instant PROCESS_START = Instant.now();

  private static final Cron NONE = new Cron("", null, null, null, null, null, false);

  private final String expression;
  private final boolean[] minutes;
  private final boolean[] hours;
  private final boolean[] daysOfMonth;
  private final boolean[] months;
  private final boolean[] daysOfWeek;
  private final boolean daysOr;

  private Cron(
      String expression,
      boolean[] minutes,
      boolean[] hours,
      boolean[] daysOfMonth,
      boolean[] months,
      boolean[] daysOfWeek,
      boolean daysOr) {
    this.expression = expression;
    this.minutes = minutes;
    this.hours = hours;
    this.daysOfMonth = daysOfMonth;
    this.months = months;
    this.daysOfWeek = daysOfWeek;
    this.daysOr = daysOr;
  }

  /** Whether {@code expression} is in the grammar (the {@link #PATTERN}; the empty string is). */
  public static boolean isValid(String expression) {
    return COMPILED.matcher(expression).matches();
  }

  /**
   * Parses a schedule; the empty string is the schedule that never fires.
   *
   * @throws IllegalArgumentException naming the expression and the grammar if it is not valid
   */
  public static Cron parse(String expression) {
    if (!isValid(expression)) {
      throw new IllegalArgumentException(
          "not a cron schedule: \""
              + expression
              + "\". Expected the empty string"
              + " (no schedule) or five fields separated by spaces: minute 0-59, hour 0-23, day of month 1-31,"
              + " month 1-12, day of week 0-6 (0 = Sunday); each a comma-separated list of N, N-M, * or */S,"
              + " e.g. \"0 */6 * * *\"; names (JAN, MON) and N-M/S are not supported.");
    }
    if (expression.isEmpty()) {
      return NONE;
    }
    String[] fields = expression.trim().split("\\s+", -1);
    boolean[] minutes = field(expression, fields[0], 0, 59, false);
    boolean[] hours = field(expression, fields[1], 0, 23, false);
    boolean[] doms = field(expression, fields[2], 1, 31, false);
    boolean[] months = field(expression, fields[3], 1, 12, false);
    boolean[] dows = field(expression, fields[4], 0, 6, true);
    boolean or = !fields[2].contains("*") && !fields[4].contains("*");
    return new Cron(expression, minutes, hours, doms, months, dows, or);
  }

  /** The expression as given. */
  public String expression() {
    return expression;
  }

  /** Whether this is the empty schedule, which never fires. */
  public boolean isEmpty() {
    return minutes == null;
  }

  /** Whether the schedule fires at {@code instant}'s minute (UTC; seconds are ignored). */
  public boolean matches(Instant instant) {
    if (isEmpty()) {
      return false;
    }
    ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
    boolean dom = daysOfMonth[t.getDayOfMonth()];
    boolean dow = daysOfWeek[t.getDayOfWeek().getValue() % 7];
    return minutes[t.getMinute()]
        && hours[t.getHour()]
        && months[t.getMonthValue()]
        && (daysOr ? dom || dow : dom && dow);
  }

  /**
   * The first minute after {@code start}'s minute at which the schedule fires, searching while the
   * candidate is before {@code end}, or empty (always for the empty schedule). As in the Python
   * CDK, {@code start} is truncated to the minute and the bound is checked before stepping, so the
   * result can be up to one minute <em>after</em> {@code end} (QUIRK, reproduced).
   */
  public Optional<Instant> nextFire(Instant start, Instant end) {
    if (isEmpty()) {
      return Optional.empty();
    }
    Instant t = start.truncatedTo(ChronoUnit.MINUTES);
    while (t.isBefore(end)) {
      t = t.plus(1, ChronoUnit.MINUTES);
      if (matches(t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** {@link #nextFire(Instant, Instant)} of {@code parse(expression)}. */
  public static Optional<Instant> nextFire(String expression, Instant start, Instant end) {
    return parse(expression).nextFire(start, end);
  }

  /**
   * {@link #nextFire(String, Instant, Instant)} bounded by {@link #defaultEnd()}, as the Python
   * CDK's default bound.
   */
  public static Optional<Instant> nextFire(String expression, Instant start) {
    return nextFire(expression, start, defaultEnd());
  }

  /**
   * The Python CDK's default search bound: when this class was loaded (about when the process
   * started) plus {@link #RESTART_INTERVAL}, fixed for the life of the process. Beyond it the
   * periodic restart comes first. Code running on a {@link CaptureClock} should pass its own bound
   * (the capture's Open instant plus {@link #RESTART_INTERVAL}) so tests stay deterministic.
   */
  public static Instant defaultEnd() {
    return PROCESS_START.plus(RESTART_INTERVAL);
  }

  /** Evaluates pycron's item matching for every possible value of a field. */
  private static boolean[] field(
      String expression, String text, int min, int max, boolean dayOfWeek) {
    boolean[] matches = new boolean[max + 1];
    for (int target = min; target <= max; target++) {
      matches[target] = matchesField(expression, text, target, dayOfWeek);
    }
    return matches;
  }

  private static boolean matchesField(
      String expression, String text, int target, boolean dayOfWeek) {
    if (text.equals("*")) {
      return true;
    }
    for (String item : text.split(",", -1)) {
      if (item.isEmpty()) {
        continue;
      }
      int dash = item.indexOf('-');
      int slash = item.indexOf('/');
      if (dash < 0 && slash < 0 && !item.equals("*")) {
        if (Integer.parseInt(item) == target) {
          return true;
        }
      }
      if (dash >= 0) {
        int start = Integer.parseInt(item.substring(0, dash));
        int end = Integer.parseInt(item.substring(dash + 1));
        if (target >= start && target <= end) {
          return true;
        }
        if (dayOfWeek && start > end) {
          return target >= start && target <= end + 6; // pycron: decides the field, even if false
        }
      }
      if (slash >= 0) {
        int step = Integer.parseInt(item.substring(slash + 1));
        if (step == 0) {
          throw new IllegalArgumentException(
              "cron schedule \""
                  + expression
                  + "\": the step of \""
                  + item
                  + "\" is 0, which never fires (the Python CDK fails dividing by zero); use a step of 1 or more.");
        }
        if (target % step == 0) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return expression;
  }
}
