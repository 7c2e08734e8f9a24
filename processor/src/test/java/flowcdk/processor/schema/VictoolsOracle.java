package flowcdk.processor.schema;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigPart;
import com.github.victools.jsonschema.generator.SchemaGeneratorGeneralConfigPart;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The oracle: victools jsonschema-generator 4.x with its Jackson module, configured so that every
 * Estuary convention victools can express is expressed here, as configuration (see the table in
 * {@link SchemaAgreementTest}). What remains different is normalized by {@link SchemaDeviations}.
 *
 * <p>The Flow CDK annotations have CLASS retention, so the hooks read them with {@link
 * ClassFileAnnotations}; Jackson's annotations are read by victools and its Jackson module through
 * reflection as usual.
 */
final class VictoolsOracle {

  static final String FLOW = "flowcdk.annotations.";
  static final String MODEL = FLOW + "Model";
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> NOT_NULL = Set.of("NotNull", "NonNull", "Nonnull");

  private final SchemaGenerator generator;

  /** One instance: victools skips it by identity when asked for the standard definition. */
  private final CustomDefinitionProviderV2 inlineContainers = this::inlineContainers;

  private final ObjectNode metaDefinition;

  VictoolsOracle() {
    metaDefinition = (ObjectNode) resource("schema/meta-definition.json");
    SchemaGeneratorConfigBuilder builder =
        new SchemaGeneratorConfigBuilder(
                MAPPER, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            // SCHEMA is embedded in the spec response, which carries no "$schema".
            .without(Option.SCHEMA_VERSION_INDICATOR)
            // Optional<T> is unwrapped below without FlattenedOptionalModule's "nullable" marking.
            .without(Option.FLATTENED_OPTIONALS)
            .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
            // Every property keeps its title, even one equal to its $ref target's title.
            .without(Option.DUPLICATE_MEMBER_ATTRIBUTE_CLEANUP_AT_THE_END);

    SchemaGeneratorGeneralConfigPart types = builder.forTypesInGeneral();
    // Registered before the option modules (applied in build()), so these providers come first.
    types.withCustomDefinitionProvider(this::fixedDefinitions);
    types.withCustomDefinitionProvider(this::unionDefinition);
    types.withCustomDefinitionProvider(inlineContainers);
    // Properties and "required" in declaration order (victools sorts them alphabetically): every
    // pair compares equal, and the sort is stable.
    types.withPropertySorter(Comparator.comparingInt(member -> 0));
    types.withTitleResolver(this::typeTitle);
    types.withTypeAttributeOverride((node, scope, context) -> typeKeywords(node, scope));

    SchemaGeneratorConfigPart<FieldScope> fields = builder.forFields();
    fields.withTargetTypeOverridesResolver(VictoolsOracle::unwrapOptional);
    fields.withNullableCheck(field -> Boolean.FALSE);
    fields.withIgnoreCheck(
        field -> field.getType() != null && field.getType().getErasedType() == Extras.class);
    fields.withPropertyNameOverrideResolver(
        field ->
            isMeta(field)
                    && field.getAnnotationConsideringFieldAndGetter(JsonProperty.class) == null
                ? "_meta"
                : null);
    fields.withTitleResolver(this::propertyTitle);
    fields.withRequiredCheck(this::required);
    fields.withDefaultResolver(this::defaultValue);
    // A single-value enum is written as "const" (ENUM_KEYWORD_FOR_SINGLE_VALUES stays off).
    fields.withEnumResolver(
        field ->
            flow(field, "Const").flatMap(a -> a.value("value")).map(List::<Object>of).orElse(null));
    fields.withStringFormatResolver(
        field -> (String) flow(field, "Format").flatMap(a -> a.value("value")).orElse(null));
    fields.withArrayUniqueItemsResolver(
        field ->
            (field.getType() != null && Set.class.isAssignableFrom(field.getType().getErasedType()))
                ? Boolean.TRUE
                : null);
    fields.withInstanceAttributeOverride((node, field, context) -> propertyKeywords(node, field));

    builder.with(
        new JacksonModule(
            JacksonOption.RESPECT_JSONPROPERTY_REQUIRED, JacksonOption.SKIP_SUBTYPE_LOOKUP));
    // After the Jackson module's @JsonPropertyDescription resolver, so that one wins.
    fields.withDescriptionResolver(field -> isMeta(field) ? "Document metadata" : null);

    generator = new SchemaGenerator(builder.build());
  }

  /** victools' schema of {@code model}. */
  ObjectNode schema(Class<?> model) {
    ObjectNode schema = generator.generateSchema(model);
    if (model.isEnum()) {
      // Enum models are inlined where used; only their own root schema carries their title and
      // description.
      ObjectNode root = MAPPER.createObjectNode();
      root.put("title", modelTitle(model));
      com.fasterxml.jackson.annotation.JsonClassDescription d =
          model.getAnnotation(com.fasterxml.jackson.annotation.JsonClassDescription.class);
      if (d != null) {
        root.put("description", d.value());
      }
      root.setAll(schema);
      return root;
    }
    return schema;
  }

  static JsonNode resource(String name) {
    try (InputStream in = VictoolsOracle.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- types ----------------------------------------------------------------------------------

  /** Fixed schemas for types whose JSON form is the CDK's, not their Java structure. */
  private CustomDefinition fixedDefinitions(ResolvedType type, SchemaGenerationContext context) {
    if (type == null) {
      return null;
    }
    Class<?> erased = type.getErasedType();
    ObjectNode node = MAPPER.createObjectNode();
    if (erased == byte.class || erased == Byte.class) {
      node.put("type", "integer"); // Jackson writes bytes as numbers; victools says "string"
    } else if (erased == byte[].class) {
      node.put("type", "string")
          .put("contentEncoding", "base64"); // Jackson writes byte[] as base64
    } else if (erased == LocalDateTime.class) {
      node.put("type", "string"); // no offset, so not an RFC 3339 "date-time"
    } else if (erased == RawJson.class) {
      // any JSON value: the empty schema
    } else if (erased == Meta.class) {
      return new CustomDefinition(
          metaDefinition.deepCopy(),
          CustomDefinition.DefinitionType.ALWAYS_REF,
          CustomDefinition.AttributeInclusion.NO);
    } else if (erased.isEnum()) {
      // Enums are always inlined. Each constant's JSON name is its @JsonProperty value or its
      // name, as Jackson writes it (victools' Jackson module uses names for all constants unless
      // every constant is annotated).
      node.put("type", "string");
      ArrayNode values = node.putArray("enum");
      for (Field constant : erased.getFields()) {
        if (constant.isEnumConstant()) {
          JsonProperty property = constant.getAnnotation(JsonProperty.class);
          values.add(
              property != null && !property.value().isEmpty()
                  ? property.value()
                  : constant.getName());
        }
      }
    } else {
      return null;
    }
    return new CustomDefinition(
        node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
  }

  /**
   * A sealed {@code @Discriminator} interface: {@code discriminator} + {@code oneOf} of its
   * permitted subtypes.
   */
  private CustomDefinition unionDefinition(ResolvedType type, SchemaGenerationContext context) {
    if (type == null || !type.getErasedType().isInterface() || !type.getErasedType().isSealed()) {
      return null;
    }
    Optional<ClassFileAnnotations.Annotation> discriminator =
        ClassFileAnnotations.of(type.getErasedType()).onType(FLOW + "Discriminator");
    if (discriminator.isEmpty()) {
      return null;
    }
    ObjectNode node = MAPPER.createObjectNode();
    ObjectNode d = node.putObject("discriminator");
    d.put("propertyName", (String) discriminator.get().value("value").orElseThrow());
    ObjectNode mapping = d.putObject("mapping");
    ArrayNode oneOf = node.putArray("oneOf");
    for (Class<?> variant : type.getErasedType().getPermittedSubclasses()) {
      String constant =
          constantOf(variant, (String) discriminator.get().value("value").orElseThrow());
      mapping.put(constant, "#/$defs/" + variant.getSimpleName());
      oneOf.add(context.createDefinitionReference(context.getTypeContext().resolve(variant)));
    }
    return new CustomDefinition(
        node, CustomDefinition.DefinitionType.ALWAYS_REF, CustomDefinition.AttributeInclusion.YES);
  }

  /**
   * Collections, maps and arrays are always inlined (victools would move one used twice into {@code
   * $defs}); models become {@code $defs} entries through DEFINITIONS_FOR_ALL_OBJECTS.
   */
  private CustomDefinition inlineContainers(ResolvedType type, SchemaGenerationContext context) {
    if (type == null || type.isPrimitive()) {
      return null;
    }
    Class<?> erased = type.getErasedType();
    if (erased.isArray()
        || Collection.class.isAssignableFrom(erased)
        || Map.class.isAssignableFrom(erased)) {
      return new CustomDefinition(
          context.createStandardDefinition(type, inlineContainers),
          CustomDefinition.DefinitionType.INLINE,
          CustomDefinition.AttributeInclusion.YES);
    }
    return null;
  }

  /** {@code @Title}, else {@code @Model(title)}, else the simple name; only for models. */
  private String typeTitle(TypeScope scope) {
    Class<?> erased = scope.getType().getErasedType();
    if (erased.isPrimitive()
        || erased.isArray()
        || erased.isEnum()
        || erased.getName().startsWith("java.")
        || ClassFileAnnotations.of(erased).onType(MODEL).isEmpty()) {
      return null;
    }
    return modelTitle(erased);
  }

  static String modelTitle(Class<?> model) {
    ClassFileAnnotations annotations = ClassFileAnnotations.of(model);
    return annotations
        .onType(FLOW + "Title")
        .flatMap(a -> a.value("value"))
        .map(String.class::cast)
        .or(
            () ->
                annotations
                    .onType(MODEL)
                    .flatMap(a -> a.value("title"))
                    .map(String.class::cast)
                    .filter(t -> !t.isEmpty()))
        .orElse(model.getSimpleName());
  }

  /**
   * {@code additionalProperties} (strict: false; with {@code Extras}: true) and {@code
   * x-oauth2-provider}.
   */
  private void typeKeywords(ObjectNode node, TypeScope scope) {
    Class<?> erased = scope.getType().getErasedType();
    if (erased.isPrimitive() || erased.isArray() || erased.getName().startsWith("java.")) {
      return;
    }
    ClassFileAnnotations annotations = ClassFileAnnotations.of(erased);
    Optional<ClassFileAnnotations.Annotation> model = annotations.onType(MODEL);
    if (model.isEmpty() || erased.isEnum() || erased.isInterface()) {
      return;
    }
    if (model.get().value("strict").map(Boolean.TRUE::equals).orElse(false)) {
      node.put("additionalProperties", false);
    } else if (java.util.Arrays.stream(erased.getDeclaredFields())
        .anyMatch(f -> f.getType() == Extras.class)) {
      node.put("additionalProperties", true);
    }
    annotations
        .onType(FLOW + "OAuth2Provider")
        .flatMap(a -> a.value("value"))
        .ifPresent(p -> node.put("x-oauth2-provider", (String) p));
  }

  // ---- properties -----------------------------------------------------------------------------

  private static List<ResolvedType> unwrapOptional(FieldScope field) {
    ResolvedType type = field.getDeclaredType();
    if (type.getErasedType() == Optional.class) {
      return List.of(type.getTypeParameters().get(0));
    }
    return null;
  }

  private static boolean isMeta(FieldScope field) {
    return field.getDeclaredType().getErasedType() == Meta.class;
  }

  private static Optional<ClassFileAnnotations.Annotation> flow(
      FieldScope field, String simpleName) {
    if (field.isFakeContainerItemScope()) {
      return Optional.empty();
    }
    return ClassFileAnnotations.of(field.getDeclaringType().getErasedType())
        .onProperty(field.getDeclaredName(), FLOW + simpleName);
  }

  private String propertyTitle(FieldScope field) {
    if (field.isFakeContainerItemScope() || isMeta(field)) {
      // The Python CDK's _meta has no title of its own.
      return null;
    }
    return flow(field, "Title")
        .flatMap(a -> a.value("value"))
        .map(String.class::cast)
        .orElse(titleCase(field.getName()));
  }

  /**
   * Title case of a JSON name, as pydantic shows field names: split at {@code _}, {@code -}, spaces
   * and lower-to-upper camel humps; each word capitalized, the rest lower case.
   */
  static String titleCase(String jsonName) {
    List<String> words = new ArrayList<>();
    for (String part : jsonName.split("[_\\- ]+", -1)) {
      for (String word : part.split("(?<=\\p{Ll})(?=\\p{Lu})", -1)) {
        if (!word.isEmpty()) {
          words.add(
              word.substring(0, 1).toUpperCase(Locale.ROOT)
                  + word.substring(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return String.join(" ", words);
  }

  private boolean required(FieldScope field) {
    if (field.isFakeContainerItemScope()) {
      return false;
    }
    JsonProperty property = field.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
    boolean hasDefault = property != null && !property.defaultValue().isEmpty();
    if (flow(field, "Const").isPresent()) {
      return false;
    }
    if (field.getDeclaredType().isPrimitive() && !hasDefault) {
      return true;
    }
    return ClassFileAnnotations.of(field.getDeclaringType().getErasedType())
        .onProperty(field.getDeclaredName())
        .stream()
        .anyMatch(a -> NOT_NULL.contains(a.simpleName()));
  }

  /**
   * {@code @JsonProperty(defaultValue)} as JSON of the property's type; {@code @Const} is also the
   * default.
   */
  private Object defaultValue(FieldScope field) {
    if (field.isFakeContainerItemScope()) {
      return null;
    }
    Optional<Object> constant = flow(field, "Const").flatMap(a -> a.value("value"));
    if (constant.isPresent()) {
      return constant.get();
    }
    JsonProperty property = field.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
    if (property == null || property.defaultValue().isEmpty()) {
      return null;
    }
    String text = property.defaultValue();
    ResolvedType type = field.getType(); // Optional already unwrapped
    Class<?> c = type.getErasedType();
    if (c == boolean.class || c == Boolean.class) {
      return Boolean.parseBoolean(text);
    }
    if (c.isPrimitive() || Number.class.isAssignableFrom(c)) {
      return new java.math.BigDecimal(text);
    }
    return text;
  }

  /** Estuary's UI keywords. */
  private void propertyKeywords(ObjectNode node, FieldScope field) {
    if (field.isFakeContainerItemScope()) {
      return;
    }
    for (String[] flag :
        new String[][] {
          {"Secret", "secret"},
          {"Multiline", "multiline"},
          {"Advanced", "advanced"},
          {"Nonsensitive", "nonsensitive"},
          {"HiddenField", "x-hidden-field"}
        }) {
      if (flow(field, flag[0]).isPresent()) {
        node.put(flag[1], true);
      }
    }
    flow(field, "Order")
        .flatMap(a -> a.value("value"))
        .ifPresent(o -> node.put("order", (Integer) o));
  }

  private static String constantOf(Class<?> variant, String propertyName) {
    ClassFileAnnotations annotations = ClassFileAnnotations.of(variant);
    for (Field field : variant.getDeclaredFields()) {
      JsonProperty property = field.getAnnotation(JsonProperty.class);
      String name =
          property != null && !property.value().isEmpty() ? property.value() : field.getName();
      if (name.equals(propertyName)) {
        return (String)
            annotations
                .onProperty(field.getName(), FLOW + "Const")
                .flatMap(a -> a.value("value"))
                .orElseThrow();
      }
    }
    throw new IllegalStateException(variant + " has no " + propertyName);
  }
}
