package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.example.testing.InProcessRequests;
import flowcdk.example.testing.InProcessRequests.Run;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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

  private InProcessRequests requests() {
    return new InProcessRequests(config, "cursor_lag");
  }

  private String validate(String table, String cursor, String value) {
    return requests().validate(table, cursor, value);
  }

  private String open(String table, String cursor, String value) {
    return requests().open(table, cursor, value);
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
      Run run = InProcessRequests.serve(request);
      assertEquals(1, run.status(), () -> request + "\n" + run.out() + run.log());
      assertTrue(
          run.log().contains("binding 0 (public." + table + "): " + expected),
          () -> request + "\n" + run.log());
    }
  }

  @ParameterizedTest
  @CsvSource({"PT5M", "PT0S"})
  void aCursorLagOfATimestampCursorIsValid(String lag) {
    Run run = InProcessRequests.serve(validate("stamps", "updated_at", lag));
    assertEquals(0, run.status(), run::log);
    assertTrue(run.out().startsWith("{\"validated\":"), run.out());
  }
}
