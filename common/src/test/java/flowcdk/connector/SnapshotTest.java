package flowcdk.connector;

import static flowcdk.connector.Fixtures.doc;
import static flowcdk.connector.Fixtures.state;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.state.ResourceState;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The snapshot strategy (docs/strategies.md#snapshots). */
class SnapshotTest {

  private static final String HOURLY = "{\"name\":\"lookup\",\"interval\":\"PT1H\"}";
  private static final List<String> ROW_KEY = List.of("/_meta/row_id");
  private Harness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new Harness();
  }

  @AfterEach
  void tearDown() throws Exception {
    h.close();
  }

  /** A snapshot of {@code rows.get()} rows {@code {"code":i}}. */
  private static Fetch.Snapshot rows(AtomicInteger rows) {
    return sink -> {
      for (int i = 0; i < rows.get(); i++) {
        sink.document(doc("{\"code\":" + i + "}"));
      }
      return Future.succeededFuture();
    };
  }

  private void start(ResourceState state, Fetch.Snapshot fetch) {
    h.start(
        root ->
            Strategies.forBinding(h.binding(root, 1, "lookup", HOURLY, ROW_KEY, state))
                .snapshot(fetch)
                .open());
  }

  private List<String> captured() throws Exception {
    return h.stdout().stream().filter(l -> l.startsWith("{\"captured\"")).toList();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> snapshotState(String checkpoint) {
    Map<String, Object> updated = (Map<String, Object>) JsonValues.read(RawJson.parse(checkpoint));
    return (Map<String, Object>)
        ((Map<String, Object>) ((Map<String, Object>) updated.get("bindingStateV1")).get("lookup"))
            .get("snapshot");
  }

  @Test
  void createsThenUpdatesThenSuppresses() throws Exception {
    AtomicInteger rows = new AtomicInteger(2);
    start(ResourceState.EMPTY, rows(rows));
    h.sleepers(1); // first pass ran at once (fresh state), now waiting an hour
    assertEquals(
        List.of(
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"c\",\"row_id\":0},\"code\":0}}}",
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"c\",\"row_id\":1},\"code\":1}}}"),
        captured());
    h.advance(Duration.ofHours(1));
    h.until("second checkpoint", () -> checkpointCount() == 2);
    h.sleepers(1);
    assertEquals(4, captured().size());
    assertTrue(captured().get(2).contains("{\"op\":\"u\",\"row_id\":0}"));
    h.advance(Duration.ofHours(1));
    h.until("third checkpoint", () -> checkpointCount() == 3);
    h.sleepers(1);
    assertEquals(4, captured().size()); // identical third pass: nothing emitted
    List<String> checkpoints = h.checkpoints();
    var first = snapshotState(checkpoints.get(0));
    var second = snapshotState(checkpoints.get(1));
    var third = snapshotState(checkpoints.get(2));
    assertEquals("2024-05-01T12:00:00Z", first.get("updated_at"));
    assertEquals(2L, first.get("last_count"));
    assertNotEquals(first.get("last_digest"), second.get("last_digest"));
    assertEquals(second.get("last_digest"), third.get("last_digest"));
    assertEquals("2024-05-01T14:00:00Z", third.get("updated_at"));
    assertEquals(
        List.of("updated_at", "last_count", "last_digest"), new ArrayList<>(third.keySet()));
    h.stop();
    h.awaitDone();
    assertEquals(
        1, h.logs("periodic snapshot is idle and stops, as the capture is stopping").size());
  }

  private int checkpointCount() {
    return (int) h.out.toString(UTF_8).lines().filter(l -> l.startsWith("{\"checkpoint\"")).count();
  }

  @Test
  void waitsUntilUpdatedAtPlusInterval() throws Exception {
    AtomicInteger rows = new AtomicInteger(1);
    start(
        state(
            "{\"snapshot\":{\"updated_at\":\"2024-05-01T11:30:00Z\",\"last_count\":1,\"last_digest\":\"x\"}}"),
        rows(rows));
    h.sleepers(1);
    assertEquals(List.of(Harness.START.plus(Duration.ofMinutes(30))), h.clock.pendingDeadlines());
    assertEquals(
        "{\"args\":{\"sleep_for\":\"PT30M\",\"next\":\"2024-05-01T12:30:00Z\"},"
            + "\"source\":\"flow.capture.lookup.snapshot\"}",
        h.fieldsJson("awaiting next snapshot"));
    assertEquals(List.of(), h.stdout());
    h.advance(Duration.ofMinutes(30));
    h.until("a pass", () -> checkpointCount() == 1);
    assertEquals(
        List.of(
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"u\",\"row_id\":0},\"code\":0}}}"),
        captured());
    h.stop();
    h.awaitDone();
  }

  @Test
  void shrinkingTombstonesTheMissingRows() throws Exception {
    AtomicInteger rows = new AtomicInteger(3);
    start(
        state(
            "{\"snapshot\":{\"updated_at\":\"2024-01-01T00:00:00Z\",\"last_count\":5,\"last_digest\":\"x\"}}"),
        rows(rows));
    h.until("a pass", () -> checkpointCount() == 1);
    assertEquals(
        List.of(
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"u\",\"row_id\":0},\"code\":0}}}",
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"u\",\"row_id\":1},\"code\":1}}}",
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"u\",\"row_id\":2},\"code\":2}}}",
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"d\",\"row_id\":3}}}}",
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"d\",\"row_id\":4}}}}"),
        captured());
    assertEquals(3L, snapshotState(h.checkpoints().get(0)).get("last_count"));
    h.stop();
    h.awaitDone();
  }

  @Test
  void polledSnapshotLogsCountsAndDigests() throws Exception {
    start(ResourceState.EMPTY, rows(new AtomicInteger(0)));
    h.until("a pass", () -> checkpointCount() == 1);
    var args = (Map<?, ?>) h.fields("polled snapshot").get("args");
    assertEquals(
        List.of("count", "digest", "last_count", "last_digest"), new ArrayList<>(args.keySet()));
    assertEquals(0L, args.get("count"));
    assertEquals("", args.get("last_digest"));
    h.stop();
    h.awaitDone();
  }

  @Test
  void metaMembersArePreservedAndPlacedFirstWhenAbsent() throws Exception {
    start(
        ResourceState.EMPTY,
        sink -> {
          sink.document(doc("{\"id\":\"a\",\"_meta\":{\"store\":\"A\",\"op\":\"u\"}}"));
          sink.document(doc("{\"id\":\"b\"}"));
          return Future.succeededFuture();
        });
    h.until("a pass", () -> checkpointCount() == 1);
    assertEquals(
        List.of(
            "{\"captured\":{\"binding\":1,\"doc\":{\"id\":\"a\",\"_meta\":{\"op\":\"c\",\"row_id\":0,\"store\":\"A\"}}}}",
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"c\",\"row_id\":1},\"id\":\"b\"}}}"),
        captured());
    h.stop();
    h.awaitDone();
  }

  @Test
  void aCustomTombstoneKeepsItsFields() throws Exception {
    AtomicInteger rows = new AtomicInteger(0);
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        1,
                        "lookup",
                        HOURLY,
                        List.of("/_meta/row_id", "/_meta/store"),
                        state(
                            "{\"snapshot\":{\"updated_at\":\"2024-01-01T00:00:00Z\",\"last_count\":1,\"last_digest\":\"x\"}}")))
                .snapshot(rows(rows))
                .tombstone(doc("{\"_meta\":{\"store\":\"A\"},\"kind\":\"gone\"}"))
                .open());
    h.until("a pass", () -> checkpointCount() == 1);
    assertEquals(
        List.of(
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"d\",\"row_id\":0,\"store\":\"A\"},"
                + "\"kind\":\"gone\"}}}"),
        captured());
    h.stop();
    h.awaitDone();
  }

  private String openFailure(List<String> key, OpenBinding.Configure configure) throws Exception {
    h.start(
        root ->
            configure
                .apply(
                    Strategies.forBinding(
                        h.binding(root, 1, "lookup", HOURLY, key, ResourceState.EMPTY)))
                .open());
    return h.awaitFailure().getCause().getMessage();
  }

  @Test
  void aTombstoneMustPresetTheOtherKeyFields() throws Exception {
    assertEquals(
        "A snapshot tombstone must have every collection key field other than /_meta/row_id pre-set, but"
            + " /_meta/store is unset. Key: ['/_meta/row_id', '/_meta/store'], tombstone: {\"_meta\":{\"op\":\"d\"}}",
        openFailure(
            List.of("/_meta/row_id", "/_meta/store"), o -> o.snapshot(rows(new AtomicInteger()))));
  }

  @Test
  void subtasksNeedACompoundKey() throws Exception {
    assertEquals(
        "A Fetch.Snapshot subtask requires a compound collection key containing /_meta/row_id plus a"
            + " subtask discriminator. Got: ['/_meta/row_id']",
        openFailure(ROW_KEY, o -> o.snapshot(Map.of("A", rows(new AtomicInteger())))));
  }

  @Test
  void subtasksNeedATombstonePerSubtask() throws Exception {
    String expected =
        "Fetch.Snapshot subtasks require a Map of tombstones with the same keys (the subtask ids),"
            + " each carrying the subtask discriminator";
    List<String> key = List.of("/_meta/row_id", "/_meta/store");
    assertEquals(
        expected, openFailure(key, o -> o.snapshot(Map.of("A", rows(new AtomicInteger())))));
  }

  @Test
  void subtaskTombstoneIdsMustMatch() throws Exception {
    List<String> key = List.of("/_meta/row_id", "/_meta/store");
    assertEquals(
        "Fetch.Snapshot subtasks require a Map of tombstones with the same keys (the subtask ids),"
            + " each carrying the subtask discriminator",
        openFailure(
            key,
            o ->
                o.snapshot(Map.of("A", rows(new AtomicInteger())))
                    .tombstones(Map.of("B", doc("{\"_meta\":{\"store\":\"B\"}}")))));
  }

  @Test
  void subtaskDiscriminatorsMustDiffer() throws Exception {
    List<String> key = List.of("/_meta/row_id", "/_meta/store");
    Map<String, Fetch.Snapshot> fetch = new LinkedHashMap<>();
    fetch.put("A", rows(new AtomicInteger()));
    fetch.put("B", rows(new AtomicInteger()));
    Map<String, RawJson> tombstones = new LinkedHashMap<>();
    tombstones.put("A", doc("{\"_meta\":{\"store\":\"A\"}}"));
    tombstones.put("B", doc("{\"_meta\":{\"store\":\"A\"}}"));
    assertEquals(
        "Fetch.Snapshot subtask tombstones must carry distinct key discriminator values, one per subtask."
            + " Got: [[\"A\"], [\"A\"]]",
        openFailure(key, o -> o.snapshot(fetch).tombstones(tombstones)));
  }

  @Test
  void subtasksNumberRowsAndCheckpointSeparately() throws Exception {
    Map<String, Fetch.Snapshot> fetch = new LinkedHashMap<>();
    fetch.put(
        "A",
        sink -> {
          sink.document(doc("{\"_meta\":{\"store\":\"A\"},\"id\":\"a1\"}"));
          return Future.succeededFuture();
        });
    fetch.put(
        "B",
        sink -> {
          sink.document(doc("{\"_meta\":{\"store\":\"B\"},\"id\":\"b1\"}"));
          return Future.succeededFuture();
        });
    Map<String, RawJson> tombstones = new LinkedHashMap<>();
    tombstones.put("A", doc("{\"_meta\":{\"store\":\"A\"}}"));
    tombstones.put("B", doc("{\"_meta\":{\"store\":\"B\"}}"));
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        1,
                        "lookup",
                        HOURLY,
                        List.of("/_meta/row_id", "/_meta/store"),
                        state(
                            "{\"snapshot\":{\"B\":{\"updated_at\":\"2024-01-01T00:00:00Z\",\"last_count\":2,"
                                + "\"last_digest\":\"x\"}}}")))
                .snapshot(fetch)
                .tombstones(tombstones)
                .open());
    h.until("two passes", () -> checkpointCount() == 2);
    List<String> captured = captured();
    assertTrue(
        captured.contains(
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"c\",\"row_id\":0,"
                + "\"store\":\"A\"},\"id\":\"a1\"}}}"),
        captured.toString());
    assertTrue(
        captured.contains(
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"u\",\"row_id\":0,"
                + "\"store\":\"B\"},\"id\":\"b1\"}}}"),
        captured.toString());
    assertTrue(
        captured.contains(
            "{\"captured\":{\"binding\":1,\"doc\":{\"_meta\":{\"op\":\"d\",\"row_id\":1,"
                + "\"store\":\"B\"}}}}"),
        captured.toString());
    List<String> checkpoints = h.checkpoints();
    assertTrue(
        checkpoints.stream()
            .anyMatch(
                c ->
                    c.startsWith(
                        "{\"bindingStateV1\":{\"lookup\":{\"snapshot\":{\"A\":"
                            + "{\"updated_at\":\"2024-05-01T12:00:00Z\",\"last_count\":1,")),
        checkpoints.toString());
    assertTrue(
        checkpoints.stream()
            .anyMatch(
                c ->
                    c.startsWith(
                        "{\"bindingStateV1\":{\"lookup\":{\"snapshot\":{\"B\":"
                            + "{\"updated_at\":\"2024-05-01T12:00:00Z\",\"last_count\":1,")),
        checkpoints.toString());
    List<Object> sources =
        h.logs("polled snapshot").stream()
            .map(l -> ((Map<?, ?>) l.get("fields")).get("source"))
            .sorted()
            .map(Object.class::cast)
            .toList();
    assertEquals(
        List.of("flow.capture.lookup.snapshot.A", "flow.capture.lookup.snapshot.B"), sources);
    h.stop();
    h.awaitDone();
  }
}
