package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.cli.Cli;
import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import flowcdk.testing.Attached;
import flowcdk.testing.Captured;
import flowcdk.testing.LogLines;
import flowcdk.testing.StrategyLog;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental capture when several rows share a cursor value and batches are smaller than the
 * groups: every row is captured exactly once, and each checkpoint commits whole groups. Runs the
 * connector in-process on an embedded H2 database.
 */
class EqualCursorsTest {

  @TempDir Path dir;

  private String url() {
    return "jdbc:h2:" + dir.resolve("db").toAbsolutePath() + ";DATABASE_TO_LOWER=TRUE";
  }

  private void sql(String... statements) throws Exception {
    try (Connection connection = DriverManager.getConnection(url());
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /** The log lines of the last preview session (JSON, debug level), for failure messages. */
  private final List<String> log = new CopyOnWriteArrayList<>();

  /**
   * One preview session (in this JVM) from the state file, stopped once the binding is at rest: its
   * backfill, if any, completed, and a poll of its incremental task found nothing more and waits
   * for its interval. The session reads the connector's log to know (a {@link LogWriter} of its
   * own), and stops the capture as SIGTERM would; {@code --timeout} only keeps a broken capture
   * from hanging the build.
   */
  private List<String> preview(Path config, Path state) {
    log.clear();
    AtomicBoolean stopped = new AtomicBoolean();
    Attached dispatch = new Attached(new SqlCapture_Dispatch(new SqlCapture()));
    RuntimeOptions options = RuntimeOptions.defaults();
    OutputStream lines =
        new LogLines(
            line -> {
              log.add(line);
              StrategyLog strategies = new StrategyLog(log);
              if (strategies.atRest(List.of("public.events"), StrategyLog.none(), 1)
                  && stopped.compareAndSet(false, true)) {
                dispatch.stop("the binding is at rest (the test)");
              }
            });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    LogWriter previous =
        Logging.install(new LogWriter(lines, LogFormat.JSON, Level.DEBUG, new Redactor()));
    int status;
    try {
      status =
          Cli.run(
              dispatch,
              options,
              "example",
              new String[] {
                "preview",
                "--config",
                config.toString(),
                "--state",
                state.toString(),
                "--json",
                "--timeout",
                "2m"
              },
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              false);
    } finally {
      Logging.install(previous);
    }
    assertEquals(0, status, () -> err.toString(StandardCharsets.UTF_8) + log());
    assertTrue(stopped.get(), () -> "stopped by the test, not the timeout" + log());
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private String log() {
    return "\nconnector log:\n" + String.join("\n", log);
  }

  @Test
  void groupsOfEqualCursorsLargerThanABatchLoseNoRowAndRepeatNone() throws Exception {
    sql(
        "CREATE TABLE public.events (id INT PRIMARY KEY, version BIGINT NOT NULL, updated_at BIGINT NOT NULL)");
    Path config =
        Files.writeString(
            dir.resolve("config.json"), "{\"jdbc_url\":\"" + url() + "\",\"page_size\":2}");
    Path state = dir.resolve("state.json");
    // An empty table: the binding starts at the cursor's beginning, so later rows are all changes.
    assertEquals(0, Captured.countDocuments(preview(config, state)));

    // Cursor groups of 3, 1, 4 and 2 rows, inserted out of key order; batches of 2 cut through
    // them.
    sql(
        "INSERT INTO public.events VALUES (9, 1, 10), (1, 1, 10), (5, 1, 10), (2, 1, 20), (8, 1, 30), (3, 1, 30),"
            + " (7, 1, 30), (4, 1, 30), (6, 1, 40), (10, 1, 40)");
    List<String> lines = preview(config, state);
    List<Long> ids =
        new Captured(lines).documents(0).stream().map(d -> d.get("id").asLong()).toList();
    assertEquals(
        List.of(1L, 5L, 9L, 2L, 3L, 4L, 7L, 8L, 6L, 10L),
        ids,
        () -> "cursor order, then key order; each once" + log());
    List<String> cursors =
        new Captured(lines)
            .checkpoints().stream()
                .map(c -> c.at("/state/updated/bindingStateV1/public.events/inc/cursor").toString())
                .toList();
    // Batch [10, 10] is full: group 10 is read whole and committed. Batch [20, 30] is full: 20 is
    // emitted, group 30 read whole, and 30 committed (20 with it). Batch [40, 40]: group 40.
    assertEquals(
        List.of("[\"10\"]", "[\"30\"]", "[\"40\"]"),
        cursors,
        "each checkpoint commits whole groups");

    sql("UPDATE public.events SET version = 2, updated_at = 50 WHERE id IN (2, 9, 4)");
    List<String> next = preview(config, state);
    assertEquals(
        List.of(2L, 4L, 9L),
        new Captured(next).documents(0).stream().map(d -> d.get("id").asLong()).toList());
  }
}
