package flowcdk.example.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tables of a database from {@code information_schema}: columns with their types and
 * nullability, and primary keys (from the catalog {@link Dialect#keysQuery()} reads). Works on
 * PostgreSQL and H2 (the element type of an array column comes from PostgreSQL's {@code udt_name}
 * or H2's {@code element_types}).
 */
public final class Catalog {

  /**
   * Schemas that hold the database's own objects, in lower case, never captured unless named (nor
   * are PostgreSQL's other {@code pg_} schemas).
   */
  public static final Set<String> SYSTEM_SCHEMAS =
      Set.of("information_schema", "pg_catalog", "pg_toast");

  private Catalog() {}

  /**
   * Whether {@code schema} holds the database's own objects, in any case: H2 names its {@code
   * INFORMATION_SCHEMA} in upper case unless the URL says {@code DATABASE_TO_LOWER=TRUE}.
   */
  public static boolean isSystemSchema(String schema) {
    String lower = schema.toLowerCase(Locale.ROOT);
    return SYSTEM_SCHEMAS.contains(lower) || lower.startsWith("pg_");
  }

  /** Every schema of the database, in name order. */
  public static List<String> schemas(Connection connection) throws SQLException {
    List<String> schemas = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT schema_name FROM information_schema.schemata ORDER BY schema_name");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        schemas.add(rows.getString(1));
      }
    }
    return schemas;
  }

  /**
   * The base tables of {@code schemas} (every non-system schema if empty), ordered by schema and
   * name.
   */
  public static List<Table> tables(Connection connection, Dialect dialect, List<String> schemas)
      throws SQLException {
    Map<String, List<Column>> columns = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(dialect.columnsQuery());
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String schema = rows.getString(1);
        if (!wanted(schema, schemas)) {
          continue;
        }
        String dataType = rows.getString(4);
        String element = rows.getString(5);
        ColumnType type = ColumnType.of(dataType);
        ColumnType elementType = type == ColumnType.ARRAY ? dialect.elementType(element) : null;
        columns
            .computeIfAbsent(key(schema, rows.getString(2)), k -> new ArrayList<>())
            .add(
                new Column(
                    rows.getString(3),
                    dataType,
                    type,
                    elementType,
                    "YES".equalsIgnoreCase(rows.getString(6))));
      }
    }
    Map<String, List<String>> keys = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(dialect.keysQuery());
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        keys.computeIfAbsent(key(rows.getString(1), rows.getString(2)), k -> new ArrayList<>())
            .add(rows.getString(3));
      }
    }
    List<Table> tables = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement(
                """
            SELECT table_schema, table_name FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' ORDER BY table_schema, table_name""");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String schema = rows.getString(1);
        String name = rows.getString(2);
        List<Column> tableColumns = columns.get(key(schema, name));
        if (!wanted(schema, schemas) || tableColumns == null) {
          continue;
        }
        List<Column> primaryKey = new ArrayList<>();
        for (String column : keys.getOrDefault(key(schema, name), List.of())) {
          tableColumns.stream()
              .filter(c -> c.name().equals(column))
              .findFirst()
              .ifPresent(primaryKey::add);
        }
        tables.add(new Table(schema, name, tableColumns, primaryKey));
      }
    }
    return tables;
  }

  private static boolean wanted(String schema, List<String> schemas) {
    return schemas.isEmpty() ? !isSystemSchema(schema) : schemas.contains(schema);
  }

  private static String key(String schema, String table) {
    return schema + '\u0000' + table;
  }
}
