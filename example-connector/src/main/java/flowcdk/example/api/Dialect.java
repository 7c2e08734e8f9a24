package flowcdk.example.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What differs between the databases the connector supports: only catalog details. */
public enum Dialect {
  /** PostgreSQL: array element types from {@code udt_name} ({@code _int4} is an array of int4). */
  POSTGRESQL(
      """
      SELECT table_schema, table_name, column_name, data_type, udt_name, is_nullable
      FROM information_schema.columns ORDER BY table_schema, table_name, ordinal_position"""),
  /** H2 2.x: array element types from {@code information_schema.element_types}. */
  H2(
      """
      SELECT c.table_schema, c.table_name, c.column_name, c.data_type, e.data_type, c.is_nullable
      FROM information_schema.columns c
      LEFT JOIN information_schema.element_types e
        ON e.object_catalog = c.table_catalog AND e.object_schema = c.table_schema
       AND e.object_name = c.table_name AND e.object_type = 'TABLE'
       AND e.collection_type_identifier = c.dtd_identifier
      ORDER BY c.table_schema, c.table_name, c.ordinal_position""");

  private final String columnsQuery;

  Dialect(String columnsQuery) {
    this.columnsQuery = columnsQuery;
  }

  /** The dialect of an open connection's database. */
  public static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    throw new SQLException(
        "unsupported database " + product + ": this connector captures PostgreSQL and H2");
  }

  /** Columns: schema, table, column, data type, array element type name (or null), is_nullable. */
  String columnsQuery() {
    return columnsQuery;
  }

  /** The element type of an array column from the fifth column of {@link #columnsQuery()}. */
  ColumnType elementType(String name) {
    if (name == null) {
      return ColumnType.OTHER;
    }
    return ColumnType.of(this == POSTGRESQL && name.startsWith("_") ? name.substring(1) : name);
  }
}
