package flowcdk.runtime.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code --timeout}: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1m30s}, or
 * ISO-8601.
 */
final class Durations {

  private static final Pattern SHORT = Pattern.compile("(?:\\d+(?:ms|s|m|h))+");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

  private Durations() {}

  /**
   * The duration {@code text} names; it must be positive.
   *
   * @throws UsageException if {@code text} is not a duration or not positive
   */
  static Duration parse(Command command, String text) throws UsageException {
    String trimmed = text.trim();
    Duration duration = null;
    try {
      if (SHORT.matcher(trimmed).matches()) {
        duration = Duration.ZERO;
        Matcher part = PART.matcher(trimmed);
        while (part.find()) {
          long amount = Long.parseLong(part.group(1));
          duration =
              duration.plus(
                  switch (part.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                  });
        }
      } else if (trimmed.toUpperCase(Locale.ROOT).startsWith("P")) {
        duration = Duration.parse(trimmed);
      }
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      duration = null;
    }
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new UsageException(
          "--timeout must be a positive duration such as 30s, 5m, 1h, 1m30s or PT30S,"
              + " but is '"
              + text
              + "'",
          command);
    }
    return duration;
  }
}
