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

  private InProcessRequests requests() {
    return new InProcessRequests(config, "interval");
  }

  private String validate(String table, String cursor, String value) {
    return requests().validate(table, cursor, value);
  }

  private String open(String table, String cursor, String value) {
    return requests().open(table, cursor, value);
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
      Run run = InProcessRequests.serve(request);
      assertEquals(1, run.status(), () -> request + "\n" + run.out() + run.log());
      assertTrue(run.log().contains(expected), () -> request + "\n" + run.log());
      assertTrue(run.log().contains("set interval to PT1S or more"), run.log());
    }
  }

  @ParameterizedTest
  @CsvSource({"events, updated_at", "logs, ''"})
  void anIntervalOfOneSecondIsValid(String table, String cursor) {
    Run run = InProcessRequests.serve(validate(table, cursor, "PT1S"));
    assertEquals(0, run.status(), run::log);
    assertTrue(run.out().startsWith("{\"validated\":"), run.out());
  }
}
