package flowcdk.processor.generate.docs;

import flowcdk.processor.json.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of an object schema as the processor generates it (a tree of maps, with models under
 * {@code $defs}), one row per property, nested models' properties under their parent's pointer.
 */
final class SchemaTable {

  /** How deep nested models are listed: {@code /credentials/client_id}, not further. */
  private static final int DEPTH = 2;

  /**
   * One property.
   *
   * @param pointer its JSON pointer, such as {@code /credentials/client_id}
   * @param type its type in words, such as {@code string (date-time)}
   * @param required whether it must be present
   * @param defaultJson its default as JSON, or empty
   * @param description its description (with the variant it belongs to, in a union), or empty
   * @param flags {@code secret}, {@code advanced}, {@code multiline}, {@code hidden}
   */
  record Row(
      String pointer,
      String type,
      boolean required,
      String defaultJson,
      String description,
      List<String> flags) {}

  private final Map<String, Object> defs;
  private final List<Row> rows = new ArrayList<>();

  private SchemaTable(Map<String, Object> root) {
    this.defs = map(root.get("$defs"));
  }

  /** The rows of {@code root}'s properties, nested models included down to two levels. */
  static List<Row> rows(Map<String, Object> root) {
    SchemaTable table = new SchemaTable(root);
    table.object(root, "", "", 1);
    return List.copyOf(table.rows);
  }

  /**
   * {@code schema}'s type in words: {@code integer}, {@code array of Item}, {@code one of A, B}.
   */
  static String type(Map<String, Object> schema, Map<String, Object> root) {
    return new SchemaTable(root).typeOf(schema);
  }

  private void object(Map<String, Object> schema, String prefix, String variant, int depth) {
    List<Object> required = list(schema.get("required"));
    for (Map.Entry<String, Object> property : map(schema.get("properties")).entrySet()) {
      Map<String, Object> field = map(property.getValue());
      String pointer = prefix + "/" + property.getKey();
      List<String> flags = new ArrayList<>();
      for (String flag : List.of("secret", "advanced", "multiline", "x-hidden-field")) {
        if (Boolean.TRUE.equals(field.get(flag))) {
          flags.add(flag.equals("x-hidden-field") ? "hidden" : flag);
        }
      }
      Object defaultValue = field.get("default");
      String description = String.valueOf(field.getOrDefault("description", ""));
      rows.add(
          new Row(
              pointer,
              typeOf(field),
              required.contains(property.getKey()),
              defaultValue == null ? "" : JsonText.write(defaultValue),
              variant.isEmpty() || description.isEmpty()
                  ? variant + description
                  : variant + ": " + description,
              List.copyOf(flags)));
      Map<String, Object> target = resolve(field);
      if (depth < DEPTH && target != field) {
        nested(target, pointer, depth);
      }
    }
  }

  private void nested(Map<String, Object> model, String pointer, int depth) {
    if (model.containsKey("properties")) {
      object(model, pointer, "", depth + 1);
    }
    for (Object option : list(model.get("oneOf"))) {
      Map<String, Object> variant = resolve(map(option));
      object(variant, pointer, "*" + variant.getOrDefault("title", "variant") + "*", depth + 1);
    }
  }

  private String typeOf(Map<String, Object> schema) {
    Map<String, Object> target = resolve(schema);
    if (target.containsKey("const")) {
      return "const " + JsonText.write(target.get("const"));
    }
    if (schema.containsKey("const")) {
      return "const " + JsonText.write(schema.get("const"));
    }
    if (target.containsKey("enum")) {
      List<String> names = new ArrayList<>();
      for (Object value : list(target.get("enum"))) {
        names.add(JsonText.write(value));
      }
      return "one of " + String.join(", ", names);
    }
    if (target.containsKey("oneOf")) {
      List<String> names = new ArrayList<>();
      for (Object option : list(target.get("oneOf"))) {
        names.add(String.valueOf(resolve(map(option)).getOrDefault("title", "?")));
      }
      return "one of: " + String.join(", ", names);
    }
    Object type = target.get("type");
    if (type == null) {
      return target == schema ? "any JSON" : "object";
    }
    String format =
        String.valueOf(schema.getOrDefault("format", target.getOrDefault("format", "")));
    String named =
        switch (String.valueOf(type)) {
          case "array" -> "array of " + typeOf(map(target.get("items")));
          case "object" ->
              target.get("additionalProperties") instanceof Map<?, ?> values
                      && !target.containsKey("properties")
                  ? "object of " + typeOf(map(values))
                  : target != schema
                      ? "object (" + target.getOrDefault("title", "model") + ")"
                      : "object";
          default -> String.valueOf(type);
        };
    return format.isEmpty() ? named : named + " (" + format + ")";
  }

  /** The definition {@code schema} refers to with {@code $ref}, or {@code schema} itself. */
  private Map<String, Object> resolve(Map<String, Object> schema) {
    Object ref = schema.get("$ref");
    if (ref instanceof String pointer && pointer.startsWith("#/$defs/")) {
      Object def = defs.get(pointer.substring("#/$defs/".length()));
      if (def instanceof JsonText.Raw) {
        return Map.of("type", "object", "title", "Meta");
      }
      return map(def);
    }
    return schema;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private static List<Object> list(Object value) {
    return value instanceof List<?> list ? new ArrayList<>(list) : List.of();
  }
}
