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
 * A resource config's {@code cursor_lag} is rejected at validate and at open when it is negative,
 * when the cursor is not a date or timestamp, and on a snapshot table; a lag of a timestamp cursor
 * is valid. Runs the connector in-process on an embedded H2 database.
 */
class CursorLagValidationTest {

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
      statement.execute(
          "CREATE TABLE public.stamps (id INT PRIMARY KEY, updated_at TIMESTAMP NOT NULL)");
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

  private static String resourceConfig(String table, String cursor, String lag) {
    return "{\"schema\":\"public\",\"table\":\""
        + table
        + "\""
        + (cursor.isEmpty() ? "" : ",\"cursor\":\"" + cursor + "\"")
        + ",\"cursor_lag\":\""
        + lag
        + "\"}";
  }

  private static String collection(String table) {
    return "\"collection\":{\"name\":\"acme/"
        + table
        + "\",\"key\":[\"/_meta/row_id\"],\"writeSchema\":{}}";
  }

  private String validate(String table, String cursor, String lag) {
    return "{\"validate\":{\"name\":\"acme/capture\",\"connectorType\":\"IMAGE\",\"config\":"
        + config
        + ",\"bindings\":[{\"resourceConfig\":"
        + resourceConfig(table, cursor, lag)
        + ","
        + collection(table)
        + "}]}}";
  }

  private String open(String table, String cursor, String lag) {
    return "{\"open\":{\"capture\":{\"name\":\"acme/capture\",\"connectorType\":\"IMAGE\","
        + "\"config\":"
        + config
        + ",\"bindings\":[{\"resourceConfig\":"
        + resourceConfig(table, cursor, lag)
        + ",\"resourcePath\":[\"public\",\""
        + table
        + "\"],\"stateKey\":\"public."
        + table
        + "\","
        + collection(table)
        + "}]},\"state\":{}}}";
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "stamps | updated_at | -PT5M | cursor_lag -PT5M of table public.stamps is negative; set a"
            + " duration of zero or more, such as PT5M, or remove it",
        "events | updated_at | PT5M | cursor_lag applies only to date and timestamp cursors, but"
            + " cursor column updated_at of table public.events has type ",
        "logs | '' | PT5M | table public.logs is captured by snapshots, which read the whole table,"
            + " so it takes no cursor_lag; remove cursor_lag",
      })
  void aCursorLagThatCannotWorkIsRejectedAtValidateAndOpen(
      String table, String cursor, String lag, String expected) {
    for (String request : new String[] {validate(table, cursor, lag), open(table, cursor, lag)}) {
      Run run = serve(request);
      assertEquals(1, run.status(), () -> request + "\n" + run.out() + run.log());
      assertTrue(
          run.log().contains("binding 0 (public." + table + "): " + expected),
          () -> request + "\n" + run.log());
    }
  }

  @ParameterizedTest
  @CsvSource({"PT5M", "PT0S"})
  void aCursorLagOfATimestampCursorIsValid(String lag) {
    Run run = serve(validate("stamps", "updated_at", lag));
    assertEquals(0, run.status(), run::log);
    assertTrue(run.out().startsWith("{\"validated\":"), run.out());
  }
}
