package flowcdk.example.resources;

import flowcdk.connector.ActionableException;
import flowcdk.example.api.Column;
import flowcdk.example.api.Database;
import flowcdk.example.api.Queries;
import flowcdk.example.api.Table;
import flowcdk.example.api.TableColumns;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A bound table as it is at each fetch, for one strand of its capture (the incremental changes, the
 * backfill or the snapshots: each commits its own transactions, so each tells Flow itself).
 *
 * <p>Schema drift: a column added, dropped, or changed in type or nullability after discovery
 * changes the documents' shape, and documents that no longer validate against the collection's
 * schema would fail the task. So every fetch transaction first {@linkplain #refresh refreshes} the
 * table: it locks the table against concurrent {@code ALTER TABLE} until the transaction ends,
 * re-reads its columns from the catalog (one cheap query), and, when the document schema they make
 * differs from the schema Flow has (at first the collection's write schema from the Open request,
 * without discovery's decoration; then the last one this strand gave), gives the new schema to the
 * sink as a sourced schema before any document of the transaction. The transaction's queries then
 * select the current columns.
 */
final class LiveTable {

  /** The members discovery may add to a document schema's root. */
  private static final List<String> DECORATION =
      List.of("x-infer-schema", "if", "then", "else", "reduce");

  private final Database database;
  private final Function<Table, RawJson> schemaOf;
  private final List<String> primaryKey;
  private final String lock;
  private Table table;
  private Queries queries;
  private List<Column> columns;
  private Object flowSchema;

  /**
   * The table as discovered at open, whose documents Flow validates against {@code
   * collectionSchema}; {@code schemaOf} makes a table's document schema as discovery does.
   */
  LiveTable(
      Table table, Database database, RawJson collectionSchema, Function<Table, RawJson> schemaOf) {
    this.database = database;
    this.schemaOf = schemaOf;
    this.primaryKey = table.primaryKey().stream().map(Column::name).toList();
    this.lock =
        "SELECT 1 FROM "
            + Queries.quote(table.schema())
            + "."
            + Queries.quote(table.name())
            + " WHERE 1 = 0";
    this.table = table;
    this.queries = new Queries(table);
    this.flowSchema = undecorated(collectionSchema);
  }

  /**
   * A collection schema without what discovery adds to a document schema (schema inference and
   * deletions: docs/models.md#schema-decoration-at-discovery), to compare with the schema {@link
   * DocumentSchemas} makes; sourced schemas are sent undecorated, as Flow expects.
   */
  private static Object undecorated(RawJson schema) {
    Object value = JsonValues.read(schema);
    if (!(value instanceof Map<?, ?> map)) {
      return value;
    }
    Map<Object, Object> plain = new LinkedHashMap<>(map);
    DECORATION.forEach(plain::remove);
    return plain;
  }

  /**
   * Locks the table for {@code connection}'s transaction (auto-commit off), re-reads its columns
   * and, if the document schema changed from the one Flow has, gives the new one to {@code
   * announce}. Afterwards {@link #table()} and {@link #queries()} describe the table as this
   * transaction sees it.
   */
  synchronized void refresh(Connection connection, Consumer<RawJson> announce) throws SQLException {
    // Reading a relation takes a lock that ALTER TABLE waits for until this transaction ends.
    try (PreparedStatement statement = connection.prepareStatement(lock)) {
      statement.executeQuery().close();
    }
    List<Column> now =
        TableColumns.read(connection, database.prepare(), table.schema(), table.name());
    if (now.equals(columns)) {
      return;
    }
    columns = now;
    table = new Table(table.schema(), table.name(), now, key(now));
    queries = new Queries(table);
    RawJson schema = schemaOf.apply(table);
    Object value = JsonValues.read(schema);
    if (!Objects.equals(value, flowSchema)) {
      announce.accept(schema);
      flowSchema = value;
    }
  }

  /** The table as of the last refresh (at first, as discovered at open). */
  synchronized Table table() {
    return table;
  }

  /** The queries of {@link #table()}. */
  synchronized Queries queries() {
    return queries;
  }

  /** The primary key's columns among {@code columns}, by name. */
  private List<Column> key(List<Column> columns) {
    List<Column> key = new ArrayList<>();
    for (String name : primaryKey) {
      key.add(
          columns.stream()
              .filter(c -> c.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ActionableException(
                          "primary key column "
                              + name
                              + " of table "
                              + table.qualifiedName()
                              + " no longer exists; the binding cannot page through the table by"
                              + " its key. Re-discover the capture and backfill the binding")));
    }
    return key;
  }
}
