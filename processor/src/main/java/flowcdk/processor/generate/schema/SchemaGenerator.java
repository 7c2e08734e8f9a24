package flowcdk.processor.generate.schema;

import flowcdk.processor.diag.Outcome;
import flowcdk.processor.json.JsonText;
import flowcdk.processor.model.ClassRef;
import flowcdk.processor.model.ModelSpec;
import flowcdk.processor.model.PropertySpec;
import flowcdk.processor.model.TypeRef;
import flowcdk.processor.read.ModelValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Computes a model's JSON Schema at compile time, as compact JSON text for the codec's {@code
 * SCHEMA} constant.
 *
 * <p>The shape follows what Estuary's UI expects of the Python connectors' schemas and what
 * victools jsonschema-generator produces for the same class (the test suite checks the agreement):
 * each model is an object schema with {@code title}, {@code description}, {@code type}, {@code
 * properties}, {@code required}; nested models become {@code $defs} entries, keyed by simple class
 * name, that properties point to with {@code $ref}; property keywords ({@code title}, {@code
 * description}, {@code default}, {@code const}, {@code secret}, {@code order}, ...) sit beside the
 * type or the {@code $ref}. See {@code docs/models.md} for the full mapping and the deviations from
 * victools.
 */
public final class SchemaGenerator {

  private static final String META_SCHEMA =
      "{\"title\":\"Meta\",\"type\":\"object\",\"properties\":{"
          + "\"op\":{\"title\":\"Op\",\"type\":\"string\",\"enum\":[\"c\",\"u\",\"d\"],\"default\":\"u\","
          + "\"description\":\"Operation type (c: Create, u: Update, d: Delete)\"},"
          + "\"row_id\":{\"title\":\"Row Id\",\"type\":\"integer\",\"default\":-1,"
          + "\"description\":\"Row ID of the Document, counting up from zero, or -1 if not known\"}}}";

  private final ModelValidator validator;
  private final Elements elements;

  /** A generator that looks up referenced models with {@code validator}. */
  public SchemaGenerator(ModelValidator validator, Elements elements) {
    this.validator = validator;
    this.elements = elements;
  }

  /** The schema of {@code model}, with every model it refers to under {@code $defs}. */
  public String schema(ModelSpec model) {
    return JsonText.write(tree(model));
  }

  /**
   * The schema of {@code model} as {@link #schema} writes it, as a tree: maps, lists, strings,
   * numbers, booleans and {@link JsonText.Raw} values (the {@code Meta} definition).
   */
  public Map<String, Object> tree(ModelSpec model) {
    Definitions defs = new Definitions();
    Map<String, Object> root = modelSchema(model, defs);
    if (!defs.schemas.isEmpty()) {
      root.put("$defs", defs.schemas);
    }
    return root;
  }

  /** The {@code $defs} being collected for one root schema. */
  private final class Definitions {
    final Map<String, Object> schemas = new LinkedHashMap<>();
    final Map<String, String> keysByType = new LinkedHashMap<>();

    /** A {@code $ref} to {@code ref}'s definition, adding it on first use. */
    String reference(ClassRef ref) {
      String known = keysByType.get(ref.canonicalName());
      if (known != null) {
        return "#/$defs/" + known;
      }
      String key = ref.simpleName();
      for (int n = 2; schemas.containsKey(key); n++) {
        key = ref.simpleName() + n;
      }
      keysByType.put(ref.canonicalName(), key);
      schemas.put(key, Map.of()); // reserve the key before recursing (recursive models)
      schemas.put(key, modelSchema(lookup(ref), this));
      return "#/$defs/" + key;
    }

    String meta() {
      if (!schemas.containsKey("Meta")) {
        schemas.put("Meta", new JsonText.Raw(META_SCHEMA));
      }
      return "#/$defs/Meta";
    }
  }

  private ModelSpec lookup(ClassRef ref) {
    TypeElement type = elements.getTypeElement(ref.canonicalName());
    if (type == null) {
      throw new IllegalStateException("model " + ref.canonicalName() + " is not on the class path");
    }
    Outcome<ModelSpec> outcome = validator.validate(type);
    if (outcome instanceof Outcome.Valid<ModelSpec> valid) {
      return valid.model();
    }
    throw new UnusableReference(type, outcome);
  }

  /**
   * A model the schema refers to is invalid or not resolved yet, so no schema can be computed now.
   * The caller decides whether to defer, stay silent (the referenced model reports its own
   * problems) or report them.
   */
  public static final class UnusableReference extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient TypeElement type;
    private final transient Outcome<ModelSpec> outcome;

    UnusableReference(TypeElement type, Outcome<ModelSpec> outcome) {
      super("model " + type.getQualifiedName() + " is not usable: " + outcome, null, false, false);
      this.type = type;
      this.outcome = outcome;
    }

    /** The referenced model. */
    public TypeElement type() {
      return type;
    }

    /** What validating it gave: {@link Outcome.Invalid} or {@link Outcome.Deferred}. */
    public Outcome<ModelSpec> outcome() {
      return outcome;
    }
  }

  private Map<String, Object> modelSchema(ModelSpec model, Definitions defs) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("title", model.title());
    model.description().ifPresent(d -> schema.put("description", d));
    switch (model.kind()) {
      case ENUM -> {
        schema.put("type", "string");
        schema.put(
            "enum",
            model.enumType().orElseThrow().constants().stream()
                .map(TypeRef.EnumConstant::jsonName)
                .toList());
      }
      case UNION -> {
        ModelSpec.UnionSpec union = model.union().orElseThrow();
        Map<String, Object> mapping = new LinkedHashMap<>();
        List<Object> oneOf = new ArrayList<>();
        for (ModelSpec.Variant variant : union.variants()) {
          String ref = defs.reference(variant.model());
          mapping.put(variant.constant(), ref);
          oneOf.add(Map.of("$ref", ref));
        }
        Map<String, Object> discriminator = new LinkedHashMap<>();
        discriminator.put("propertyName", union.propertyName());
        discriminator.put("mapping", mapping);
        schema.put("discriminator", discriminator);
        schema.put("oneOf", oneOf);
      }
      default -> {
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (PropertySpec property : model.properties()) {
          if (property.ignored()) {
            continue;
          }
          properties.put(property.jsonName(), propertySchema(property, defs));
          if (property.required()) {
            required.add(property.jsonName());
          }
        }
        schema.put("properties", properties);
        if (!required.isEmpty()) {
          schema.put("required", required);
        }
        if (model.strict()) {
          schema.put("additionalProperties", false);
        } else if (model.extras().isPresent()) {
          schema.put("additionalProperties", true);
        }
        model.oauth2Provider().ifPresent(p -> schema.put("x-oauth2-provider", p));
      }
    }
    return schema;
  }

  private Map<String, Object> propertySchema(PropertySpec property, Definitions defs) {
    Map<String, Object> schema = new LinkedHashMap<>();
    // The Python CDK's _meta property has no title of its own (pydantic titles no $ref'd model).
    if (!(property.type() instanceof TypeRef.MetaRef)) {
      schema.put("title", property.title());
    }
    property.description().ifPresent(d -> schema.put("description", d));
    schema.putAll(typeSchema(property.type(), defs));
    // The property's own description wins over a type's fixed one ("Document metadata" of _meta).
    property.description().ifPresent(d -> schema.put("description", d));
    property.keywords().format().ifPresent(f -> schema.put("format", f));
    property.keywords().constant().ifPresent(c -> schema.put("const", c));
    property.defaultJson().ifPresent(d -> schema.put("default", new JsonText.Raw(d)));
    if (property.keywords().secret()) {
      schema.put("secret", true);
    }
    if (property.keywords().multiline()) {
      schema.put("multiline", true);
    }
    if (property.keywords().advanced()) {
      schema.put("advanced", true);
    }
    if (property.keywords().nonsensitive()) {
      schema.put("nonsensitive", true);
    }
    if (property.keywords().hidden()) {
      schema.put("x-hidden-field", true);
    }
    property.keywords().order().ifPresent(o -> schema.put("order", o));
    return schema;
  }

  private Map<String, Object> typeSchema(TypeRef type, Definitions defs) {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (type instanceof TypeRef.Scalar scalar) {
      switch (scalar.kind()) {
        case STRING, CHAR -> schema.put("type", "string");
        case BOOLEAN -> schema.put("type", "boolean");
        case BYTE, SHORT, INT, LONG, BIG_INTEGER -> schema.put("type", "integer");
        case FLOAT, DOUBLE, BIG_DECIMAL -> schema.put("type", "number");
        case INSTANT, OFFSET_DATE_TIME -> format(schema, "date-time");
        case LOCAL_DATE -> format(schema, "date");
        case LOCAL_TIME -> format(schema, "time");
        case LOCAL_DATE_TIME -> schema.put("type", "string");
        case DURATION -> format(schema, "duration");
        case UUID -> format(schema, "uuid");
        case BYTES -> {
          schema.put("type", "string");
          schema.put("contentEncoding", "base64");
        }
        case RAW_JSON -> {}
        default -> throw new IllegalStateException("unmapped scalar " + scalar.kind());
      }
    } else if (type instanceof TypeRef.EnumRef enumRef) {
      schema.put("type", "string");
      schema.put("enum", enumRef.constants().stream().map(TypeRef.EnumConstant::jsonName).toList());
    } else if (type instanceof TypeRef.ListRef list) {
      schema.put("type", "array");
      schema.put("items", typeSchema(list.element(), defs));
      if (list.set()) {
        schema.put("uniqueItems", true);
      }
    } else if (type instanceof TypeRef.ArrayRef array) {
      schema.put("type", "array");
      schema.put("items", typeSchema(array.element(), defs));
    } else if (type instanceof TypeRef.MapRef map) {
      schema.put("type", "object");
      schema.put("additionalProperties", typeSchema(map.value(), defs));
    } else if (type instanceof TypeRef.OptionalRef optional) {
      schema.putAll(typeSchema(optional.value(), defs));
    } else if (type instanceof TypeRef.ModelRef model) {
      schema.put("$ref", defs.reference(model.type()));
    } else if (type instanceof TypeRef.MetaRef) {
      schema.put("$ref", defs.meta());
      schema.put("description", "Document metadata");
    }
    return schema;
  }

  private static void format(Map<String, Object> schema, String format) {
    schema.put("type", "string");
    schema.put("format", format);
  }
}
