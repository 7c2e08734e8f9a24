package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.example.testing.PostgresExtension;
import flowcdk.example.testing.PostgresRuns;
import flowcdk.testing.Captured;
import flowcdk.testing.ConnectorJar;
import flowcdk.testing.SchemaCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that could clash: tables whose schema.name text is the same, and a column named {@code
 * _meta}, which is Flow's and the connector's document metadata.
 */
@ExtendWith(PostgresExtension.class)
class PostgresNamesIT {

  @TempDir Path dir;

  @Test
  void tablesWithDotsInTheirNamesGetDistinctResourceNames() throws Exception {
    PostgresRuns runs = new PostgresRuns(dir);
    String db = runs.database("names");
    runs.sql(
        db,
        "CREATE SCHEMA weird",
        "CREATE SCHEMA \"weird.a\"",
        "CREATE TABLE weird.\"a.b\" (id int PRIMARY KEY, updated_at timestamptz NOT NULL)",
        "CREATE TABLE \"weird.a\".b (id int PRIMARY KEY, updated_at timestamptz NOT NULL)",
        "INSERT INTO weird.\"a.b\" VALUES (1, '2024-01-01Z')",
        "INSERT INTO \"weird.a\".b VALUES (2, '2024-01-01Z')");
    String discovered = PostgresRuns.discovered(runs.config(db, 10, "weird", "weird.a"));
    List<String> names = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (JsonNode binding : Captured.parse(discovered).get("discovered").get("bindings")) {
      names.add(binding.get("recommendedName").asText());
      paths.add(binding.get("resourcePath").toString());
    }
    assertEquals(List.of("weird.\"a.b\"", "\"weird.a\".b"), names, discovered);
    assertEquals(List.of("[\"weird\",\"a.b\"]", "[\"weird.a\",\"b\"]"), paths);
  }

  @Test
  void aColumnNamedMetaIsKeptRenamedInSchemaAndDocuments() throws Exception {
    PostgresRuns runs = new PostgresRuns(dir);
    String db = runs.database("meta");
    runs.sql(
        db,
        "CREATE TABLE changes (id int, _meta text NOT NULL, updated_at timestamptz NOT NULL,"
            + " PRIMARY KEY (id, _meta))",
        "INSERT INTO changes VALUES (1, 'mine', '2024-01-01Z')",
        "CREATE TABLE logs (_meta int, _meta_ text)",
        "INSERT INTO logs VALUES (7, 'seven')");
    Path config = runs.config(db, 10, "public");
    String discovered = PostgresRuns.discovered(config);
    JsonNode bindings = Captured.parse(discovered).get("discovered").get("bindings");
    JsonNode changes = bindings.get(0);
    assertEquals("public.changes", changes.get("recommendedName").asText());
    assertEquals("[\"/id\",\"/_meta_\"]", changes.get("key").toString());
    assertEquals(
        "[\"id\",\"_meta_\",\"updated_at\"]",
        changes.get("documentSchema").get("required").toString());
    assertEquals(
        "text not null; the column _meta, renamed: /_meta is Flow's",
        changes.get("documentSchema").get("properties").get("_meta_").get("description").asText());
    JsonNode logs = bindings.get(1).get("documentSchema").get("properties");
    List<String> properties = new ArrayList<>();
    logs.fieldNames().forEachRemaining(properties::add);
    assertEquals(List.of("_meta__", "_meta_", "_meta"), properties);

    ConnectorJar.Run run = PostgresRuns.session(discovered, config, "{}", 2);
    Captured captured = new Captured(run.out());
    SchemaCheck schemas = new SchemaCheck(discovered);
    schemas.assertValid("public.changes", captured.documents(0));
    schemas.assertValid("public.logs", captured.documents(1));
    assertEquals(
        "{\"id\":1,\"_meta_\":\"mine\",\"updated_at\":\"2024-01-01T00:00:00Z\"}",
        captured.documents(0).get(0).toString());
    assertEquals(
        "{\"_meta\":{\"op\":\"c\",\"row_id\":0},\"_meta__\":7,\"_meta_\":\"seven\"}",
        captured.documents(1).get(0).toString());
  }
}
