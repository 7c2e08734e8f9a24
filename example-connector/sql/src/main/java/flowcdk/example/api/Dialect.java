package flowcdk.example.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What differs between the databases the connector supports: only catalog details. */
public enum Dialect {
  /**
   * PostgreSQL: array element types from {@code udt_name} ({@code _int4} is an array of int4);
   * primary keys from {@code pg_catalog}, which any role can read, where {@code
   * information_schema.table_constraints} shows a table's constraints only to roles with a
   * privilege other than SELECT on it (so a SELECT-only role would see no key).
   */
  POSTGRESQL(
      """
      SELECT table_schema, table_name, column_name, data_type, udt_name, is_nullable
      FROM information_schema.columns ORDER BY table_schema, table_name, ordinal_position""",
      """
      SELECT n.nspname, c.relname, a.attname
      FROM pg_catalog.pg_constraint k
      JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS key(attnum, position)
      JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = key.attnum
      WHERE k.contype = 'p'
      ORDER BY n.nspname, c.relname, key.position"""),
  /**
   * H2 2.x: array element types from {@code information_schema.element_types}; primary keys from
   * {@code information_schema}.
   */
  H2(
      """
      SELECT c.table_schema, c.table_name, c.column_name, c.data_type, e.data_type, c.is_nullable
      FROM information_schema.columns c
      LEFT JOIN information_schema.element_types e
        ON e.object_catalog = c.table_catalog AND e.object_schema = c.table_schema
       AND e.object_name = c.table_name AND e.object_type = 'TABLE'
       AND e.collection_type_identifier = c.dtd_identifier
      ORDER BY c.table_schema, c.table_name, c.ordinal_position""",
      """
      SELECT kcu.table_schema, kcu.table_name, kcu.column_name
      FROM information_schema.table_constraints tc
      JOIN information_schema.key_column_usage kcu
        ON kcu.constraint_schema = tc.constraint_schema AND kcu.constraint_name = tc.constraint_name
       AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name
      WHERE tc.constraint_type = 'PRIMARY KEY'
      ORDER BY kcu.table_schema, kcu.table_name, kcu.ordinal_position""");

  private final String columnsQuery;
  private final String keysQuery;

  Dialect(String columnsQuery, String keysQuery) {
    this.columnsQuery = columnsQuery;
    this.keysQuery = keysQuery;
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

  /** Primary-key columns: schema, table, column, in key order. */
  String keysQuery() {
    return keysQuery;
  }

  /** The element type of an array column from the fifth column of {@link #columnsQuery()}. */
  ColumnType elementType(String name) {
    if (name == null) {
      return ColumnType.OTHER;
    }
    return ColumnType.of(this == POSTGRESQL && name.startsWith("_") ? name.substring(1) : name);
  }
}
