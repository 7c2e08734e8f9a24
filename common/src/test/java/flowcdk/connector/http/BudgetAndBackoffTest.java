package flowcdk.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The values configuring the client: budgets, back-offs and settings. */
class BudgetAndBackoffTest {

  @Test
  void budgetsCombineARateAndAConcurrencyLimit() {
    RateBudget both = RateBudget.perSecond(10).maxConcurrent(4);
    assertEquals(OptionalDouble.of(10), both.rateLimit());
    assertEquals(OptionalInt.of(4), both.concurrencyLimit());
    assertTrue(RateBudget.unlimited().isUnlimited());
    assertEquals(OptionalDouble.empty(), RateBudget.unlimited().maxConcurrent(2).rateLimit());
    assertThrows(IllegalArgumentException.class, () -> RateBudget.perSecond(0));
    assertThrows(IllegalArgumentException.class, () -> RateBudget.perSecond(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> RateBudget.unlimited().maxConcurrent(0));
  }

  @Test
  void backOffCeilingsDoubleUpToTheCap() {
    Backoff backoff = Backoff.defaults();
    assertEquals(Duration.ofSeconds(1), backoff.ceiling(1));
    assertEquals(Duration.ofSeconds(2), backoff.ceiling(2));
    assertEquals(Duration.ofSeconds(32), backoff.ceiling(6));
    assertEquals(Duration.ofSeconds(60), backoff.ceiling(7));
    assertEquals(Duration.ofSeconds(60), backoff.ceiling(10_000));
  }

  @Test
  void backOffWaitsAreJitteredBelowTheCeilingAndReproducibleWithASeed() {
    Backoff backoff = Backoff.defaults().withSeed(42);
    Random first = new Random(backoff.seed());
    Random second = new Random(backoff.seed());
    boolean varied = false;
    Duration previous = null;
    for (int retry = 1; retry <= 50; retry++) {
      Duration wait = backoff.delay(retry, first);
      assertEquals(wait, backoff.delay(retry, second));
      assertTrue(!wait.isNegative() && wait.compareTo(backoff.ceiling(retry)) <= 0);
      varied |= previous != null && !wait.equals(previous);
      previous = wait;
    }
    assertTrue(varied);
    assertThrows(IllegalArgumentException.class, () -> backoff.ceiling(0));
  }

  @Test
  void settingsHaveTheDocumentedDefaults() {
    HttpSettings defaults = HttpSettings.defaults();
    assertTrue(defaults.budget().isUnlimited());
    assertEquals(Duration.ofSeconds(30), defaults.connectTimeout());
    assertEquals(Duration.ofMinutes(5), defaults.timeout());
    assertEquals("flowcdk/dev", defaults.userAgent());
    assertEquals(100, defaults.maxConnections());
    assertEquals(Duration.ofSeconds(60), defaults.retries().cap());
    HttpSettings secret =
        defaults.header("X-Api-Key", "k-S3CRET-123").header("x-api-key", "k-S3CRET-456");
    assertEquals(1, secret.headers().size());
    assertTrue(!secret.toString().contains("k-S3CRET-456"), secret.toString());
  }
}
