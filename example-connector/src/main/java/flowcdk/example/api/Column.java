package flowcdk.example.api;

import java.util.Objects;

/**
 * A column of a table, as discovered.
 *
 * @param name the column name
 * @param dataType the database's name of its type ({@code information_schema.columns.data_type})
 * @param type what it becomes in JSON
 * @param elementType for an array, its elements' type; {@code null} otherwise
 * @param nullable whether it may hold NULL
 */
public record Column(
    String name, String dataType, ColumnType type, ColumnType elementType, boolean nullable) {

  /** Checks the parts. */
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(type, "type");
  }
}
