package flowcdk.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link RateBudget#forShare}: an instance of a split capture gets its share of the budget. */
class RateBudgetShareTest {

  @Test
  void theRateAndConcurrencyAreDividedByTheShare() {
    RateBudget quarter = RateBudget.perSecond(10).maxConcurrent(8).forShare(0.25);
    assertEquals(2.5, quarter.rateLimit().getAsDouble(), 1e-12);
    assertEquals(2, quarter.concurrencyLimit().getAsInt());
    assertEquals(
        1, RateBudget.perSecond(1).maxConcurrent(2).forShare(0.125).concurrencyLimit().getAsInt());
  }

  @Test
  void aPerInstanceOrUnlimitedBudgetOrTheWholeSpaceKeepsIt() {
    RateBudget perInstance = RateBudget.perSecond(10).maxConcurrent(8).perInstance();
    assertSame(perInstance, perInstance.forShare(0.25));
    assertSame(RateBudget.unlimited(), RateBudget.unlimited().forShare(0.5));
    RateBudget budget = RateBudget.perSecond(3);
    assertSame(budget, budget.forShare(1));
    assertEquals("RateBudget[10.0/s, at most 8 in flight, per instance]", perInstance.toString());
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> RateBudget.perSecond(1).forShare(0));
    assertThrows(IllegalArgumentException.class, () -> RateBudget.perSecond(1).forShare(1.5));
  }
}
