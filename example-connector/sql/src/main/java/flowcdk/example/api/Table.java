package flowcdk.example.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table, as discovered.
 *
 * <p>A column named {@code _meta} is kept, under the document property {@code _meta_} ({@code
 * _meta__} if that is a column too, and so on): {@code /_meta} is the document metadata Flow and
 * the connector write ({@code _meta/op}, {@code _meta/row_id}, {@code _meta/uuid}).
 *
 * @param schema its schema
 * @param name its name
 * @param columns its columns in order
 * @param primaryKey the primary key's columns in key order; empty if it has none
 */
public record Table(String schema, String name, List<Column> columns, List<Column> primaryKey) {

  /** The document property Flow and the connector own. */
  public static final String META = "_meta";

  /** Checks and copies the parts, moving a {@code _meta} column to a free property. */
  public Table {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    Set<String> names = new HashSet<>();
    columns.forEach(c -> names.add(c.name()));
    List<Column> renamed = new ArrayList<>();
    for (Column column : columns) {
      if (column.property().equals(META)) {
        String property = META + "_";
        while (names.contains(property)) {
          property += "_";
        }
        column = column.withProperty(property);
      }
      renamed.add(column);
    }
    columns = List.copyOf(renamed);
    List<Column> keyColumns = new ArrayList<>();
    for (Column key : primaryKey) {
      keyColumns.add(
          columns.stream().filter(c -> c.name().equals(key.name())).findFirst().orElse(key));
    }
    primaryKey = List.copyOf(keyColumns);
  }

  /**
   * {@code schema.name}, with a part that holds a dot (or starts with a double quote) quoted as in
   * SQL ({@code weird."a.b"}, {@code "weird.a".b}), so no two tables share a qualified name: it
   * names the table's resource and its collection.
   */
  public String qualifiedName() {
    return part(schema) + "." + part(name);
  }

  private static String part(String identifier) {
    return identifier.contains(".") || identifier.startsWith("\"")
        ? Queries.quote(identifier)
        : identifier;
  }

  /** The column called {@code name}, if any. */
  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * Whether the primary key can be paged through by keyset (it exists and every column is keyable).
   */
  public boolean keysetPageable() {
    return !primaryKey.isEmpty() && primaryKey.stream().allMatch(c -> c.type().keyable());
  }

  /**
   * The cursor discovery proposes: an orderable {@code updated_at} column, if the key is pageable.
   */
  public Optional<Column> defaultCursor() {
    return keysetPageable()
        ? column("updated_at").filter(c -> c.type().orderable())
        : Optional.empty();
  }
}
