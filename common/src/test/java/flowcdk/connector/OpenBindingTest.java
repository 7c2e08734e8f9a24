package flowcdk.connector;

import static flowcdk.connector.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.state.ResourceState;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening a binding (docs/strategies.md#opening-a-binding): state shapes and task names. */
class OpenBindingTest {

  private static final Fetch.Changes IDLE = (cursor, sink) -> Future.succeededFuture();
  private static final Fetch.Page DONE = (page, cutoff, sink) -> Future.succeededFuture();
  private Harness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new Harness();
  }

  @AfterEach
  void tearDown() throws Exception {
    h.close();
  }

  private String failure(ResourceState state, OpenBinding.Configure configure) throws Exception {
    return failure(List.of("/id"), state, configure);
  }

  private String failure(List<String> key, ResourceState state, OpenBinding.Configure configure)
      throws Exception {
    h.start(
        root ->
            configure
                .apply(
                    Strategies.forBinding(
                        h.binding(root, 0, "users", "{\"name\":\"users\"}", key, state)))
                .open());
    return h.awaitFailure().getCause().getMessage();
  }

  @Test
  void singleChangesNeedASingleState() throws Exception {
    assertTrue(
        failure(state("{\"inc\":{\"a\":{\"cursor\":1}}}"), o -> o.incremental(IDLE))
            .startsWith(
                "a single Fetch.Changes was given, so the resource state's inc must be a single Incremental"
                    + " state, but it is a subtask map"));
  }

  @Test
  void singleChangesNeedAState() throws Exception {
    assertTrue(failure(ResourceState.EMPTY, o -> o.incremental(IDLE)).contains("but it is absent"));
  }

  @Test
  void subtaskChangesNeedAMap() throws Exception {
    assertTrue(
        failure(state("{\"inc\":{\"cursor\":1}}"), o -> o.incremental(Map.of("a", IDLE)))
            .startsWith(
                "Fetch.Changes subtasks were given, so the resource state's inc must be a map"));
  }

  @Test
  void everyChangesSubtaskNeedsAState() throws Exception {
    assertTrue(
        failure(
                state("{\"inc\":{\"a\":{\"cursor\":1},\"b\":null}}"),
                o -> o.incremental(Map.of("b", IDLE)))
            .startsWith("Fetch.Changes subtask 'b' has no Incremental state"));
  }

  @Test
  void singlePagesNeedASingleBackfill() throws Exception {
    assertTrue(
        failure(state("{\"backfill\":{\"a\":{\"cutoff\":1}}}"), o -> o.backfill(DONE))
            .startsWith(
                "a single Fetch.Page was given, so the resource state's backfill must be a single Backfill"));
  }

  @Test
  void subtaskPagesNeedAMap() throws Exception {
    assertTrue(
        failure(state("{\"backfill\":{\"cutoff\":1}}"), o -> o.backfill(Map.of("a", DONE)))
            .startsWith(
                "Fetch.Page subtasks were given, so the resource state's backfill must be a map"));
  }

  @Test
  void singleSnapshotNeedsNoMap() throws Exception {
    assertTrue(
        failure(
                List.of("/_meta/row_id"),
                state("{\"snapshot\":{\"a\":null}}"),
                o -> o.snapshot(sink -> Future.succeededFuture()))
            .startsWith(
                "a single Fetch.Snapshot was given, so the resource state's snapshot must be null or a single"));
  }

  @Test
  void aFailedOpenStartsNothing() throws Exception {
    var script = Fixtures.changes();
    failure(
        state("{\"inc\":{\"cursor\":1},\"backfill\":{\"a\":{\"cutoff\":1}}}"),
        o -> o.incremental(Fixtures.run(script)).backfill(DONE));
    assertEquals(0, script.invocations());
  }

  @Test
  void tasksAreNamedAfterTheResourcePath() throws Exception {
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        0,
                        "users",
                        "{\"name\":\"users\"}",
                        List.of("/id"),
                        state("{\"inc\":{\"cursor\":1},\"backfill\":{\"cutoff\":1}}")))
                .incremental(IDLE)
                .backfill(DONE)
                .open());
    h.until(
        "both tasks",
        () ->
            !h.logs("completed backfill").isEmpty()
                && !h.logs("resuming incremental replication").isEmpty());
    h.stop();
    h.awaitDone();
    assertEquals("flow.capture.users.backfill", h.fields("completed backfill").get("source"));
    assertEquals(
        "flow.capture.users.incremental",
        h.fields("resuming incremental replication").get("source"));
  }

  @Test
  void theIntervalMustBeADuration() throws Exception {
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        0,
                        "users",
                        "{\"name\":\"users\",\"interval\":\"5m\"}",
                        List.of("/id"),
                        state("{\"inc\":{\"cursor\":1}}")))
                .incremental(IDLE)
                .open());
    assertTrue(h.awaitFailure().getCause().getMessage().contains("invalid interval"));
  }
}
