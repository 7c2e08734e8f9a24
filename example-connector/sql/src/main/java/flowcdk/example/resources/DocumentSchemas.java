package flowcdk.example.resources;

import flowcdk.example.api.Column;
import flowcdk.example.api.ColumnType;
import flowcdk.example.api.Table;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's document schema, built at run time from its columns: one property per column, typed by
 * {@link ColumnType} ({@code "null"} added for nullable columns and array elements). A table
 * captured incrementally requires every column (NULLs are written as {@code null}); a snapshot
 * table requires only {@code _meta}, since its deletion documents carry nothing else.
 */
final class DocumentSchemas {

  private DocumentSchemas() {}

  /** The schema of a table captured by its cursor: every column required. */
  static RawJson incremental(Table table) {
    Map<String, Object> schema = base(table);
    schema.put("required", table.columns().stream().map(Column::property).toList());
    return JsonValues.toRawJson(schema);
  }

  /**
   * The schema of a table captured by snapshots: the columns plus {@code _meta.op} and {@code
   * _meta.row_id}.
   */
  static RawJson snapshot(Table table) {
    Map<String, Object> schema = base(table);
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
    properties.put(
        "_meta",
        object(
            "type", "object",
            "properties",
                object(
                    "op",
                        object(
                            "enum",
                            List.of("c", "u", "d"),
                            "description",
                            "c: a new row, u: a changed row, d: a deleted row"),
                    "row_id",
                        object(
                            "type",
                            "integer",
                            "description",
                            "The row's position in the snapshot")),
            "required", List.of("op", "row_id")));
    schema.put("required", List.of("_meta"));
    return JsonValues.toRawJson(schema);
  }

  private static Map<String, Object> base(Table table) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (Column column : table.columns()) {
      properties.put(column.property(), column(column));
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("title", table.qualifiedName());
    schema.put("type", "object");
    schema.put("properties", properties);
    return schema;
  }

  private static Map<String, Object> column(Column column) {
    Map<String, Object> schema = parse(column.type().schema());
    if (column.type() == ColumnType.ARRAY) {
      ColumnType element = column.elementType() == null ? ColumnType.OTHER : column.elementType();
      // Elements may be NULL, and PostgreSQL arrays may have more dimensions than declared: nested
      // arrays.
      schema.put("items", withType(nullable(parse(element.schema())), "array"));
    }
    schema.put(
        "description",
        column.dataType()
            + (column.nullable() ? "" : " not null")
            + (column.property().equals(column.name())
                ? ""
                : "; the column " + column.name() + ", renamed: /" + Table.META + " is Flow's"));
    return column.nullable() ? nullable(schema) : schema;
  }

  /** Adds {@code "null"} to the schema's type ({@code {}}, any JSON, already allows it). */
  private static Map<String, Object> nullable(Map<String, Object> schema) {
    return withType(schema, "null");
  }

  /** Adds {@code type} to the schema's types, if it has any. */
  private static Map<String, Object> withType(Map<String, Object> schema, String type) {
    Object types = schema.get("type");
    if (types instanceof String one) {
      schema.put("type", List.of(one, type));
    } else if (types instanceof List<?> many) {
      List<Object> more = new ArrayList<>(many);
      more.add(type);
      schema.put("type", more);
    }
    return schema;
  }

  /** An ordered JSON object of name, value pairs (so schemas are the same on every run). */
  private static Map<String, Object> object(Object... pairs) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      object.put((String) pairs[i], pairs[i + 1]);
    }
    return object;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    return new LinkedHashMap<>((Map<String, Object>) JsonValues.read(RawJson.parse(json)));
  }
}
