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
 * @param property the document property holding its value: the name, except for a column named
 *     {@code _meta}, which Flow and the connector own (see {@link Table})
 */
public record Column(
    String name,
    String dataType,
    ColumnType type,
    ColumnType elementType,
    boolean nullable,
    String property) {

  /** Checks the parts. */
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(property, "property");
  }

  /** A column whose document property is its name. */
  public Column(
      String name, String dataType, ColumnType type, ColumnType elementType, boolean nullable) {
    this(name, dataType, type, elementType, nullable, name);
  }

  /** This column with its value under document property {@code property}. */
  public Column withProperty(String property) {
    return new Column(name, dataType, type, elementType, nullable, property);
  }
}
