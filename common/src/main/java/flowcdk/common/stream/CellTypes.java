package flowcdk.common.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What JSON a model wants for each of its properties, read once from the model's JSON schema: a CSV
 * cell is text, and a property typed {@code integer}, {@code number} or {@code boolean} needs the
 * cell as a JSON number or boolean for the model's codec to accept it.
 *
 * <p>A property's {@code type} may be one name or a list (e.g. {@code ["integer", "null"]}); a
 * local {@code $ref} (into {@code $defs} or {@code definitions}) is followed, and the alternatives
 * of {@code anyOf}, {@code oneOf} and {@code allOf} are all taken.
 */
public final class CellTypes {

  /** The JSON a property accepts, as far as a cell's conversion cares. */
  record CellType(boolean string, boolean number, boolean bool) {
    static final CellType TEXT = new CellType(true, false, false);
  }

  private static final int MAX_REF_DEPTH = 32;

  private final String title;
  private final Map<String, CellType> properties;

  private CellTypes(String title, Map<String, CellType> properties) {
    this.title = title;
    this.properties = properties;
  }

  /** The property types of the object schema {@code schema}. */
  public static CellTypes of(RawJson schema) {
    Object tree;
    try (JsonParser p = schema.parser()) {
      p.nextToken();
      tree = read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<?, ?> root = tree instanceof Map<?, ?> map ? map : Map.of();
    Map<String, CellType> properties = new HashMap<>();
    if (root.get("properties") instanceof Map<?, ?> declared) {
      for (Map.Entry<?, ?> property : declared.entrySet()) {
        CellType type = typeOf(root, property.getValue(), 0);
        properties.put((String) property.getKey(), type);
      }
    }
    return new CellTypes(root.get("title") instanceof String t ? t : null, properties);
  }

  /** The schema's title, or null. */
  public String title() {
    return title;
  }

  /** What the property {@code name} accepts; text for a name the schema does not declare. */
  CellType type(String name) {
    return properties.getOrDefault(name, CellType.TEXT);
  }

  private static CellType typeOf(Map<?, ?> root, Object schema, int depth) {
    boolean string = false;
    boolean number = false;
    boolean bool = false;
    List<Object> alternatives = new ArrayList<>();
    if (schema instanceof Map<?, ?> object && depth < MAX_REF_DEPTH) {
      Object type = object.get("type");
      List<?> names =
          type instanceof List<?> list ? list : type == null ? List.of() : List.of(type);
      for (Object name : names) {
        string |= "string".equals(name);
        number |= "integer".equals(name) || "number".equals(name);
        bool |= "boolean".equals(name);
      }
      if (object.get("$ref") instanceof String ref) {
        alternatives.add(resolve(root, ref));
      }
      for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
        if (object.get(combinator) instanceof List<?> list) {
          alternatives.addAll(list);
        }
      }
    }
    for (Object alternative : alternatives) {
      CellType more = typeOf(root, alternative, depth + 1);
      string |= more.string();
      number |= more.number();
      bool |= more.bool();
    }
    return new CellType(string, number, bool);
  }

  /** The schema {@code ref} points to within {@code root}, or null if it is not a local one. */
  private static Object resolve(Map<?, ?> root, String ref) {
    if (!ref.startsWith("#/")) {
      return null;
    }
    Object at = root;
    for (String step : ref.substring(2).split("/", -1)) {
      String name = step.replace("~1", "/").replace("~0", "~");
      at = at instanceof Map<?, ?> map ? map.get(name) : null;
    }
    return at;
  }

  /** The value the parser is on, as maps, lists, strings, booleans, numbers and nulls. */
  private static Object read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Object> object = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        object.put(name, read(p));
      }
      return object;
    }
    if (token == JsonToken.START_ARRAY) {
      List<Object> array = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        array.add(read(p));
      }
      return array;
    }
    if (token == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
        ? p.getNumberValue()
        : null;
  }
}
