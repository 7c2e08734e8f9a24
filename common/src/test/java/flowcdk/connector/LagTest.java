package flowcdk.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The incremental loop's wait after a cursor saturates instead of overflowing. */
class LagTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void waitsOutTheRestOfTheInterval() {
    assertEquals(
        Duration.ofMinutes(40),
        Lag.untilIntervalElapsed(NOW.minus(Duration.ofMinutes(20)), NOW, HOUR));
    assertEquals(Duration.ZERO, Lag.untilIntervalElapsed(NOW.minus(HOUR), NOW, HOUR));
    assertEquals(Duration.ZERO, Lag.untilIntervalElapsed(NOW.minusSeconds(7200), NOW, HOUR));
  }

  @Test
  void extremeCursorsSaturate() {
    // PostgreSQL's infinity and -infinity as the JDBC driver gives them, and Instant's own ends.
    for (Instant cursor :
        new Instant[] {
          OffsetDateTime.MAX.toInstant(), Instant.MAX, Instant.parse("+12000-01-01T00:00:00Z")
        }) {
      Duration wait = Lag.untilIntervalElapsed(cursor, NOW, HOUR);
      assertEquals(HOUR, wait, cursor.toString());
      assertEquals(3_600_000L, wait.toMillis());
    }
    for (Instant cursor : new Instant[] {OffsetDateTime.MIN.toInstant(), Instant.MIN}) {
      assertEquals(Duration.ZERO, Lag.untilIntervalElapsed(cursor, NOW, HOUR), cursor.toString());
    }
  }

  @Test
  void aCursorAheadOfTheClockWaitsOneInterval() {
    assertEquals(HOUR, Lag.untilIntervalElapsed(NOW.plusSeconds(5), NOW, HOUR));
  }
}
