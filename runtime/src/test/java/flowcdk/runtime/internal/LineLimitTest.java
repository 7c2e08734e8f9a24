package flowcdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.JsonFactories;
import org.junit.jupiter.api.Test;

class LineLimitTest {

  private static final long MIB = 1L << 20;

  @Test
  void aSmallHeapLowersTheLimitToATwelfthOfIt() {
    LineLimit limit = LineLimit.forHeap(120 * MIB);
    assertEquals(10 * MIB, limit.bytes());
    assertTrue(limit.heapBound());
    assertEquals(
        "request on line 3 of stdin is longer than the limit of 10485760 bytes (10.0 MiB: a"
            + " twelfth of the JVM's maximum heap of 120.0 MiB, since parsing a line takes up to"
            + " about 9 times its size in heap); give the connector more heap (raise -Xmx, or the"
            + " container's memory limit when the heap is a percentage of it): lines of up to a"
            + " twelfth of the heap are accepted, the full 128 MiB with a heap of 1.5 GiB",
        limit.tooLong(3));
  }

  @Test
  void aLargeHeapKeepsFlowsLimit() {
    for (long heap : new long[] {1536 * MIB, 8192 * MIB, Long.MAX_VALUE}) {
      LineLimit limit = LineLimit.forHeap(heap);
      assertEquals(JsonFactories.MAX_LINE_BYTES, limit.bytes());
      assertFalse(limit.heapBound());
      assertEquals(
          "request on line 1 of stdin is longer than the limit of 134217728 bytes (128 MiB); Flow"
              + " never sends longer requests, so check what writes to this connector's stdin",
          limit.tooLong(1));
    }
    assertTrue(LineLimit.forHeap(1536 * MIB - 1).heapBound());
  }

  @Test
  void aTinyHeapStillReadsOrdinaryRequests() {
    assertEquals(64 * 1024, LineLimit.forHeap(MIB / 2).bytes());
  }

  @Test
  void thisJvmsLimitFollowsItsHeap() {
    assertEquals(Runtime.getRuntime().maxMemory(), LineLimit.current().maxHeap());
  }

  @Test
  void sizesReadAsPeopleWriteThem() {
    assertEquals("123.8 MiB", LineLimit.size(129_761_280L));
    assertEquals("1.5 GiB", LineLimit.size(1536 * MIB));
  }
}
