package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.launch.ConnectorRuntime;
import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A resource config's {@code interval} below the minimum is rejected at validate and at open, for
 * incremental and snapshot tables alike, instead of polling in a tight loop. Runs the connector
 * in-process on an embedded H2 database.
 */
class IntervalValidationTest {

  @TempDir Path dir;

  private String config;

  @BeforeEach
  void createTables() throws Exception {
    String url = "jdbc:h2:" + dir.resolve("db").toAbsolutePath() + ";DATABASE_TO_LOWER=TRUE";
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE public.events (id INT PRIMARY KEY, updated_at BIGINT NOT NULL)");
      statement.execute("CREATE TABLE public.logs (line VARCHAR(100))");
    }
    config = "{\"jdbc_url\":\"" + url + "\"}";
  }

  /** What one protocol session printed on stdout and logged, and its exit status. */
  private record Run(int status, String out, String log) {}

  private Run serve(String request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    LogWriter previous =
        Logging.install(new LogWriter(log, LogFormat.TEXT, Level.INFO, new Redactor()));
    int status;
    try {
      status =
          assertTimeoutPreemptively(
              Duration.ofMinutes(1),
              () ->
                  ConnectorRuntime.run(
                      new SqlCapture_Dispatch(new SqlCapture()),
                      RuntimeOptions.defaults(),
                      new ByteArrayInputStream((request + "\n").getBytes(StandardCharsets.UTF_8)),
                      out));
    } finally {
      Logging.install(previous);
    }
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), log.toString(StandardCharsets.UTF_8));
  }

  private static String resourceConfig(String table, String cursor, String interval) {
    return "{\"schema\":\"public\",\"table\":\""
        + table
        + "\""
        + (cursor.isEmpty() ? "" : ",\"cursor\":\"" + cursor + "\"")
        + ",\"interval\":\""
        + interval
        + "\"}";
  }

  private static String collection(String table) {
    return "\"collection\":{\"name\":\"acme/"
        + table
        + "\",\"key\":[\"/_meta/row_id\"],\"writeSchema\":{}}";
  }

  private String validate(String table, String cursor, String interval) {
    return "{\"validate\":{\"name\":\"acme/capture\",\"connectorType\":\"IMAGE\",\"config\":"
        + config
        + ",\"bindings\":[{\"resourceConfig\":"
        + resourceConfig(table, cursor, interval)
        + ","
        + collection(table)
        + "}]}}";
  }

  private String open(String table, String cursor, String interval) {
    return "{\"open\":{\"capture\":{\"name\":\"acme/capture\",\"connectorType\":\"IMAGE\","
        + "\"config\":"
        + config
        + ",\"bindings\":[{\"resourceConfig\":"
        + resourceConfig(table, cursor, interval)
        + ",\"resourcePath\":[\"public\",\""
        + table
        + "\"],\"stateKey\":\"public."
        + table
        + "\","
        + collection(table)
        + "}]},\"state\":{}}}";
  }

  @ParameterizedTest
  @CsvSource({
    "events, updated_at, PT0S",
    "events, updated_at, -PT5S",
    "events, updated_at, PT0.5S",
    "logs, '', PT0S",
    "logs, '', -PT1M",
  })
  void anIntervalBelowOneSecondIsRejectedAtValidateAndOpen(
      String table, String cursor, String interval) {
    String expected =
        "binding 0 (public."
            + table
            + "): interval "
            + interval
            + " of table public."
            + table
            + " is below the minimum PT1S";
    for (String request :
        new String[] {validate(table, cursor, interval), open(table, cursor, interval)}) {
      Run run = serve(request);
      assertEquals(1, run.status(), () -> request + "\n" + run.out() + run.log());
      assertTrue(run.log().contains(expected), () -> request + "\n" + run.log());
      assertTrue(run.log().contains("set interval to PT1S or more"), run.log());
    }
  }

  @ParameterizedTest
  @CsvSource({"events, updated_at", "logs, ''"})
  void anIntervalOfOneSecondIsValid(String table, String cursor) {
    Run run = serve(validate(table, cursor, "PT1S"));
    assertEquals(0, run.status(), run::log);
    assertTrue(run.out().startsWith("{\"validated\":"), run.out());
  }
}
