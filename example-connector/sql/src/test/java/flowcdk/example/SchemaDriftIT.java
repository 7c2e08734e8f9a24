package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.example.testing.FlowSchemas;
import flowcdk.example.testing.Jars;
import flowcdk.example.testing.PostgresExtension;
import flowcdk.example.testing.PostgresServer;
import flowcdk.testing.Captured;
import flowcdk.testing.ConnectorJar;
import flowcdk.testing.OpenRequest;
import flowcdk.testing.StrategyLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema drift (issue 11, item 4): columns added or changed in type after discovery are announced
 * to Flow as a {@code sourcedSchema} before the first document of the new shape, so every document
 * validates against the schema Flow then holds ({@link FlowSchemas}); the connector jar runs the
 * protocol against a real PostgreSQL server, with the collection schemas of the first discovery, as
 * Flow would until the capture is re-discovered.
 */
@ExtendWith(PostgresExtension.class)
class SchemaDriftIT {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final Duration WAIT = Duration.ofMinutes(2);
  private static final Map<String, String> DEBUG_LOG =
      Map.of("LOG_LEVEL", "debug", "LOG_FORMAT", "json");
  private static final List<String> KEYS = List.of("public.items", "public.notes");

  @TempDir Path dir;

  private final PostgresServer server = PostgresServer.shared();

  private String database() {
    String name = "drift_" + DATABASES.incrementAndGet();
    server.createDatabase(name);
    return name;
  }

  private Path config(String database) throws Exception {
    return Files.writeString(
        dir.resolve(database + ".json"),
        "{\"host\":\""
            + server.host()
            + "\",\"port\":"
            + server.port()
            + ",\"database\":\""
            + database
            + "\",\"user\":\""
            + server.user()
            + "\",\"password\":\""
            + server.password()
            + "\",\"schemas\":[\"public\"],\"page_size\":10}");
  }

  private void sql(String database, String... statements) throws SQLException {
    try (Connection connection = server.connect(database);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static String discovered(Path config) throws Exception {
    ConnectorJar.Run run = Jars.SQL.run("discover", "--config", config.toString(), "--json");
    assertEquals(0, run.status(), run.err());
    return run.out().get(0);
  }

  /** Starts a protocol session: Open with the discovered bindings, {@code state} and 1 s polls. */
  private static ConnectorJar.Session open(String discovered, Path config, String state)
      throws Exception {
    ConnectorJar.Session session = Jars.SQL.start(DEBUG_LOG);
    session.send(OpenRequest.of(discovered, Files.readString(config), "PT1S", state));
    return session;
  }

  /**
   * Waits for {@code documents} documents in all, then for two more rounds of every binding (so a
   * whole round began after them).
   */
  private static void settle(ConnectorJar.Session session, long documents) throws Exception {
    session.await(
        lines -> Captured.countDocuments(lines) >= documents, WAIT, documents + " documents");
    StrategyLog mark = new StrategyLog(session.err());
    session.await(
        (out, err) -> new StrategyLog(err).atRest(KEYS, mark, 2),
        WAIT,
        "two more rounds of every binding after " + documents + " documents");
  }

  private static List<JsonNode> sourcedSchemas(List<String> lines) {
    List<JsonNode> schemas = new ArrayList<>();
    for (String line : lines) {
      JsonNode node = Captured.parse(line);
      if (node.has("sourcedSchema")) {
        schemas.add(node.get("sourcedSchema"));
      }
    }
    return schemas;
  }

  @Test
  void changedAndAddedColumnsAreAnnouncedBeforeTheirDocuments() throws Exception {
    String db = database();
    sql(
        db,
        "CREATE TABLE items (id int PRIMARY KEY, n int, updated_at timestamptz NOT NULL)",
        "INSERT INTO items SELECT i, i, TIMESTAMPTZ '2024-01-01Z' + i * INTERVAL '1 second'"
            + " FROM generate_series(1, 5) i",
        "CREATE TABLE notes (label text, n int)",
        "INSERT INTO notes VALUES ('a', 1), ('b', 2)");
    Path config = config(db);
    String discovered = discovered(config);
    FlowSchemas flow = new FlowSchemas(discovered);

    ConnectorJar.Session first = open(discovered, config, "{}");
    settle(first, 5 + 2);
    ConnectorJar.Run firstRun = first.terminate();
    assertEquals(0, firstRun.status(), firstRun.err());
    assertEquals(List.of(), sourcedSchemas(firstRun.out()), "no drift, nothing announced");
    flow.check(firstRun.out());
    String state = OpenRequest.reduce("{}", firstRun.out());

    // Between sessions: a column changes type, one is added, rows of the new shape are written.
    sql(
        db,
        "ALTER TABLE items ALTER COLUMN n TYPE text",
        "ALTER TABLE items ADD COLUMN color text NOT NULL DEFAULT 'red'",
        "INSERT INTO items VALUES (6, 'n6', now(), 'blue')",
        "UPDATE items SET n = 'n' || n, updated_at = now() WHERE id = 2",
        "ALTER TABLE notes ALTER COLUMN n TYPE text",
        "UPDATE notes SET n = 'n' || n");
    ConnectorJar.Session second = open(discovered, config, state);
    settle(second, 2 + 2);
    // While it runs: another column each, and rows that use it.
    sql(
        db,
        "ALTER TABLE items ADD COLUMN extra jsonb",
        "INSERT INTO items VALUES (7, 'n7', now(), 'green', '{\"k\":[1]}')",
        "ALTER TABLE notes ADD COLUMN flag boolean",
        "INSERT INTO notes VALUES ('c', 'n3', true)");
    settle(second, 2 + 2 + 1 + 3);
    ConnectorJar.Run secondRun = second.terminate();
    assertEquals(0, secondRun.status(), secondRun.err());
    flow.check(secondRun.out());

    assertEquals(List.of(), flow.problems(), "documents Flow would reject");
    assertTrue(flow.checked() >= 7 + 8, "documents checked: " + flow.checked());
    Captured captured = new Captured(secondRun.out());
    assertEquals(
        List.of(
            "{\"id\":6,\"n\":\"n6\",\"updated_at\":", // inserted before 2 was updated
            "{\"id\":2,\"n\":\"n2\",\"updated_at\":",
            "{\"id\":7,\"n\":\"n7\",\"updated_at\":"),
        captured.documents(0).stream()
            .map(d -> d.toString().substring(0, d.toString().indexOf("\"updated_at\":") + 13))
            .toList());
    assertTrue(captured.documents(0).get(0).toString().endsWith(",\"color\":\"blue\"}"));
    assertTrue(
        captured
            .documents(0)
            .get(2)
            .toString()
            .endsWith(",\"color\":\"green\",\"extra\":{\"k\":[1]}}"));
    assertEquals(
        "{\"_meta\":{\"op\":\"c\",\"row_id\":2},\"label\":\"c\",\"n\":\"n3\",\"flag\":true}",
        captured.documents(1).get(4).toString());

    // Each binding announced the shape before (at open) and after the change while it ran.
    List<JsonNode> items = flow.sourced(0);
    assertTrue(items.size() >= 2, items.toString());
    JsonNode atOpen = items.get(0).get("properties");
    assertEquals("[\"string\",\"null\"]", atOpen.get("n").get("type").toString());
    assertEquals("\"string\"", atOpen.get("color").get("type").toString());
    assertFalse(atOpen.has("extra"));
    assertTrue(items.get(items.size() - 1).get("properties").has("extra"));
    assertEquals(
        "[\"id\",\"n\",\"updated_at\",\"color\",\"extra\"]",
        items.get(items.size() - 1).get("required").toString());
    List<JsonNode> notes = flow.sourced(1);
    assertTrue(notes.size() >= 2, notes.toString());
    assertTrue(notes.get(notes.size() - 1).get("properties").has("flag"));
    assertEquals("[\"_meta\"]", notes.get(0).get("required").toString());

    // Without drift, a session announces nothing.
    ConnectorJar.Session third =
        open(discovered(config), config, OpenRequest.reduce(state, secondRun.out()));
    settle(third, 0);
    ConnectorJar.Run thirdRun = third.terminate();
    assertEquals(0, thirdRun.status(), thirdRun.err());
    assertEquals(List.of(), sourcedSchemas(thirdRun.out()), thirdRun.out().toString());
  }

  @Test
  void aCursorColumnChangedToAnIncompatibleTypeFailsWithAClearMessage() throws Exception {
    String db = database();
    sql(
        db,
        "CREATE TABLE items (id int PRIMARY KEY, updated_at timestamptz NOT NULL)",
        "INSERT INTO items SELECT i, TIMESTAMPTZ '2024-01-01Z' + i * INTERVAL '1 second'"
            + " FROM generate_series(1, 3) i",
        "CREATE TABLE notes (label text)");
    Path config = config(db);
    String discovered = discovered(config);
    ConnectorJar.Session first = open(discovered, config, "{}");
    settle(first, 3);
    ConnectorJar.Run firstRun = first.terminate();
    assertEquals(0, firstRun.status(), firstRun.err());
    String state = OpenRequest.reduce("{}", firstRun.out());

    sql(db, "ALTER TABLE items ALTER COLUMN updated_at TYPE text USING updated_at::text");
    ConnectorJar.Run failed = open(discovered, config, state).awaitExit(WAIT);
    assertNotEquals(0, failed.status(), failed.err());
    assertTrue(
        failed
            .err()
            .contains(
                "does not fit a cursor column of type STRING; was the cursor column changed?"
                    + " Request a backfill of the binding to start over"),
        failed.err());
    assertEquals(0, Captured.countDocuments(failed.out()), failed.out().toString());
    // An expected failure, the user's to act on: one message, no stack trace.
    assertFalse(failed.err().contains("traceback") || failed.err().contains("\tat "), failed.err());
  }
}
