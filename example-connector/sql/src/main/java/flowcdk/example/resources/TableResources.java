package flowcdk.example.resources;

import flowcdk.connector.ActionableException;
import flowcdk.connector.ResourceSpec;
import flowcdk.example.api.Column;
import flowcdk.example.api.Database;
import flowcdk.example.api.Table;
import flowcdk.example.models.TableConfig;
import flowcdk.example.models.TableConfigJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resource per table: a table with a pageable primary key and an orderable {@code updated_at}
 * column is captured incrementally by that cursor plus a keyset backfill, keyed by its primary key;
 * any other table by snapshots, keyed by {@code /_meta/row_id}.
 */
public final class TableResources {

  private TableResources() {}

  /**
   * The resources of {@code tables}, in order.
   *
   * @throws ActionableException naming both tables if two would have the same resource name
   */
  public static List<ResourceSpec> of(List<Table> tables, Database database) {
    List<ResourceSpec> resources = new ArrayList<>();
    Map<String, Table> byName = new HashMap<>();
    for (Table table : tables) {
      Table other = byName.putIfAbsent(table.qualifiedName(), table);
      if (other != null) {
        throw new ActionableException(
            "tables "
                + List.of(other.schema(), other.name())
                + " and "
                + List.of(table.schema(), table.name())
                + " (schema and name) would both be resource "
                + table.qualifiedName()
                + "; rename one of them, or capture only one of their schemas (schemas)");
      }
      resources.add(resource(table, database));
    }
    return resources;
  }

  private static ResourceSpec resource(Table table, Database database) {
    int chunks = database.config().backfillChunks();
    Optional<Column> cursor = table.defaultCursor();
    TableConfig config =
        new TableConfig(
            table.schema(),
            table.name(),
            cursor.map(Column::name).orElse(null),
            CursorTable.DEFAULT_INTERVAL,
            null,
            cursor.isPresent() && chunks > 1 ? chunks : null,
            null);
    List<String> path = List.of(table.schema(), table.name());
    if (cursor.isPresent()) {
      return ResourceSpec.builder(table.qualifiedName())
          .key(table.primaryKey().stream().map(c -> pointer(c.property())).toList())
          .schema(DocumentSchemas.incremental(table))
          .resourceConfig(TableConfigJson.encode(config), path)
          .opener(new CursorTable(table, database))
          .build();
    }
    return ResourceSpec.builder(table.qualifiedName())
        .snapshot()
        .schema(DocumentSchemas.snapshot(table))
        .resourceConfig(TableConfigJson.encode(config), path)
        .opener(new SnapshotTable(table, database))
        .build();
  }

  /** A JSON pointer to a top-level property. */
  private static String pointer(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
