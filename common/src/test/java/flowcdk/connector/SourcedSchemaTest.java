package flowcdk.connector;

import static flowcdk.connector.Fixtures.doc;
import static flowcdk.connector.Fixtures.state;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.ResourceState;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.task.Task;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code sourcedSchema} on every kind of sink (docs/strategies.md#sourced-schemas). */
class SourcedSchemaTest {

  private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"n\":{}}}";
  private static final String SCHEMA_LINE =
      "{\"sourcedSchema\":{\"binding\":0,\"schema_json\":" + SCHEMA + "}}";

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

  private OpenBinding binding(Task root, String state) {
    return Strategies.forBinding(
        h.binding(root, 0, "events", HOURLY, List.of("/id"), state(state)));
  }

  @Test
  void aBlockingIncrementalFetchCommitsItsSourcedSchemaBeforeItsDocuments() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Blocking.Changes fetch =
        (cursor, sink) -> {
          if (calls.incrementAndGet() == 1) {
            sink.sourcedSchema(RawJson.parse(SCHEMA));
            sink.document(doc("{\"id\":1,\"n\":\"one\"}"));
            sink.checkpoint(LogCursor.offset(11));
          }
        };
    h.start(
        root ->
            binding(root, "{\"inc\":{\"cursor\":10}}").incremental(Blocking.changes(fetch)).open());
    h.sleepers(1);
    h.stop();
    h.awaitDone();
    List<String> out = h.stdout();
    assertEquals(3, out.size(), out.toString());
    assertEquals(SCHEMA_LINE, out.get(0));
    assertEquals("{\"captured\":{\"binding\":0,\"doc\":{\"id\":1,\"n\":\"one\"}}}", out.get(1));
    assertTrue(out.get(2).startsWith("{\"checkpoint\""), out.get(2));
  }

  @Test
  void aBackfillPageCommitsItsSourcedSchema() throws Exception {
    Blocking.Page fetch =
        (page, cutoff, sink) -> {
          sink.sourcedSchema(RawJson.parse(SCHEMA));
          sink.document(doc("{\"id\":0}"));
          if (page.isNone()) {
            sink.checkpoint(PageCursor.of("p2"));
          }
        };
    h.start(
        root ->
            binding(root, "{\"backfill\":{\"cutoff\":1}}").backfill(Blocking.pages(fetch)).open());
    h.awaitDone();
    List<String> out = h.stdout();
    assertEquals(
        List.of(
            "sourcedSchema", "captured", "checkpoint", "sourcedSchema", "captured", "checkpoint"),
        out.stream().map(SourcedSchemaTest::kind).toList(),
        out.toString());
    assertEquals(SCHEMA_LINE, out.get(3));
  }

  @Test
  void anUnchangedSnapshotStillCommitsItsSourcedSchema() throws Exception {
    AtomicInteger passes = new AtomicInteger();
    Blocking.Snapshot fetch =
        sink -> {
          if (passes.incrementAndGet() == 3) {
            sink.sourcedSchema(RawJson.parse(SCHEMA)); // the same rows, a wider declared schema
          }
          sink.document(doc("{\"id\":1}"));
        };
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root, 0, "events", HOURLY, List.of("/_meta/row_id"), ResourceState.EMPTY))
                .snapshot(Blocking.snapshot(fetch))
                .open());
    h.sleepers(1);
    h.advance(Duration.ofHours(1)); // the second pass re-emits the row as an update (op u)
    h.until("second pass", () -> checkpointCount() == 2);
    h.sleepers(1);
    h.advance(Duration.ofHours(1)); // the third pass finds it unchanged: no documents
    h.until("third pass", () -> checkpointCount() == 3);
    h.stop();
    h.awaitDone();
    List<String> out = h.stdout();
    assertEquals(
        List.of("captured", "checkpoint", "captured", "checkpoint", "sourcedSchema", "checkpoint"),
        out.stream().map(SourcedSchemaTest::kind).toList(),
        out.toString());
    assertEquals(SCHEMA_LINE, out.get(4));
  }

  private int checkpointCount() {
    return (int) h.out.toString(UTF_8).lines().filter(l -> l.startsWith("{\"checkpoint\"")).count();
  }

  /** The response kind of a protocol line: its first member's name. */
  private static String kind(String line) {
    return line.substring(2, line.indexOf('"', 2));
  }

  @Test
  void aSchemaThatIsNotAnObjectIsRefused() throws Exception {
    AtomicReference<IllegalArgumentException> refused = new AtomicReference<>();
    Blocking.Changes fetch =
        (cursor, sink) -> {
          if (refused.get() == null) {
            refused.set(
                assertThrows(
                    IllegalArgumentException.class,
                    () -> sink.sourcedSchema(RawJson.parse("true"))));
          }
        };
    h.start(
        root ->
            binding(root, "{\"inc\":{\"cursor\":10}}").incremental(Blocking.changes(fetch)).open());
    h.sleepers(1);
    h.stop();
    h.awaitDone();
    assertTrue(
        refused.get().getMessage().contains("a sourced schema must be a JSON object"),
        refused.get().getMessage());
    assertEquals(List.of(), h.stdout());
  }
}
