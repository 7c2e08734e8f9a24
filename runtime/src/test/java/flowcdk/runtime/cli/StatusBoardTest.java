package flowcdk.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.RawJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusBoardTest {

  private static final long SECOND = 1_000_000_000L;

  private final StatusBoard board =
      new StatusBoard(List.of("public.orders", "regions"), List.of("public.orders", "regions"), 0);

  @Test
  void phasesAndCursorsFollowTheCheckpoints() {
    board.checkpoint(
        RawJson.parse(
            "{\"bindingStateV1\":{\"public.orders\":{\"inc\":{\"cursor\":\"2026-01-01T00:00:00Z\"},"
                + "\"backfill\":{\"cutoff\":\"2026-01-01T00:00:00Z\",\"next_page\":null}}}}"));
    assertEquals("public.orders  backfill            0       0.0       0  first page", row(0));
    board.checkpoint(
        RawJson.parse(
            "{\"bindingStateV1\":{\"public.orders\":{\"backfill\":{\"next_page\":{\"id\":40}}}}}"));
    assertTrue(row(0).endsWith("page {\"id\":40}"), row(0));
    board.checkpoint(
        RawJson.parse(
            "{\"bindingStateV1\":{\"public.orders\":{\"backfill\":null,"
                + "\"inc\":{\"cursor\":\"2026-01-02T00:00:00Z\"}}}}"));
    assertEquals(
        "public.orders  incremental         0       0.0       0  2026-01-02T00:00:00Z", row(0));
    board.checkpoint(
        RawJson.parse(
            "{\"bindingStateV1\":{\"regions/0\":{\"snapshot\":{\"updated_at\":\"T\","
                + "\"last_count\":3,\"last_digest\":\"d\"}}}}"));
    assertEquals("regions        snapshot            0       0.0       0  3 rows at T", row(1));
  }

  @Test
  void documentsRatesAndProblemsAreCountedPerBinding() {
    for (int i = 0; i < 30; i++) {
      board.document(0);
    }
    board.document(1);
    board.problem("flow.capture.public.orders.backfill");
    board.problem("flow.capture.public.orders");
    board.problem("flow.capture.public"); // no binding of that name
    List<String> lines = board.render(3 * SECOND, 200);
    assertEquals("preview 0:03  31 documents (10.3/s)  0 checkpoints", lines.get(0));
    assertEquals("public.orders  starting           30      10.0       2  ", lines.get(2));
    assertEquals("regions        starting            1       0.3       0  ", lines.get(3));
  }

  @Test
  void linesAreCutToTheWidth() {
    for (String line : board.render(SECOND, 30)) {
      assertTrue(line.length() <= 30, line);
    }
  }

  private String row(int index) {
    return board.render(SECOND, 200).get(2 + index);
  }
}
