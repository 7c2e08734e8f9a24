package flowcdk.example.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table, as discovered.
 *
 * @param schema its schema
 * @param name its name
 * @param columns its columns in order
 * @param primaryKey the primary key's columns in key order; empty if it has none
 */
public record Table(String schema, String name, List<Column> columns, List<Column> primaryKey) {

  /** Checks and copies the parts. */
  public Table {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
  }

  /** {@code schema.name}. */
  public String qualifiedName() {
    return schema + "." + name;
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
