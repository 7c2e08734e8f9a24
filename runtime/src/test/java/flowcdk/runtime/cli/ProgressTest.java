package flowcdk.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress lines: documents per binding and the rate since the previous line. */
class ProgressTest {

  @Test
  void reportsCountsAndRatesPerInterval() {
    Progress progress = new Progress(List.of("users", "orders"), 0);
    for (int i = 0; i < 30; i++) {
      progress.document(0);
    }
    progress.document(1);
    progress.document(7); // an index no binding has is ignored
    assertEquals(
        "progress: users 30 docs (15.0/s), orders 1 doc (0.5/s)", progress.line(2_000_000_000L));
    progress.document(0);
    assertEquals(
        "progress: users 31 docs (1.0/s), orders 1 doc (0.0/s)", progress.line(3_000_000_000L));
    assertEquals("users: 31, orders: 1", progress.totals());
  }
}
