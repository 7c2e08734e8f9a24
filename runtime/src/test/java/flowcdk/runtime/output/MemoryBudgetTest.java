package flowcdk.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryBudgetTest {

  private static final int CHUNK = MemoryBudget.CHUNK_SIZE;

  @Test
  void rejectsABudgetSmallerThanOneChunk() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new MemoryBudget(CHUNK - 1));
    assertTrue(e.getMessage().contains(String.valueOf(CHUNK)), e.getMessage());
    assertEquals(CHUNK, new MemoryBudget(CHUNK).limit());
  }

  @Test
  void handsOutChunksUntilTheLimit() {
    MemoryBudget budget = new MemoryBudget(3L * CHUNK + CHUNK / 2);
    byte[] a = budget.tryAcquire();
    byte[] b = budget.tryAcquire();
    byte[] c = budget.tryAcquire();
    assertNotNull(a);
    assertNotNull(b);
    assertNotNull(c);
    assertEquals(CHUNK, a.length);
    assertEquals(3L * CHUNK, budget.reserved());
    assertNull(budget.tryAcquire(), "a fourth chunk would exceed the limit");
    assertEquals(3L * CHUNK, budget.reserved(), "a refused request reserves nothing");

    budget.release(b);
    assertEquals(2L * CHUNK, budget.reserved());
    assertSame(b, budget.tryAcquire(), "released chunks are reused");
    assertNull(budget.tryAcquire());

    budget.release(a);
    budget.release(b);
    budget.release(c);
    assertEquals(0, budget.reserved());
  }

  @Test
  void concurrentAcquisitionNeverExceedsTheLimit() throws Exception {
    MemoryBudget budget = new MemoryBudget(10L * CHUNK);
    int threads = 8;
    int[] acquired = new int[threads];
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int index = t;
      workers[t] =
          new Thread(
              () -> {
                while (budget.tryAcquire() != null) {
                  acquired[index]++;
                }
              });
      workers[t].start();
    }
    int total = 0;
    for (int t = 0; t < threads; t++) {
      workers[t].join(30_000);
      total += acquired[t];
    }
    assertEquals(10, total);
    assertEquals(10L * CHUNK, budget.reserved());
  }
}
