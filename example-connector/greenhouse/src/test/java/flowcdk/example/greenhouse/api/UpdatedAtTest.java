package flowcdk.example.greenhouse.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Harvest's pipe-delimited {@code updated_at} filter. */
class UpdatedAtTest {

  private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
  private static final Instant END = Instant.parse("2025-03-20T12:30:00Z");

  @Test
  void backfillsIncludeTheStart() {
    assertEquals("gte|2025-03-01T00:00:00Z|lte|2025-03-20T12:30:00Z", UpdatedAt.from(START, END));
  }

  @Test
  void incrementalWindowsExcludeTheirStart() {
    assertEquals("gt|2025-03-01T00:00:00Z|lte|2025-03-20T12:30:00Z", UpdatedAt.after(START, END));
  }

  @Test
  void fractionsAreWrittenToTheMicrosecondWithSixDigits() {
    assertEquals("2025-03-01T00:00:00.120000Z", UpdatedAt.text(START.plusMillis(120)));
    assertEquals("2025-03-01T00:00:00.000001Z", UpdatedAt.text(START.plusNanos(1_999)));
    assertEquals("2025-03-01T00:00:00Z", UpdatedAt.text(START.plusNanos(999)));
  }
}
