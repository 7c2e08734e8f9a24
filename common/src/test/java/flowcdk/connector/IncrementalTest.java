package flowcdk.connector;

import static flowcdk.connector.Fixtures.doc;
import static flowcdk.connector.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.ResourceState;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The incremental strategy (docs/strategies.md#incremental). */
class IncrementalTest {

  private static final String HOURLY = "{\"name\":\"events\",\"interval\":\"PT1H\"}";
  private Harness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new Harness();
  }

  @AfterEach
  void tearDown() throws Exception {
    h.close();
  }

  private void start(String config, ResourceState state, Fetch.Changes fetch) {
    h.start(
        root ->
            Strategies.forBinding(h.binding(root, 0, "events", config, List.of("/id"), state))
                .incremental(fetch)
                .open());
  }

  private static String at(Instant instant) {
    return "{\"inc\":{\"cursor\":\"" + instant + "\"}}";
  }

  @Test
  void resumingLogCarriesStateAndSubtaskId() throws Exception {
    start(
        HOURLY,
        state(at(Harness.START.minus(Duration.ofHours(2)))),
        Fixtures.run(Fixtures.changes()));
    h.sleepers(1);
    assertEquals(
        "{\"args\":{\"state\":{\"cursor\":\"2024-05-01T10:00:00Z\"},\"subtask_id\":null},"
            + "\"source\":\"flow.capture.events.incremental\"}",
        h.fieldsJson("resuming incremental replication"));
    h.stop();
    h.awaitDone();
  }

  @Test
  void initialDelayWaitsOutTheIntervalSinceTheCursor() throws Exception {
    var script = Fixtures.changes();
    start(HOURLY, state(at(Harness.START.minus(Duration.ofMinutes(20)))), Fixtures.run(script));
    h.sleepers(1);
    assertEquals(List.of(Harness.START.plus(Duration.ofMinutes(40))), h.clock.pendingDeadlines());
    assertEquals(0, script.invocations());
    assertEquals(
        "{\"args\":{\"sleep_for\":\"PT40M\",\"interval\":\"PT1H\",\"subtask_id\":null},"
            + "\"source\":\"flow.capture.events.incremental\"}",
        h.fieldsJson("incremental task ran recently, sleeping until `interval` has fully elapsed"));
    h.advance(Duration.ofMinutes(40));
    h.until("first invocation", () -> script.invocations() == 1);
    assertEquals(LogCursor.at(Harness.START.minus(Duration.ofMinutes(20))), script.calls.get(0));
    h.stop();
    h.awaitDone();
  }

  @Test
  void aCursorAtADatabasesInfinityWaitsOneIntervalInsteadOfOverflowing() throws Exception {
    // PostgreSQL's timestamptz 'infinity', as its JDBC driver reads it: OffsetDateTime.MAX.
    Instant infinity = java.time.OffsetDateTime.MAX.toInstant();
    var script =
        Fixtures.changes()
            .then(
                (cursor, sink) -> {
                  sink.document(doc("{\"id\":1}"));
                  return sink.checkpoint(LogCursor.at(infinity));
                });
    start(HOURLY, state(at(Harness.START.minus(Duration.ofHours(2)))), Fixtures.run(script));
    h.sleepers(1);
    assertEquals(1, script.invocations());
    assertEquals(List.of(Harness.START.plus(Duration.ofHours(1))), h.clock.pendingDeadlines());
    h.stop();
    h.awaitDone();

    h.close();
    h = new Harness();
    var resumed = Fixtures.changes();
    start(HOURLY, state(at(infinity)), Fixtures.run(resumed));
    h.sleepers(1);
    assertEquals(List.of(Harness.START.plus(Duration.ofHours(1))), h.clock.pendingDeadlines());
    h.stop();
    h.awaitDone();
  }

  @Test
  void noInitialDelayWhenTheCursorIsOlderThanTheInterval() throws Exception {
    var script = Fixtures.changes();
    start(HOURLY, state(at(Harness.START.minus(Duration.ofHours(2)))), Fixtures.run(script));
    h.until("first invocation", () -> script.invocations() == 1);
    assertEquals(
        List.of(),
        h.logs("incremental task ran recently, sleeping until `interval` has fully elapsed"));
    h.stop();
    h.awaitDone();
  }

  @Test
  void idleInvocationBacksOffByTheInterval() throws Exception {
    var script = Fixtures.changes();
    start(HOURLY, state(at(Harness.START.minus(Duration.ofHours(2)))), Fixtures.run(script));
    h.sleepers(1);
    assertEquals(1, script.invocations());
    assertEquals(List.of(Harness.START.plus(Duration.ofHours(1))), h.clock.pendingDeadlines());
    assertEquals(
        "{\"args\":{\"sleep_for\":\"PT1H\",\"cursor\":\"2024-05-01T10:00:00Z\",\"subtask_id\":null},"
            + "\"source\":\"flow.capture.events.incremental\"}",
        h.fieldsJson("incremental task is idle"));
    h.advance(Duration.ofMinutes(59));
    assertEquals(1, script.invocations());
    h.advance(Duration.ofMinutes(1));
    h.until("second invocation", () -> script.invocations() == 2);
    h.stop();
    h.awaitDone();
  }

  @Test
  void absentIntervalIsZeroAndIdleRepollsAtOnce() throws Exception {
    var script = Fixtures.changes();
    start("{\"name\":\"events\"}", state(at(Harness.START)), Fixtures.run(script));
    h.until("three invocations", () -> script.invocations() >= 3);
    h.stop();
    h.awaitDone();
  }

  @Test
  void progressWithLagBeyondTheIntervalReinvokesAtOnce() throws Exception {
    Instant old = Harness.START.minus(Duration.ofHours(5));
    var script =
        Fixtures.changes()
            .then(
                (cursor, sink) -> {
                  sink.document(doc("{\"id\":1}"));
                  return sink.checkpoint(
                      LogCursor.at(old.plus(Duration.ofHours(1)))); // lag 4h > 1h: again at once
                },
                (cursor, sink) -> {
                  sink.document(doc("{\"id\":2}"));
                  return sink.checkpoint(
                      LogCursor.at(
                          Harness.START.minus(Duration.ofMinutes(15)))); // lag 15m: sleep 45m
                });
    start(HOURLY, state(at(old)), Fixtures.run(script));
    h.sleepers(1);
    assertEquals(2, script.invocations());
    assertEquals(List.of(Harness.START.plus(Duration.ofMinutes(45))), h.clock.pendingDeadlines());
    assertEquals(1, h.logs("incremental task is idle").size());
    assertEquals(
        List.of(
            "{\"bindingStateV1\":{\"events\":{\"inc\":{\"cursor\":\"2024-05-01T08:00:00Z\"}}}}",
            "{\"bindingStateV1\":{\"events\":{\"inc\":{\"cursor\":\"2024-05-01T11:45:00Z\"}}}}"),
        h.checkpoints());
    h.stop();
    h.awaitDone();
  }

  @Test
  void offsetProgressReinvokesAtOnce() throws Exception {
    var script =
        Fixtures.changes()
            .then(
                (cursor, sink) -> sink.checkpoint(LogCursor.offset(11)),
                (cursor, sink) -> sink.checkpoint(LogCursor.offset(12)));
    start(HOURLY, state("{\"inc\":{\"cursor\":10}}"), Fixtures.run(script));
    h.sleepers(1);
    assertEquals(3, script.invocations()); // two with progress, then idle
    assertEquals(
        List.of(LogCursor.offset(10), LogCursor.offset(11), LogCursor.offset(12)), script.calls);
    h.stop();
    h.awaitDone();
  }

  @Test
  void stopDuringTheSleepEndsTheTask() throws Exception {
    var script = Fixtures.changes();
    start(HOURLY, state(at(Harness.START)), Fixtures.run(script));
    h.sleepers(1);
    h.stop();
    h.awaitDone();
    assertEquals(0, script.invocations());
    assertEquals(
        1, h.logs("incremental replication is idle and stops, as the capture is stopping").size());
  }

  @Test
  void stopIsCheckedBeforeEveryInvocation() throws Exception {
    var script =
        Fixtures.changes()
            .then(
                (cursor, sink) -> {
                  h.stop();
                  return sink.checkpoint(LogCursor.offset(11));
                });
    start(HOURLY, state("{\"inc\":{\"cursor\":10}}"), Fixtures.run(script));
    h.awaitDone();
    assertEquals(1, script.invocations());
    assertEquals(
        1, h.logs("incremental replication is idle and stops, as the capture is stopping").size());
  }

  private String cursorError(String from, LogCursor next) throws Exception {
    start(
        "{\"name\":\"events\"}",
        state("{\"inc\":{\"cursor\":" + from + "}}"),
        Fixtures.run(Fixtures.changes().then((cursor, sink) -> sink.checkpoint(next))));
    return Harness.message(h.awaitFailure());
  }

  @Test
  void anOffsetMustGrow() throws Exception {
    assertEquals(
        "Implementation error: Fetch.Changes checkpointed LogCursor 10 which is not greater than the last"
            + " LogCursor 10",
        cursorError("10", LogCursor.offset(10)));
  }

  @Test
  void aPointInTimeMustGrow() throws Exception {
    assertEquals(
        "Implementation error: Fetch.Changes checkpointed LogCursor 2024-05-01 11:59:59.500000+00:00 which is"
            + " not greater than the last LogCursor 2024-05-01 12:00:00+00:00",
        cursorError(
            "\"2024-05-01T12:00:00Z\"", LogCursor.at(Instant.parse("2024-05-01T11:59:59.5Z"))));
  }

  @Test
  void anOffsetAfterAPointInTimeIsATypeError() throws Exception {
    assertEquals(
        "Implementation error: Fetch.Changes checkpointed LogCursor 5 of a different type than the last"
            + " LogCursor 2024-05-01 12:00:00+00:00",
        cursorError("\"2024-05-01T12:00:00Z\"", LogCursor.offset(5)));
  }

  @Test
  void aTokenAfterAnOffsetIsATypeError() throws Exception {
    assertEquals(
        "Implementation error: Fetch.Changes checkpointed LogCursor ('a',) of a different type than the last"
            + " LogCursor 10",
        cursorError("10", LogCursor.token("a")));
  }

  @Test
  void integerTokensAlwaysFailTheTypeCheck() throws Exception { // QUIRK reproduced
    assertEquals(
        "Implementation error: Fetch.Changes checkpointed LogCursor (8,) of a different type than the last"
            + " LogCursor (7,)",
        cursorError("[7]", new LogCursor.Token(8L)));
  }

  @Test
  void stringTokensAreNotOrderChecked() throws Exception {
    var script = Fixtures.changes().then((cursor, sink) -> sink.checkpoint(LogCursor.token("a")));
    start(HOURLY, state("{\"inc\":{\"cursor\":[\"b\"]}}"), Fixtures.run(script));
    h.sleepers(1);
    assertEquals(
        List.of("{\"bindingStateV1\":{\"events\":{\"inc\":{\"cursor\":[\"a\"]}}}}"),
        h.checkpoints());
    h.stop();
    h.awaitDone();
  }

  @Test
  void aCursorErrorFailsTheTaskEvenIfTheFetchIgnoresIt() throws Exception {
    start(
        HOURLY,
        state("{\"inc\":{\"cursor\":10}}"),
        Fixtures.run(
            Fixtures.changes()
                .then(
                    (cursor, sink) -> {
                      sink.checkpoint(LogCursor.offset(3)); // failed future ignored
                      return Future.succeededFuture();
                    })));
    var failure = h.awaitFailure();
    assertEquals("capture.events.incremental", failure.taskName());
    assertTrue(
        Harness.message(failure).contains("which is not greater than the last LogCursor 10"));
  }

  @Test
  void documentsWithoutAFinalCursorFail() throws Exception {
    start(
        HOURLY,
        state("{\"inc\":{\"cursor\":10}}"),
        Fixtures.run(
            Fixtures.changes()
                .then(
                    (cursor, sink) -> {
                      sink.document(doc("{\"id\":1}"));
                      return Future.succeededFuture();
                    })));
    assertEquals(
        "Implementation error: Fetch.Changes gave documents but no final LogCursor: checkpoint"
            + " a LogCursor after the documents",
        Harness.message(h.awaitFailure()));
    assertEquals(List.of(), h.stdout()); // nothing committed
  }

  @Test
  void backfillTriggerRequestsABackfillAndStops() throws Exception {
    var script =
        Fixtures.changes()
            .then(
                (cursor, sink) -> {
                  sink.document(doc("{\"id\":1}"));
                  return sink.triggerBackfill();
                });
    start(HOURLY, state("{\"inc\":{\"cursor\":10}}"), Fixtures.run(script));
    h.awaitDone();
    assertTrue(h.scope.stopping().isSet());
    assertEquals(
        List.of(
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":1}}}",
            "{\"checkpoint\":{\"state\":{\"updated\":{\"backfillRequests\":{\"events\":true}},\"mergePatch\":true}}}"),
        h.stdout());
    assertEquals(
        "{\"args\":{\"subtask_id\":null},\"source\":\"flow.capture.events.incremental\"}",
        h.fieldsJson("incremental task triggered backfill"));
    assertEquals(1, script.invocations());
  }

  @Test
  void associatedDocumentsCommitWithTheNextCursor() throws Exception {
    start(
        HOURLY,
        state("{\"inc\":{\"cursor\":10}}"),
        Fixtures.run(
            Fixtures.changes()
                .then(
                    (cursor, sink) -> {
                      sink.document(doc("{\"id\":1}"));
                      sink.documentFor(3, doc("{\"id\":101}"));
                      return sink.checkpoint(LogCursor.offset(11));
                    })));
    h.sleepers(1);
    assertEquals(
        List.of(
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":1}}}",
            "{\"captured\":{\"binding\":3,\"doc\":{\"id\":101}}}",
            "{\"checkpoint\":{\"state\":{\"updated\":{\"bindingStateV1\":{\"events\":{\"inc\":{\"cursor\":11}}}},"
                + "\"mergePatch\":true}}}"),
        h.stdout());
    h.stop();
    h.awaitDone();
  }

  @Test
  void associatedDocumentsAloneStillNeedACursor() throws Exception {
    start(
        HOURLY,
        state("{\"inc\":{\"cursor\":10}}"),
        Fixtures.run(
            Fixtures.changes()
                .then(
                    (cursor, sink) -> {
                      sink.documentFor(3, doc("{\"id\":101}"));
                      return Future.succeededFuture();
                    })));
    assertEquals(
        "Implementation error: Fetch.Changes gave documents but no final LogCursor: checkpoint"
            + " a LogCursor after the documents",
        Harness.message(h.awaitFailure()));
  }

  @Test
  void subtasksHaveTheirOwnTasksAndCheckpoints() throws Exception {
    Fetch.Changes a =
        (cursor, sink) ->
            cursor.equals(LogCursor.offset(1))
                ? sink.checkpoint(LogCursor.offset(2))
                : Future.succeededFuture();
    Fetch.Changes b =
        (cursor, sink) ->
            cursor.equals(LogCursor.offset(5))
                ? sink.checkpoint(LogCursor.offset(6))
                : Future.succeededFuture();
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        0,
                        "events",
                        HOURLY,
                        List.of("/id"),
                        state("{\"inc\":{\"a\":{\"cursor\":1},\"b\":{\"cursor\":5}}}")))
                .incremental(Map.of("a", a, "b", b))
                .open());
    h.sleepers(2);
    assertEquals(
        List.of(
            "{\"bindingStateV1\":{\"events\":{\"inc\":{\"a\":{\"cursor\":2}}}}}",
            "{\"bindingStateV1\":{\"events\":{\"inc\":{\"b\":{\"cursor\":6}}}}}"),
        h.checkpoints().stream().sorted().toList());
    List<Object> sources =
        h.logs("resuming incremental replication").stream()
            .map(l -> ((Map<?, ?>) l.get("fields")).get("source"))
            .sorted()
            .map(Object.class::cast)
            .toList();
    assertEquals(
        List.of("flow.capture.events.incremental.a", "flow.capture.events.incremental.b"), sources);
    h.stop();
    h.awaitDone();
  }
}
