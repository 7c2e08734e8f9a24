package flowcdk.connector;

import static flowcdk.connector.Fixtures.doc;
import static flowcdk.connector.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.ResourceState;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The backfill strategy (docs/strategies.md#backfill, docs/strategies.md#page-cursors). */
class BackfillTest {

  private static final String CONFIG = "{\"name\":\"events\"}";
  private static final String FRESH =
      "{\"backfill\":{\"cutoff\":\"2024-01-01T00:10:00Z\",\"next_page\":null}}";
  private Harness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new Harness();
  }

  @AfterEach
  void tearDown() throws Exception {
    h.close();
  }

  private void start(String config, ResourceState state, Fetch.RecurringPage fetch) {
    h.start(
        root ->
            Strategies.forBinding(h.binding(root, 0, "events", config, List.of("/id"), state))
                .recurringBackfill(fetch)
                .open());
  }

  private static String line(String updated) {
    return "{\"checkpoint\":{\"state\":{\"updated\":" + updated + ",\"mergePatch\":true}}}";
  }

  @Test
  void pagesThenCompletion() throws Exception {
    var script =
        Fixtures.pages()
            .then(
                (page, cutoff, initiated, sink) -> {
                  sink.document(doc("{\"id\":0}"));
                  return sink.checkpoint(PageCursor.of(10));
                },
                (page, cutoff, initiated, sink) -> {
                  sink.document(doc("{\"id\":10}"));
                  return Future
                      .succeededFuture(); // no trailing cursor: done; the document commits with
                  // completion
                });
    start(CONFIG, state(FRESH), Fixtures.run(script, true));
    h.awaitDone();
    assertEquals(
        List.of(
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":0}}}",
            line(
                "{\"bindingStateV1\":{\"events\":{\"backfill\":{\"cutoff\":\"2024-01-01T00:10:00Z\",\"next_page\":10}}}}"),
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":10}}}",
            line("{\"bindingStateV1\":{\"events\":{\"backfill\":null}}}")),
        h.stdout());
    assertEquals(List.of("null|false", "10|false"), script.calls);
    assertEquals(
        "{\"observable\":true,\"catalog_task_name\":\"acmeCo/my-capture\",\"args\":{\"state\":"
            + "{\"cutoff\":\"2024-01-01T00:10:00Z\",\"next_page\":null},\"subtask_id\":null},"
            + "\"source\":\"flow.capture.events.backfill\"}",
        h.fieldsJson("beginning backfill"));
    assertEquals(
        "{\"args\":{\"subtask_id\":null},\"source\":\"flow.capture.events.backfill\"}",
        h.fieldsJson("completed backfill"));
    assertEquals(List.of(), h.logs("resuming backfill"));
  }

  @Test
  void resumesFromTheNextPage() throws Exception {
    var script = Fixtures.pages();
    start(
        CONFIG,
        state("{\"backfill\":{\"cutoff\":\"2024-01-01T00:10:00Z\",\"next_page\":\"p2\"}}"),
        Fixtures.run(script, true));
    h.awaitDone();
    assertEquals(List.of("\"p2\"|false"), script.calls);
    assertEquals(
        "{\"args\":{\"state\":{\"cutoff\":\"2024-01-01T00:10:00Z\",\"next_page\":\"p2\"},"
            + "\"subtask_id\":null},\"source\":\"flow.capture.events.backfill\"}",
        h.fieldsJson("resuming backfill"));
    assertEquals(List.of(), h.logs("beginning backfill"));
  }

  @Test
  void aNullCursorIsAnError() throws Exception {
    start(
        CONFIG,
        state(FRESH),
        Fixtures.run(
            Fixtures.pages()
                .then((page, cutoff, initiated, sink) -> sink.checkpoint(PageCursor.NONE)),
            true));
    assertEquals(
        "Implementation error: Fetch.Page checkpointed PageCursor.NONE (or null). To end the"
            + " backfill, give the documents and complete without a final PageCursor.",
        Harness.message(h.awaitFailure()));
  }

  @Test
  void objectCursorsAreMergePatched() throws Exception {
    var script =
        Fixtures.pages()
            .then(
                (page, cutoff, initiated, sink) ->
                    sink.checkpointPatch(RawJson.parse("{\"c1\":true,\"c2\":{\"n\":1}}")),
                (page, cutoff, initiated, sink) ->
                    sink.checkpointPatch(RawJson.parse("{\"c1\":null,\"c2\":{\"n\":2}}")));
    start(CONFIG, state(FRESH), Fixtures.run(script, true));
    h.awaitDone();
    assertEquals(
        List.of(
            "{\"bindingStateV1\":{\"events\":{\"backfill\":{\"cutoff\":\"2024-01-01T00:10:00Z\","
                + "\"next_page\":{\"c1\":true,\"c2\":{\"n\":1}}}}}}",
            "{\"bindingStateV1\":{\"events\":{\"backfill\":{\"cutoff\":\"2024-01-01T00:10:00Z\","
                + "\"next_page\":{\"c1\":null,\"c2\":{\"n\":2}}}}}}", // only the patch
            "{\"bindingStateV1\":{\"events\":{\"backfill\":null}}}"),
        h.checkpoints());
    assertEquals(
        List.of("null|false", "{\"c1\":true,\"c2\":{\"n\":1}}|false", "{\"c2\":{\"n\":2}}|false"),
        script.calls);
  }

  /** A page cursor the connector state could not read back fails the binding, uncheckpointed. */
  @Test
  void aPageCursorThatCannotBeReadBackIsAnErrorAndNotCheckpointed() throws Exception {
    var script =
        Fixtures.pages()
            .then(
                (page, cutoff, initiated, sink) ->
                    sink.checkpointPatch(
                        flowcdk.runtime.json.JsonValues.toRawJson(Map.of("b\uDC00", true))));
    start(CONFIG, state(FRESH), Fixtures.run(script, true));
    assertEquals(
        "Fetch.Page gave PageCursor {\"b\\udc00\":true} for binding events (state key events),"
            + " which cannot be checkpointed: it is written as {\"b\\udc00\":true}, which the"
            + " connector state cannot read back: Unexpected low surrogate in field name: 0xdc00."
            + " No checkpoint was written, so the binding resumes from its last checkpoint; make"
            + " the fetch function give cursors the connector state can hold"
            + " (docs/strategies.md#cursor-rules)",
        Harness.message(h.awaitFailure()));
    assertEquals(List.of(), h.checkpoints());
  }

  @Test
  void aStringPageCursorThatIsNoJsonIsAnError() throws Exception {
    var script =
        Fixtures.pages()
            .then(
                (page, cutoff, initiated, sink) ->
                    sink.checkpoint(
                        new PageCursor(
                            RawJson.trusted(
                                "\"unterminated"
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    start(CONFIG, state(FRESH), Fixtures.run(script, true));
    String message = Harness.message(h.awaitFailure());
    assertTrue(
        message.startsWith(
            "Fetch.Page gave PageCursor \"unterminated for binding events (state key events),"
                + " which cannot be checkpointed: it is written as \"unterminated, which the"
                + " connector state cannot read back: "),
        message);
    assertEquals(List.of(), h.checkpoints());
  }

  @Test
  void anObjectPatchAfterAStringCursorIsAnError() throws Exception {
    start(
        CONFIG,
        state("{\"backfill\":{\"cutoff\":\"2024-01-01T00:10:00Z\",\"next_page\":\"p2\"}}"),
        Fixtures.run(
            Fixtures.pages()
                .then(
                    (page, cutoff, initiated, sink) ->
                        sink.checkpointPatch(RawJson.parse("{\"c1\":true}"))),
            true));
    assertEquals(
        "Implementation error: Fetch.Page gave an object PageCursor (a Map patch) but the previous"
            + " PageCursor was a string",
        Harness.message(h.awaitFailure()));
  }

  @Test
  void anObjectPatchAfterAnIntegerCursorIsAnError() throws Exception {
    start(
        CONFIG,
        state("{\"backfill\":{\"cutoff\":\"2024-01-01T00:10:00Z\",\"next_page\":20}}"),
        Fixtures.run(
            Fixtures.pages()
                .then(
                    (page, cutoff, initiated, sink) ->
                        sink.checkpoint(new PageCursor(RawJson.parse("{\"c1\":true}")))),
            true));
    assertEquals(
        "Implementation error: Fetch.Page gave an object PageCursor (a Map patch) but the previous"
            + " PageCursor was a number",
        Harness.message(h.awaitFailure()));
  }

  @Test
  void stopBeforeAnInvocationLeavesTheBackfillIncomplete() throws Exception {
    var script =
        Fixtures.pages()
            .then(
                (page, cutoff, initiated, sink) -> {
                  h.stop();
                  return sink.checkpoint(PageCursor.of("p2"));
                });
    start(CONFIG, state(FRESH), Fixtures.run(script, true));
    h.awaitDone();
    assertEquals(1, script.invocations());
    assertEquals(
        List.of(
            "{\"bindingStateV1\":{\"events\":{\"backfill\":{\"cutoff\":\"2024-01-01T00:10:00Z\","
                + "\"next_page\":\"p2\"}}}}"),
        h.checkpoints());
    assertEquals(
        "{\"args\":{\"subtask_id\":null},\"source\":\"flow.capture.events.backfill\"}",
        h.fieldsJson("backfill stops, as the capture is stopping"));
    assertEquals(List.of(), h.logs("completed backfill"));
  }

  @Test
  void theConnectorInitiatedFlagReachesRecurringFetches() throws Exception {
    var script = Fixtures.pages();
    start(
        CONFIG,
        state(
            "{\"backfill\":{\"cutoff\":\"2024-01-01T00:10:00Z\"},\"is_connector_initiated\":true}"),
        Fixtures.run(script, true));
    h.awaitDone();
    assertEquals(List.of("null|true"), script.calls);
  }

  @Test
  void associatedDocumentsCommitWithTheBinding() throws Exception {
    start(
        CONFIG,
        state(FRESH),
        Fixtures.run(
            Fixtures.pages()
                .then(
                    (page, cutoff, initiated, sink) -> {
                      sink.document(doc("{\"id\":0}"));
                      sink.documentFor(3, doc("{\"id\":100}"));
                      return Future.succeededFuture();
                    }),
            true));
    h.awaitDone();
    assertEquals(
        List.of(
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":0}}}",
            "{\"captured\":{\"binding\":3,\"doc\":{\"id\":100}}}",
            line("{\"bindingStateV1\":{\"events\":{\"backfill\":null}}}")),
        h.stdout());
  }

  @Test
  void subtasksCompleteTheirOwnEntryAndSkipFinishedOnes() throws Exception {
    var a = Fixtures.pages();
    var b = Fixtures.pages();
    var c = Fixtures.pages();
    Map<String, Fetch.Page> fetch = new LinkedHashMap<>();
    fetch.put("a", (page, cutoff, sink) -> Fixtures.run(a, true).fetch(page, cutoff, false, sink));
    fetch.put("b", (page, cutoff, sink) -> Fixtures.run(b, true).fetch(page, cutoff, false, sink));
    fetch.put("c", (page, cutoff, sink) -> Fixtures.run(c, true).fetch(page, cutoff, false, sink));
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        0,
                        "events",
                        CONFIG,
                        List.of("/id"),
                        state("{\"backfill\":{\"a\":{\"cutoff\":1},\"b\":null}}")))
                .backfill(fetch)
                .open());
    h.awaitDone();
    assertEquals(
        List.of("{\"bindingStateV1\":{\"events\":{\"backfill\":{\"a\":null}}}}"), h.checkpoints());
    assertEquals(1, a.invocations());
    assertEquals(0, b.invocations());
    assertEquals(0, c.invocations());
    assertEquals(
        "{\"args\":{\"subtask_id\":\"a\"},\"source\":\"flow.capture.events.backfill.a\"}",
        h.fieldsJson("completed backfill"));
  }

  @Test
  void subtaskProgressCheckpointsItsOwnEntry() throws Exception {
    var a =
        Fixtures.pages()
            .then((page, cutoff, initiated, sink) -> sink.checkpoint(PageCursor.of("x")));
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        0,
                        "events",
                        CONFIG,
                        List.of("/id"),
                        state("{\"backfill\":{\"a\":{\"cutoff\":1}}}")))
                .recurringBackfill(Map.of("a", Fixtures.run(a, true)))
                .open());
    h.awaitDone();
    assertEquals(
        List.of(
            "{\"bindingStateV1\":{\"events\":{\"backfill\":{\"a\":{\"cutoff\":1,\"next_page\":\"x\"}}}}}",
            "{\"bindingStateV1\":{\"events\":{\"backfill\":{\"a\":null}}}}"),
        h.checkpoints());
  }

  @Test
  void noBackfillStateRunsNoBackfill() throws Exception {
    var script = Fixtures.pages();
    start(CONFIG, state("{\"inc\":{\"cursor\":1}}"), Fixtures.run(script, true));
    h.awaitDone();
    assertEquals(0, script.invocations());
    assertEquals(List.of(), h.stdout());
  }

  /** A cron stand-in: fires at fixed instants. */
  private static BackfillSchedule fires(Optional<Instant> missed, Optional<Instant> future) {
    return new BackfillSchedule() {
      @Override
      public Optional<Instant> nextFire(String expression, Instant start, Instant end) {
        return missed;
      }

      @Override
      public Optional<Instant> nextFire(String expression, Instant start) {
        return future;
      }
    };
  }

  private void startScheduled(BackfillSchedule cron) {
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        0,
                        "events",
                        "{\"name\":\"events\",\"schedule\":\"0 * * * *\"}",
                        List.of("/id"),
                        state(
                            "{\"backfill\":{\"cutoff\":1},\"last_initialized\":\"2024-05-01T11:00:00Z\"}")))
                .backfill((page, cutoff, sink) -> Future.succeededFuture())
                .schedule(cron)
                .open());
  }

  @Test
  void aMissedScheduleStopsAfterCompletion() throws Exception {
    startScheduled(fires(Optional.of(Harness.START.minusSeconds(60)), Optional.empty()));
    h.awaitDone();
    assertTrue(h.scope.stopping().isSet());
    assertEquals(
        1,
        h.logs(
                "Backfill completed after the next backfill was scheduled. Resetting the connector to keep"
                    + " adherence to the schedule.")
            .size());
  }

  @Test
  void aFutureScheduleStopsAtItsTime() throws Exception {
    startScheduled(fires(Optional.empty(), Optional.of(Harness.START.plusSeconds(600))));
    h.awaitDone();
    h.sleepers(1);
    assertFalse(h.scope.stopping().isSet());
    h.advance(java.time.Duration.ofMinutes(10));
    h.until("stop", () -> h.scope.stopping().isSet());
  }

  @Test
  void noScheduleNoFollowUp() throws Exception {
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        0,
                        "events",
                        CONFIG,
                        List.of("/id"),
                        state(
                            "{\"backfill\":{\"cutoff\":1},\"last_initialized\":\"2024-05-01T11:00:00Z\"}")))
                .backfill((page, cutoff, sink) -> Future.succeededFuture())
                .schedule(fires(Optional.of(Harness.START), Optional.empty()))
                .open());
    h.awaitDone();
    assertFalse(h.scope.stopping().isSet());
  }
}
