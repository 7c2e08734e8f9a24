package flowcdk.example.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of one table as the catalog has them now, read exactly as {@link Catalog#tables}
 * reads them at discovery (so an unchanged table gives equal columns), but with a query for that
 * table alone: cheap enough to run before every fetch to notice columns added, dropped or changed.
 */
public final class TableColumns {

  private static final String POSTGRESQL =
      """
      SELECT column_name, data_type, udt_name, is_nullable FROM information_schema.columns
      WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position""";

  private static final String H2 =
      """
      SELECT c.column_name, c.data_type, e.data_type, c.is_nullable
      FROM information_schema.columns c
      LEFT JOIN information_schema.element_types e
        ON e.object_catalog = c.table_catalog AND e.object_schema = c.table_schema
       AND e.object_name = c.table_name AND e.object_type = 'TABLE'
       AND e.collection_type_identifier = c.dtd_identifier
      WHERE c.table_schema = ? AND c.table_name = ? ORDER BY c.ordinal_position""";

  private TableColumns() {}

  /** The columns of {@code schema.table} in order; empty if the table does not exist. */
  public static List<Column> read(
      Connection connection, Dialect dialect, String schema, String table) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(dialect == Dialect.H2 ? H2 : POSTGRESQL)) {
      statement.setString(1, schema);
      statement.setString(2, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String dataType = rows.getString(2);
          ColumnType type = ColumnType.of(dataType);
          ColumnType elementType =
              type == ColumnType.ARRAY ? dialect.elementType(rows.getString(3)) : null;
          columns.add(
              new Column(
                  rows.getString(1),
                  dataType,
                  type,
                  elementType,
                  "YES".equalsIgnoreCase(rows.getString(4))));
        }
      }
    }
    return columns;
  }
}
