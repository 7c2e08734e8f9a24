package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.example.testing.Jars;
import flowcdk.example.testing.PostgresExtension;
import flowcdk.example.testing.PostgresServer;
import flowcdk.testing.ConnectorJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 6: a query blocked on a locked table no longer holds a stop. {@code preview
 * --timeout} cancels it ({@code Statement.cancel()} registered with {@code Blocking.Sink.onStop})
 * and exits at once, without Vert.x's blocked-thread stack traces.
 */
@ExtendWith(PostgresExtension.class)
class LockedTableIT {

  private static final Map<String, String> DEBUG_LOG =
      Map.of("LOG_LEVEL", "debug", "LOG_FORMAT", "json");

  @TempDir Path dir;

  private final PostgresServer server = PostgresServer.shared();

  @Test
  void previewTimeoutCancelsAQueryBlockedOnALockedTable() throws Exception {
    String db = "locked_table";
    server.createDatabase(db);
    try (Connection connection = server.connect(db);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE items (id bigint PRIMARY KEY, updated_at timestamptz NOT NULL)");
      statement.execute(
          "INSERT INTO items SELECT i, TIMESTAMPTZ '2024-01-01Z' + i * INTERVAL '1 minute'"
              + " FROM generate_series(1, 20) i");
    }
    Path config =
        Files.writeString(
            dir.resolve("config.json"),
            "{\"host\":\""
                + server.host()
                + "\",\"port\":"
                + server.port()
                + ",\"database\":\""
                + db
                + "\",\"user\":\""
                + server.user()
                + "\",\"password\":\""
                + server.password()
                + "\",\"schemas\":[\"public\"],\"page_size\":100}");
    Path state = dir.resolve("state.json");

    // First run: initializes the binding (its initial state reads the table) and backfills it.
    ConnectorJar.Run first =
        Jars.SQL
            .start(
                DEBUG_LOG,
                "preview",
                "--config",
                config.toString(),
                "--state",
                state.toString(),
                "--timeout",
                "3s",
                "--json")
            .awaitExit(Duration.ofMinutes(2));
    assertEquals(0, first.status(), first.err());
    assertTrue(first.err().contains("completed backfill"), first.err());

    // Second run, with the table locked: the incremental fetch's query waits on the lock.
    try (Connection locker = server.connect(db);
        Statement lock = locker.createStatement()) {
      locker.setAutoCommit(false);
      lock.execute("LOCK TABLE items IN ACCESS EXCLUSIVE MODE");
      long start = System.nanoTime();
      ConnectorJar.Run second =
          Jars.SQL
              .start(
                  DEBUG_LOG,
                  "preview",
                  "--config",
                  config.toString(),
                  "--state",
                  state.toString(),
                  "--timeout",
                  "5s",
                  "--json")
              .awaitExit(Duration.ofMinutes(2));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      locker.rollback();

      assertEquals(0, second.status(), second.err());
      assertTrue(
          second.err().contains("task stopped with the capture"),
          "the blocked fetch ended with the stop: " + second.err());
      assertFalse(second.err().contains("Thread blocked"), second.err());
      assertTrue(
          server.logTail().contains("canceling statement due to user request"),
          "the blocked query was cancelled: " + server.logTail());
      // 5 s of preview plus JVM start and discovery; before the fix it lasted as long as the lock.
      assertTrue(took.compareTo(Duration.ofSeconds(8)) <= 0, "took " + took);
      long warnings = second.err().lines().filter(l -> l.contains("\"level\":\"WARN")).count();
      assertTrue(warnings <= 1, "at most one warning: " + second.err());
    }
  }
}
