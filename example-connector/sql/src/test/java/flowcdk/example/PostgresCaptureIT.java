package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.example.testing.Jars;
import flowcdk.example.testing.PostgresExtension;
import flowcdk.example.testing.PostgresRuns;
import flowcdk.example.testing.PostgresServer;
import flowcdk.testing.Captured;
import flowcdk.testing.ConnectorJar;
import flowcdk.testing.OpenRequest;
import flowcdk.testing.SchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector jar, as a child process, against a real PostgreSQL server (started by {@link
 * PostgresServer} from Debian's packages on a loopback port, stopped after the run): discovery,
 * full captures with every document checked against its discovered schema, changes between
 * sessions, a crash in the middle of a backfill, and 20 tables at once. Tables are made by the
 * superuser; the connector connects as the server's SELECT-only {@linkplain
 * PostgresServer#readerUser() reader}.
 */
@ExtendWith(PostgresExtension.class)
class PostgresCaptureIT {

  private static final Duration WAIT = PostgresRuns.WAIT;

  @TempDir Path dir;

  private final PostgresServer server = PostgresServer.shared();
  private PostgresRuns runs;

  private PostgresRuns runs() {
    if (runs == null) {
      runs = new PostgresRuns(dir);
    }
    return runs;
  }

  /** A fresh database. */
  private String database() {
    return runs().database("capture");
  }

  private Path config(String database, int pageSize, String... schemas) throws Exception {
    return runs().config(database, pageSize, schemas);
  }

  private void sql(String database, String... statements) throws SQLException {
    runs().sql(database, statements);
  }

  private static String discovered(Path config) throws Exception {
    return PostgresRuns.discovered(config);
  }

  /**
   * Preview until every binding is at rest (see {@link PostgresRuns#preview}), asserting exit 0.
   */
  private static Captured capture(Path config, Path state, long documents) throws Exception {
    ConnectorJar.Run run = PostgresRuns.preview(config, state, documents);
    assertEquals(0, run.status(), run.err());
    return new Captured(run.out());
  }

  private static Set<Long> ids(List<JsonNode> documents, String column) {
    return documents.stream()
        .map(d -> d.get(column).asLong())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<Long> range(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> (long) i)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void discoversAndCapturesEveryTableWithDocumentsMatchingTheirSchemas() throws Exception {
    String db = database();
    sql(
        db,
        "CREATE SCHEMA shop",
        """
        CREATE TABLE shop.orders (id bigint PRIMARY KEY, customer text NOT NULL, total numeric(12,2),
          tags text[], details jsonb, blob bytea, ref uuid, placed date, local_at timestamp, ratio double precision,
          ok boolean, qty smallint, updated_at timestamptz NOT NULL)""",
        """
        INSERT INTO shop.orders SELECT i, 'customer ' || i, i * 1.25, ARRAY['a' || i, NULL],
          CASE WHEN i % 4 = 0 THEN NULL ELSE jsonb_build_object('n', i, 'even', i % 2 = 0) END,
          CASE WHEN i % 3 = 0 THEN NULL ELSE decode('00ff' || lpad(to_hex(i), 4, '0'), 'hex') END,
          md5(i::text)::uuid, DATE '2024-01-01' + i, TIMESTAMP '2024-01-01 00:00:00' + i * INTERVAL '1 second',
          CASE WHEN i = 7 THEN 'NaN'::float8 ELSE i / 3.0 END, i % 2 = 0, i % 100,
          TIMESTAMPTZ '2024-01-01 00:00:00Z' + (i / 5) * INTERVAL '1 minute'
        FROM generate_series(1, 500) i""",
        "CREATE TABLE shop.lines (order_id bigint, line int, sku text, updated_at timestamp NOT NULL,"
            + " PRIMARY KEY (order_id, line))",
        "INSERT INTO shop.lines SELECT i / 3, i % 3, 'sku-' || i, TIMESTAMP '2024-02-01' + i * INTERVAL '1 minute'"
            + " FROM generate_series(3, 302) i",
        "CREATE TABLE shop.events (kind text, at timestamptz, payload json)",
        "INSERT INTO shop.events SELECT 'kind' || (i % 3), TIMESTAMPTZ '2024-03-01Z' + i * INTERVAL '1 hour',"
            + " json_build_object('i', i) FROM generate_series(1, 50) i",
        "CREATE TABLE shop.settings (name text PRIMARY KEY, value text)",
        "INSERT INTO shop.settings VALUES ('color', 'blue'), ('size', NULL)",
        "CREATE TABLE public.ignored (id int PRIMARY KEY)");
    Path config = config(db, 100, "shop");

    String discoveredLine = discovered(config);
    JsonNode bindings = Captured.parse(discoveredLine).get("discovered").get("bindings");
    assertEquals(4, bindings.size(), discoveredLine);
    assertEquals("shop.events", bindings.get(0).get("recommendedName").asText());
    assertEquals("[\"/_meta/row_id\"]", bindings.get(0).get("key").toString());
    assertEquals(
        "{\"schema\":\"shop\",\"table\":\"events\",\"interval\":\"PT1M\"}",
        bindings.get(0).get("resourceConfig").toString());
    assertEquals("shop.lines", bindings.get(1).get("recommendedName").asText());
    assertEquals("[\"/order_id\",\"/line\"]", bindings.get(1).get("key").toString());
    assertEquals("shop.orders", bindings.get(2).get("recommendedName").asText());
    assertEquals("[\"/id\"]", bindings.get(2).get("key").toString());
    assertEquals(
        "{\"schema\":\"shop\",\"table\":\"orders\",\"cursor\":\"updated_at\",\"interval\":\"PT1M\"}",
        bindings.get(2).get("resourceConfig").toString());
    assertEquals("[\"shop\",\"orders\"]", bindings.get(2).get("resourcePath").toString());
    JsonNode orderSchema = bindings.get(2).get("documentSchema").get("properties");
    assertEquals("[\"string\",\"null\"]", orderSchema.get("total").get("type").toString());
    assertEquals("number", orderSchema.get("total").get("format").asText());
    assertEquals("[\"array\",\"null\"]", orderSchema.get("tags").get("type").toString());
    assertEquals(
        "[\"string\",\"null\",\"array\"]",
        orderSchema.get("tags").get("items").get("type").toString());
    assertEquals("date-time", orderSchema.get("updated_at").get("format").asText());
    assertEquals("\"string\"", orderSchema.get("updated_at").get("type").toString());
    assertEquals("shop.settings", bindings.get(3).get("recommendedName").asText());
    assertEquals(
        "[\"/_meta/row_id\"]",
        bindings.get(3).get("key").toString(),
        "a key but no cursor: snapshots");

    Captured captured = capture(config, dir.resolve("state.json"), 50 + 300 + 500 + 2);
    assertEquals(852, captured.count());
    assertEquals(range(1, 500), ids(captured.documents(2), "id"));
    assertEquals(300, captured.documents(1).size());
    assertEquals(50, captured.documents(0).size());
    SchemaCheck schemas = new SchemaCheck(discoveredLine);
    int checked = 0;
    for (int b = 0; b < 4; b++) {
      checked += schemas.assertValid(schemas.names().get(b), captured.documents(b));
    }
    assertEquals(852, checked);

    JsonNode order7 =
        captured.documents(2).stream()
            .filter(d -> d.get("id").asLong() == 7)
            .findFirst()
            .orElseThrow();
    assertEquals(
        "{\"id\":7,\"customer\":\"customer 7\",\"total\":\"8.75\",\"tags\":[\"a7\",null],"
            + "\"details\":{\"n\":7,\"even\":false},\"blob\":\"AP8ABw==\",\"ref\":\"8f14e45f-ceea-167a-5a36-dedd4bea2543\","
            + "\"placed\":\"2024-01-08\",\"local_at\":\"2024-01-01T00:00:07Z\",\"ratio\":\"NaN\",\"ok\":false,\"qty\":7,"
            + "\"updated_at\":\"2024-01-01T00:01:00Z\"}",
        order7.toString());
    JsonNode color = captured.documents(3).get(0);
    assertEquals(
        "{\"_meta\":{\"op\":\"c\",\"row_id\":0},\"name\":\"color\",\"value\":\"blue\"}",
        color.toString());
  }

  private static ConnectorJar.Run protocolSession(
      String discovered, Path config, String state, long documents) throws Exception {
    return PostgresRuns.session(discovered, config, state, documents);
  }

  @Test
  void insertsUpdatesAndDeletesBetweenSessionsAreCapturedInTheNextSession() throws Exception {
    String db = database();
    sql(
        db,
        "CREATE TABLE items (id int PRIMARY KEY, name text, updated_at timestamptz NOT NULL DEFAULT now())",
        "INSERT INTO items SELECT i, 'item ' || i, TIMESTAMPTZ '2024-01-01Z' + i * INTERVAL '1 second'"
            + " FROM generate_series(1, 100) i",
        "CREATE TABLE tags (label text, weight int)",
        "INSERT INTO tags SELECT 'tag ' || i, i FROM generate_series(1, 5) i");
    Path config = config(db, 30, "public");
    String discovered = discovered(config);
    SchemaCheck schemas = new SchemaCheck(discovered);
    // Through the protocol, as Flow runs it, with a 1 s interval so the snapshot table is re-read
    // at once.
    ConnectorJar.Run firstRun = protocolSession(discovered, config, "{}", 105);
    Captured first = new Captured(firstRun.out());
    String state = OpenRequest.reduce("{}", firstRun.out());
    assertEquals(range(1, 100), ids(first.documents(0), "id"));
    // The first pass creates the rows (op c). The session went on for two more passes: the second
    // emits the rows once more as updates (op u), since the digest covers _meta, as the Python
    // CDK's does; the third, of an unchanged table, is silent.
    List<String> ops =
        first.documents(1).stream().map(d -> d.get("_meta").get("op").asText()).toList();
    assertEquals(List.of("c", "c", "c", "c", "c", "u", "u", "u", "u", "u"), ops);

    sql(
        db,
        "INSERT INTO items (id, name) SELECT i, 'new ' || i FROM generate_series(101, 110) i",
        "UPDATE items SET name = 'renamed ' || id, updated_at = now() WHERE id IN (3, 30, 60, 90, 100)",
        "DELETE FROM items WHERE id = 50", // not seen by a cursor capture (documented)
        "DELETE FROM tags WHERE weight IN (2, 4, 5)",
        "UPDATE tags SET label = 'heavy' WHERE weight = 3");
    ConnectorJar.Run secondRun = protocolSession(discovered, config, state, 15 + 2 + 3);
    Captured second = new Captured(secondRun.out());
    state = OpenRequest.reduce(state, secondRun.out());
    Set<Long> expected = range(101, 110);
    expected.addAll(List.of(3L, 30L, 60L, 90L, 100L));
    assertEquals(expected, ids(second.documents(0), "id"), "only new and changed rows");
    assertEquals(15, second.documents(0).size(), "each once");
    assertTrue(
        second.documents(0).stream()
            .filter(d -> d.get("id").asLong() == 30)
            .allMatch(d -> d.get("name").asText().equals("renamed 30")));
    List<String> tags = second.documents(1).stream().map(JsonNode::toString).toList();
    assertEquals(
        List.of( // rows in label order (the table has no key): heavy, tag 1; then the deletions
            "{\"_meta\":{\"op\":\"u\",\"row_id\":0},\"label\":\"heavy\",\"weight\":3}",
            "{\"_meta\":{\"op\":\"u\",\"row_id\":1},\"label\":\"tag 1\",\"weight\":1}",
            "{\"_meta\":{\"op\":\"d\",\"row_id\":2}}",
            "{\"_meta\":{\"op\":\"d\",\"row_id\":3}}",
            "{\"_meta\":{\"op\":\"d\",\"row_id\":4}}"),
        tags);
    schemas.assertValid("public.items", second.documents(0));
    schemas.assertValid("public.tags", second.documents(1));

    ConnectorJar.Run third = protocolSession(discovered, config, state, 0);
    assertEquals(
        0, new Captured(third.out()).count(), "nothing changed, nothing captured: " + third.out());
  }

  @Test
  void aSessionKilledMidBackfillResumesWithoutLosingRows() throws Exception {
    String db = database();
    sql(
        db,
        "CREATE TABLE big (id bigint PRIMARY KEY, body text, updated_at timestamptz NOT NULL)",
        "INSERT INTO big SELECT i, repeat('x', 100), TIMESTAMPTZ '2024-01-01Z' + i * INTERVAL '1 second'"
            + " FROM generate_series(1, 20000) i");
    Path config = config(db, 200, "public");
    Path state = dir.resolve("state.json");
    ConnectorJar.Session crashing =
        Jars.SQL.start(
            "preview", "--config", config.toString(), "--state", state.toString(), "--json");
    crashing.await(lines -> Captured.countCheckpoints(lines) >= 12, WAIT, "12 checkpoints");
    ConnectorJar.Run killed = crashing.kill();
    Set<Long> seen = ids(new Captured(killed.out()).documents(0), "id");
    assertTrue(seen.size() < 20000, "killed before the backfill ended: " + seen.size());
    assertTrue(Files.readString(state).contains("\"next_page\":{\"id\":"), Files.readString(state));

    ConnectorJar.Session resumed =
        Jars.SQL.start(
            "preview", "--config", config.toString(), "--state", state.toString(), "--json");
    Set<Long> all = new HashSet<>(seen);
    resumed.await(
        lines -> {
          all.addAll(ids(new Captured(lines).documents(0), "id"));
          return all.size() == 20000;
        },
        WAIT,
        "every row after the resume");
    ConnectorJar.Run run = resumed.terminate();
    assertEquals(0, run.status(), run.err());
    List<JsonNode> again = new Captured(run.out()).documents(0);
    assertTrue(
        again.size() < 20000,
        "the resumed session started where the state left off: " + again.size());
    new SchemaCheck(discovered(config)).assertValid("public.big", again);
    assertTrue(
        Files.readString(state).contains("\"backfill\":null")
            || !Files.readString(state).contains("backfill"),
        "the backfill completed: " + Files.readString(state));
  }

  @Test
  void twentyTablesAreCapturedConcurrently() throws Exception {
    String db = database();
    List<String> statements = new ArrayList<>();
    for (int t = 0; t < 20; t++) {
      statements.add(
          "CREATE TABLE t" + t + " (id int PRIMARY KEY, v text, updated_at timestamptz NOT NULL)");
      statements.add(
          "INSERT INTO t"
              + t
              + " SELECT i, 't"
              + t
              + "-' || i, TIMESTAMPTZ '2024-01-01Z' + i * INTERVAL"
              + " '1 second' FROM generate_series(1, 2000) i");
    }
    sql(db, statements.toArray(String[]::new));
    Path config = config(db, 100, "public");
    Captured captured = capture(config, dir.resolve("state.json"), 40000);
    SchemaCheck schemas = new SchemaCheck(discovered(config));
    for (int b = 0; b < 20; b++) {
      assertEquals(range(1, 2000), ids(captured.documents(b), "id"), "binding " + b);
      schemas.assertValid(schemas.names().get(b), captured.documents(b));
    }
    // Concurrent: the first quarter of the output already holds documents of most tables.
    long early = captured.order().subList(0, 10000).stream().distinct().count();
    assertTrue(early >= 10, "the first 10000 documents come from " + early + " tables");
  }

  @Test
  void columnsOfTypesWithoutATextOrderAreNeverCursorsOrKeys() throws Exception {
    String db = database();
    sql(
        db,
        "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
        "CREATE TABLE feelings (id int PRIMARY KEY, updated_at mood NOT NULL)",
        "CREATE TABLE moods (m mood PRIMARY KEY, updated_at timestamptz NOT NULL)",
        "INSERT INTO feelings VALUES (1, 'happy'), (2, 'sad')",
        "INSERT INTO moods VALUES ('ok', now())");
    Path config = config(db, 10, "public");
    String discoveredLine = discovered(config);
    JsonNode bindings = Captured.parse(discoveredLine).get("discovered").get("bindings");
    for (JsonNode binding : bindings) {
      assertEquals(
          "[\"/_meta/row_id\"]",
          binding.get("key").toString(),
          "captured by snapshots: " + binding);
      assertFalse(binding.get("resourceConfig").has("cursor"), binding.toString());
    }
    Captured captured = capture(config, dir.resolve("state.json"), 3);
    assertEquals(
        "{\"_meta\":{\"op\":\"c\",\"row_id\":0},\"id\":1,\"updated_at\":\"happy\"}",
        captured.documents(0).get(0).toString());
    new SchemaCheck(discoveredLine).assertValid("public.feelings", captured.documents(0));

    String config2 = Files.readString(config);
    ConnectorJar.Run rejected =
        validateBindings(
            config2,
            "{\"resourceConfig\":{\"schema\":\"public\",\"table\":"
                + "\"feelings\",\"cursor\":\"updated_at\"},\"collection\":{\"name\":\"acme/f\",\"key\":[\"/_meta/row_id\"],"
                + "\"writeSchema\":{}}}");
    assertEquals(1, rejected.status());
    assertTrue(
        rejected
            .err()
            .contains(
                "table public.feelings is captured by snapshots (it has no updated_at column of an"
                    + " orderable type), so it takes no cursor; remove cursor updated_at"),
        rejected.err());
  }

  @Test
  void validationNamesEachProblemWithoutTheSecret() throws Exception {
    String db = database();
    sql(db, "CREATE TABLE docs (id int PRIMARY KEY, body jsonb, updated_at timestamptz NOT NULL)");
    String good =
        "\"host\":\""
            + server.host()
            + "\",\"port\":"
            + server.port()
            + ",\"database\":\""
            + db
            + "\""
            + ",\"user\":\""
            + server.readerUser()
            + "\"";

    ConnectorJar.Run wrongPassword =
        validate("{" + good + ",\"password\":\"not-the-password-1234\"}");
    assertEquals(1, wrongPassword.status());
    assertTrue(
        wrongPassword
            .err()
            .contains("authentication failed connecting to PostgreSQL at " + server.host()),
        wrongPassword.err());
    assertFalse(
        wrongPassword.err().contains("not-the-password-1234"), "the password is never printed");

    ConnectorJar.Run unreachable =
        validate(
            "{\"host\":\"127.0.0.1\",\"port\":1,\"database\":\""
                + db
                + "\",\"user\":\"x\",\"password\":\"y\"}");
    assertEquals(1, unreachable.status());
    assertTrue(
        unreachable.err().contains("cannot reach PostgreSQL at 127.0.0.1:1"), unreachable.err());

    ConnectorJar.Run noDatabase =
        validate(
            "{" + good.replace(db, "nope") + ",\"password\":\"" + server.readerPassword() + "\"}");
    assertTrue(noDatabase.err().contains("database nope does not exist"), noDatabase.err());

    ConnectorJar.Run noSchema =
        validate(
            "{"
                + good
                + ",\"password\":\""
                + server.readerPassword()
                + "\",\"schemas\":[\"public\",\"sales\"]}");
    assertTrue(
        noSchema.err().contains("schema sales does not exist in the database"), noSchema.err());

    String config = "{" + good + ",\"password\":\"" + server.readerPassword() + "\"}";
    ConnectorJar.Run cursors =
        validateBindings(config, binding("docs", "body") + "," + binding("docs", "nope"));
    assertEquals(1, cursors.status());
    assertTrue(
        cursors
            .err()
            .contains(
                "binding 0 (public.docs): cursor column body of table public.docs has type jsonb,"
                    + " which cannot order changes"),
        cursors.err());
    assertTrue(
        cursors
            .err()
            .contains(
                "binding 1 (public.docs): table public.docs has no column nope for the cursor"),
        cursors.err());
    assertFalse(cursors.err().contains(server.readerPassword()), "the password is never printed");

    // Defect 15: an interval of zero or below the minimum would poll in a tight loop.
    ConnectorJar.Run tightLoop =
        validateBindings(
            config,
            binding("docs", "updated_at")
                .replace("\"cursor\"", "\"interval\":\"PT0S\",\"cursor\""));
    assertEquals(1, tightLoop.status());
    assertTrue(
        tightLoop
            .err()
            .contains("binding 0 (public.docs): interval PT0S of table public.docs is below the"),
        tightLoop.err());

    ConnectorJar.Run missingTable = validateBindings(config, binding("missing", "updated_at"));
    assertEquals(1, missingTable.status());
    assertTrue(
        missingTable.err().contains("Resource 'public.missing' was not found."),
        missingTable.err());
  }

  /** Validates {@code bindings} (JSON objects) through the protocol, as Flow does. */
  private static ConnectorJar.Run validateBindings(String config, String bindings)
      throws Exception {
    ConnectorJar.Session session = Jars.SQL.start();
    session.send(
        "{\"validate\":{\"name\":\"acme/capture\",\"connectorType\":\"IMAGE\",\"config\":"
            + config
            + ",\"bindings\":["
            + bindings
            + "]}}");
    return session.awaitExit(WAIT);
  }

  private ConnectorJar.Run validate(String config) throws Exception {
    Path file = Files.writeString(dir.resolve("validate.json"), config);
    return Jars.SQL.run("validate", "--config", file.toString());
  }

  private static String binding(String table, String cursor) {
    return "{\"resourceConfig\":{\"schema\":\"public\",\"table\":\""
        + table
        + "\",\"cursor\":\""
        + cursor
        + "\"},"
        + "\"collection\":{\"name\":\"acme/"
        + table
        + "\",\"key\":[\"/id\"],\"writeSchema\":{}}}";
  }
}
