package flowcdk.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link KeyRange}: the hash is stable, and split ranges cover the space once. */
class KeyRangeTest {

  /**
   * Pinned values, recorded from this implementation (whose HighwayHash-64 passes the algorithm's
   * published vectors, {@code HighwayHashTest}): a change here would move work between the shards
   * of running captures, so it must fail loudly.
   */
  @Test
  void theHashIsPinned() {
    assertEquals(3741272170L, KeyRange.hash(""));
    assertEquals(3395071127L, KeyRange.hash("items0"));
    assertEquals(3959772680L, KeyRange.hash("public.customers"));
  }

  @Test
  void splitRangesCoverTheSpaceOnce() {
    for (int count : new int[] {1, 2, 3, 4, 7, 8}) {
      List<KeyRange> ranges = KeyRange.split(count);
      assertEquals(count, ranges.size());
      assertEquals(0, ranges.get(0).begin());
      assertEquals(KeyRange.MAX, ranges.get(count - 1).end());
      for (int i = 1; i < count; i++) {
        assertEquals(ranges.get(i - 1).end() + 1, ranges.get(i).begin());
      }
      for (int name = 0; name < 500; name++) {
        String item = "item" + name;
        assertEquals(1, ranges.stream().filter(r -> r.claims(item)).count(), item);
      }
    }
    assertTrue(KeyRange.split(1).get(0).isFull());
    assertEquals(0.25, KeyRange.split(4).get(2).share(), 1e-12);
  }

  @Test
  void badBoundsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new KeyRange(5, 4));
    assertThrows(IllegalArgumentException.class, () -> new KeyRange(0, KeyRange.MAX + 1));
    assertFalse(new KeyRange(0, 10).contains(11));
  }
}
