package flowcdk.example.greenhouse.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Harvest's {@code updated_at} filter: operator and timestamp pairs joined by {@code |}, such as
 * {@code gte|2025-03-01T00:00:00Z|lte|2025-03-20T00:00:00Z}.
 */
public final class UpdatedAt {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private UpdatedAt() {}

  /** Records updated after {@code start} and at or before {@code end}: incremental windows. */
  public static String after(Instant start, Instant end) {
    return "gt|" + text(start) + "|lte|" + text(end);
  }

  /** Records updated at or after {@code start} and at or before {@code end}: backfills. */
  public static String from(Instant start, Instant end) {
    return "gte|" + text(start) + "|lte|" + text(end);
  }

  /**
   * An instant as the Python connector writes it: UTC with a {@code Z}, whole seconds, or six
   * fractional digits when it has a fraction (to the microsecond, as Python's datetimes).
   */
  static String text(Instant instant) {
    Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
    int nanos = micros.getNano();
    String seconds = SECONDS.format(micros);
    return nanos == 0 ? seconds + "Z" : seconds + String.format(".%06dZ", nanos / 1000);
  }
}
