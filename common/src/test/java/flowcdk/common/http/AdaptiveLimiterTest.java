package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.log.Log;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limiter's arithmetic against the Python CDK's documented numbers. */
class AdaptiveLimiterTest {

  private final AdaptiveLimiter limiter = new AdaptiveLimiter(Log.root().child("http"));

  /** Runs one attempt paced with the current delay, as the attempt loop does. */
  private void attempt(boolean got429) {
    limiter.update(limiter.delay(), got429);
  }

  @Test
  void beforeAny429EachRequestShrinksTheDelayByHalfAPercent() {
    assertEquals(1.0, limiter.delay());
    attempt(false);
    assertEquals(0.995, limiter.delay(), 1e-12);
    for (int i = 1; i < 100; i++) {
      attempt(false);
    }
    // 1 s → ~0.6 s after 100 requests → ~7 ms after 1,000.
    assertEquals(Math.pow(0.995, 100), limiter.delay(), 1e-9);
    assertEquals(0.6058, limiter.delay(), 1e-4);
    for (int i = 100; i < 1000; i++) {
      attempt(false);
    }
    assertEquals(0.00666, limiter.delay(), 1e-4);
  }

  @Test
  void beforeAny429ThereIsNoWaitThoughTheDelayIsKept() {
    assertEquals(Duration.ZERO, limiter.pacing(limiter.delay()));
    attempt(false);
    assertEquals(Duration.ZERO, limiter.pacing(limiter.delay()));
    assertFalse(limiter.rateLimited());
    attempt(true);
    assertTrue(limiter.rateLimited());
    assertEquals(AdaptiveLimiter.seconds(limiter.delay()), limiter.pacing(limiter.delay()));
    assertEquals(Duration.ofMillis(1500), limiter.pacing(1.5));
  }

  @Test
  void a429GrowsTheDelayByThreePercentAndLaterSuccessesShrinkItByAHundredthOfAPercent() {
    attempt(true);
    // u = max(4 × 1.0, 0.1) = 4: delay = 0.99 × 1 + 0.01 × 4.
    assertEquals(1.03, limiter.delay(), 1e-12);
    attempt(true);
    assertEquals(1.03 * 1.03, limiter.delay(), 1e-12);
    attempt(false);
    // u = d × 0.99: delay = d × (0.99 + 0.0099) = d × 0.9999.
    assertEquals(1.03 * 1.03 * 0.9999, limiter.delay(), 1e-12);
  }

  @Test
  void a429AfterTinyDelaysGrowsTheDelayByAtLeastAMillisecond() {
    limiter.update(0.0, true);
    // u = max(0, 0.1) = 0.1: delay = 0.99 + 0.001.
    assertEquals(0.991, limiter.delay(), 1e-12);
  }

  @Test
  void theDelayIsCappedAt300SecondsWithOneWarning() {
    try (CapturedLogs logs = new CapturedLogs()) {
      AdaptiveLimiter capped = new AdaptiveLimiter(Log.root().child("http"));
      for (int i = 0; i < 400; i++) {
        capped.update(capped.delay(), true);
      }
      assertEquals(300.0, capped.delay());
      List<Map<String, Object>> warnings =
          logs.withMessage("rate limiter has reached its maximum delay");
      assertEquals(1, warnings.size());
      Map<String, Object> fields = CapturedLogs.fields(warnings.get(0));
      assertEquals(300.0, ((Number) fields.get("delay")).doubleValue());
      assertEquals(fields.get("failed"), fields.get("total"));
    }
  }

  @Test
  void elevated429sAreWarnedAboutAbove5Percent() {
    try (CapturedLogs logs = new CapturedLogs()) {
      AdaptiveLimiter counted = new AdaptiveLimiter(Log.root().child("http"));
      for (int i = 0; i < 19; i++) {
        counted.update(counted.delay(), false);
      }
      // 1 of 20 is exactly 5 %: not above it.
      counted.update(counted.delay(), true);
      assertEquals(List.of(), logs.withMessage("rate limit errors are elevated"));
      counted.update(counted.delay(), true);
      List<Map<String, Object>> warnings = logs.withMessage("rate limit errors are elevated");
      assertEquals(1, warnings.size());
      Map<String, Object> fields = CapturedLogs.fields(warnings.get(0));
      assertEquals(2L, ((Number) fields.get("failed")).longValue());
      assertEquals(21L, ((Number) fields.get("total")).longValue());
      assertEquals(counted.delay(), ((Number) fields.get("delay")).doubleValue(), 1e-12);
      assertEquals("WARNING", warnings.get(0).get("level"));
    }
  }
}
