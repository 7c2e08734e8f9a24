package flowcdk.connector;

import static flowcdk.connector.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.context.ConnectorStatus;
import flowcdk.connector.state.PageCursor;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connector status events (docs/strategies.md#connector-status-events). */
class ConnectorStatusTest {

  private Harness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new Harness();
    h.statusClock = h.clock; // this test drives the status logger
  }

  @AfterEach
  void tearDown() throws Exception {
    h.close();
  }

  private List<String> statuses() {
    return h.logLines().stream()
        .filter(l -> "connectorStatus".equals(((Map<?, ?>) l.get("fields")).get("eventType")))
        .map(l -> (String) l.get("msg"))
        .toList();
  }

  @Test
  void countsBackfillsAndReportsOnlyChanges() throws Exception {
    Promise<Void> release = Promise.promise();
    Fetch.Page slow =
        (page, cutoff, sink) ->
            page.isNone()
                ? release.future().compose(v -> sink.checkpoint(PageCursor.of(1)))
                : Future.succeededFuture();
    h.start(
        root -> {
          Strategies.forBinding(
                  h.binding(
                      root,
                      0,
                      "a",
                      "{\"name\":\"a\"}",
                      List.of("/id"),
                      state("{\"backfill\":{\"cutoff\":1}}")))
              .backfill(slow)
              .open();
          return Strategies.forBinding(
                  h.binding(root, 1, "b", "{\"name\":\"b\"}", List.of("/id"), state("{}")))
              .backfill(slow)
              .open();
        });
    h.sleepers(1);
    assertEquals(List.of(Harness.START.plusSeconds(5)), h.clock.pendingDeadlines());
    h.advance(Duration.ofSeconds(4));
    assertEquals(List.of(), statuses());
    h.advance(Duration.ofSeconds(1));
    h.until("first status", () -> statuses().size() == 1);
    assertEquals(List.of("Backfilling 1 out of 2 bindings"), statuses());
    h.advance(Duration.ofSeconds(1));
    h.sleepers(1);
    assertEquals(1, statuses().size()); // unchanged: nothing written
    h.onContext(() -> release.tryComplete());
    h.until("backfill done", () -> !h.logs("completed backfill").isEmpty());
    h.advance(Duration.ofSeconds(1));
    h.until("second status", () -> statuses().size() == 2);
    assertEquals("Streaming change events (all 2 bindings are backfilled)", statuses().get(1));
    h.stop();
    h.awaitDone();
    h.advance(Duration.ofSeconds(5));
    assertEquals(2, statuses().size());
    assertEquals(List.of(), h.clock.pendingDeadlines());
  }

  @Test
  void aChangeWithoutNewCountsIsReportedAgain() {
    ConnectorStatus status = ConnectorStatus.detached(flowcdk.runtime.log.Log.root());
    status.bindingOpened();
    assertTrue(status.emitIfChanged());
    assertFalse(status.emitIfChanged(), "nothing changed");
    // A rate-limit episode replaced the status in Flow's view: say it again.
    status.changed();
    assertTrue(status.emitIfChanged());
    assertFalse(status.emitIfChanged());
  }

  @Test
  void messagesFollowTheCounters() {
    ConnectorStatus status = ConnectorStatus.detached(flowcdk.runtime.log.Log.root());
    status.bindingOpened();
    status.bindingOpened();
    status.bindingOpened();
    status.backfillStarted(0);
    status.backfillStarted(0);
    status.backfillStarted(2);
    assertEquals("Backfilling 2 out of 3 bindings", status.message());
    status.backfillCompleted(0);
    assertEquals("Backfilling 2 out of 3 bindings", status.message());
    status.backfillCompleted(0);
    status.backfillCompleted(2);
    assertEquals("Streaming change events (all 3 bindings are backfilled)", status.message());
  }
}
