package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.example.testing.PostgresExtension;
import flowcdk.example.testing.PostgresRuns;
import flowcdk.testing.Captured;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector needs no more than reading: connected as a role with only {@code CONNECT} on the
 * database, {@code USAGE} on the schemas and {@code SELECT} on the tables, it discovers primary
 * keys (which {@code information_schema.table_constraints} hides from such a role), so tables are
 * captured incrementally, not silently by snapshots.
 */
@ExtendWith(PostgresExtension.class)
class PostgresPrivilegesIT {

  @TempDir Path dir;

  @Test
  void aSelectOnlyRoleDiscoversPrimaryKeysInKeyOrder() throws Exception {
    PostgresRuns runs = new PostgresRuns(dir);
    String db = runs.database("privileges");
    runs.sql(
        db,
        "CREATE SCHEMA sales",
        // The key's order (b, a) differs from the columns' order (a, b).
        "CREATE TABLE sales.lines (a int, b text, note text, updated_at timestamptz NOT NULL,"
            + " PRIMARY KEY (b, a))",
        "CREATE TABLE sales.orders (id bigint PRIMARY KEY, updated_at timestamptz NOT NULL)",
        "CREATE TABLE sales.notes (body text)");
    try (Connection reader = runs.server().connectAsReader(db);
        Statement statement = reader.createStatement()) {
      SQLException denied =
          assertThrows(
              SQLException.class, () -> statement.execute("CREATE TABLE sales.x (id int)"));
      assertEquals("42501", denied.getSQLState(), "the reader may not create: " + denied);
    }

    String discovered = PostgresRuns.discovered(runs.config(db, 10, "sales"));
    JsonNode bindings = Captured.parse(discovered).get("discovered").get("bindings");
    assertEquals(3, bindings.size(), discovered);
    assertEquals("sales.lines", bindings.get(0).get("recommendedName").asText());
    assertEquals("[\"/b\",\"/a\"]", bindings.get(0).get("key").toString(), discovered);
    assertEquals("updated_at", bindings.get(0).get("resourceConfig").get("cursor").asText());
    assertEquals("sales.notes", bindings.get(1).get("recommendedName").asText());
    assertEquals("[\"/_meta/row_id\"]", bindings.get(1).get("key").toString());
    assertEquals("sales.orders", bindings.get(2).get("recommendedName").asText());
    assertEquals("[\"/id\"]", bindings.get(2).get("key").toString(), discovered);
  }
}
