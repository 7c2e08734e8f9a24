package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cursor_lag} (issue 11, defect 17) against a real PostgreSQL server: a row that a long
 * transaction commits after rows with later cursors were captured is captured with a lag longer
 * than the gap between their cursors, and missed without one (the documented limitation the lag
 * works around).
 *
 * <p>Timeline, in the database's clock, at {@code S} when the long transaction inserts its row: the
 * late row's {@code updated_at} is {@code S - 58s} (as if its transaction began then), the other
 * rows' is {@code S - 3s} and they commit at once (a gap of 55 s). An earlier session created the
 * binding and captured the older rows. The first session runs while the late row is uncommitted;
 * with a lag of a minute it reads neither (both are newer than {@code now - 1m}), without a lag it
 * reads the other rows and moves the cursor past the late one. Then the late row commits, and, once
 * the database's clock passed {@code S + 2s} (so the late row is a minute old; a wait of at most a
 * few seconds, read from the database), the second session runs.
 */
@ExtendWith(PostgresExtension.class)
class CursorLagIT {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final Duration WAIT = Duration.ofMinutes(2);
  private static final Map<String, String> DEBUG_LOG =
      Map.of("LOG_LEVEL", "debug", "LOG_FORMAT", "json");

  @TempDir Path dir;

  private final PostgresServer server = PostgresServer.shared();

  private String database() {
    String name = "lag_" + DATABASES.incrementAndGet();
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

  private static void execute(Connection connection, String... statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /** The Open request of {@code discovered}'s bindings, with {@code lag} (if any) set on each. */
  private static String open(String discovered, Path config, String state, String lag)
      throws Exception {
    ObjectNode request =
        (ObjectNode)
            Captured.parse(OpenRequest.of(discovered, Files.readString(config), "PT1S", state));
    if (lag != null) {
      for (JsonNode binding : request.get("open").get("capture").get("bindings")) {
        ((ObjectNode) binding.get("resourceConfig")).put("cursor_lag", lag);
      }
    }
    return request.toString();
  }

  /**
   * One session: waits for {@code documents} documents, then for two more rounds of the binding;
   * returns the ids captured and the state after it.
   */
  private static String session(String request, String state, long documents, Set<Long> ids)
      throws Exception {
    ConnectorJar.Session session = Jars.SQL.start(DEBUG_LOG);
    session.send(request);
    session.await(
        lines -> Captured.countDocuments(lines) >= documents, WAIT, documents + " documents");
    StrategyLog mark = new StrategyLog(session.err());
    session.await(
        (out, err) -> new StrategyLog(err).atRest(List.of("public.events"), mark, 2),
        WAIT,
        "two more rounds after " + documents + " documents");
    ConnectorJar.Run run = session.terminate();
    assertEquals(0, run.status(), run.err());
    for (JsonNode document : new Captured(run.out()).documents(0)) {
      ids.add(document.get("id").asLong());
    }
    return OpenRequest.reduce(state, run.out());
  }

  /** Runs the timeline with {@code lag}; returns the ids each session captured. */
  private List<Set<Long>> timeline(String lag) throws Exception {
    String db = database();
    Path config = config(db);
    try (Connection other = server.connect(db);
        Connection longTransaction = server.connect(db)) {
      execute(
          other,
          "CREATE TABLE events (id int PRIMARY KEY, updated_at timestamptz NOT NULL)",
          "INSERT INTO events SELECT i, now() - INTERVAL '2 hours' + i * INTERVAL '1 second'"
              + " FROM generate_series(1, 3) i");
      ConnectorJar.Run discover = Jars.SQL.run("discover", "--config", config.toString(), "--json");
      assertEquals(0, discover.status(), discover.err());
      String discovered = discover.out().get(0);

      Set<Long> created = new TreeSet<>(); // the binding is created and caught up before the rest
      String state = session(open(discovered, config, "{}", lag), "{}", 3, created);
      assertEquals(ids(1, 2, 3), created);

      longTransaction.setAutoCommit(false);
      execute(longTransaction, "INSERT INTO events VALUES (100, now() - INTERVAL '58 seconds')");
      execute(
          other,
          "INSERT INTO events SELECT i, now() - INTERVAL '3 seconds' FROM generate_series(200, 201) i");

      Set<Long> first = new TreeSet<>();
      state = session(open(discovered, config, state, lag), state, lag == null ? 2 : 0, first);
      longTransaction.commit();
      awaitDatabaseClock(
          other, "SELECT updated_at + INTERVAL '1 minute' FROM events WHERE id = 100");
      Set<Long> second = new TreeSet<>();
      session(open(discovered, config, state, lag), state, 0, second);
      return List.of(first, second);
    }
  }

  /** Waits until the database's clock reaches the time {@code query} gives. */
  private static void awaitDatabaseClock(Connection connection, String query) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (true) {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT (" + query + ") <= clock_timestamp()")) {
        rows.next();
        if (rows.getBoolean(1)) {
          return;
        }
      }
      assertTrue(Instant.now().isBefore(deadline), "the database's clock did not reach " + query);
      Thread.sleep(100);
    }
  }

  private static Set<Long> ids(long... ids) {
    return java.util.Arrays.stream(ids).boxed().collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void aRowALongTransactionCommitsLateIsCapturedWithALagLongerThanTheGap() throws Exception {
    List<Set<Long>> sessions = timeline("PT1M");
    assertTrue(sessions.get(1).contains(100L), "the late row: " + sessions);
    assertEquals(ids(), sessions.get(0), "the newer rows wait out the lag");
  }

  @Test
  void withoutALagTheLateRowIsMissed() throws Exception {
    List<Set<Long>> sessions = timeline(null);
    assertEquals(ids(200, 201), sessions.get(0));
    assertEquals(ids(), sessions.get(1), "the documented limitation that cursor_lag works around");
  }
}
