package flowcdk.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.example.models.SqlConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * System schemas are never discovered, whatever their case: H2 without {@code
 * DATABASE_TO_LOWER=TRUE} names its {@code INFORMATION_SCHEMA} in upper case.
 */
class H2SystemSchemasTest {

  @TempDir Path dir;

  @Test
  void anH2UrlWithoutDatabaseToLowerDiscoversOnlyTheUsersTables() throws Exception {
    String url = "jdbc:h2:" + dir.resolve("db").toAbsolutePath();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE events (id INT PRIMARY KEY, updated_at TIMESTAMP NOT NULL)");
      statement.execute("CREATE SCHEMA sales");
      statement.execute("CREATE TABLE sales.orders (id INT PRIMARY KEY)");
    }
    try (Database database =
        Database.of(
            new SqlConfig(null, 5432, null, null, null, null, 1000, url, false, null, null, 1))) {
      List<String> tables = database.tables().stream().map(Table::qualifiedName).toList();
      assertEquals(List.of("PUBLIC.EVENTS", "SALES.ORDERS"), tables);
      assertEquals(List.of(), database.problems());
    }
  }
}
