package flowcdk.processor.read;

import flowcdk.processor.diag.Messages;
import flowcdk.processor.diag.Report;
import flowcdk.processor.model.Keywords;
import flowcdk.processor.model.PropertySpec;
import flowcdk.processor.model.ScalarKind;
import flowcdk.processor.model.TypeRef;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one property (a record component or constructor parameter, with its accessor and field)
 * into a {@link PropertySpec}, reporting what is wrong with it.
 */
final class PropertyReader {

  /** What reading one property gave. */
  sealed interface Result {
    /** A property. */
    record Property(PropertySpec spec) implements Result {}

    /** The {@code Extras} holder. */
    record Extras() implements Result {}

    /** Problems were reported. */
    record Failed() implements Result {}

    /** The type does not resolve yet. */
    record Deferred(String what) implements Result {}
  }

  private static final List<String> NOT_NULL = List.of("NotNull", "NonNull", "Nonnull");

  private final TypeResolver types;

  PropertyReader(TypeResolver types) {
    this.types = types;
  }

  /**
   * @param owner the model's name for messages
   * @param anchor the element messages attach to
   * @param annotated every element that may carry the property's annotations
   */
  Result read(
      String owner,
      Element anchor,
      List<Element> annotated,
      String javaName,
      String accessor,
      TypeMirror javaType,
      Report report) {
    Resolution resolution = types.resolve(javaType, true);
    if (resolution instanceof Resolution.Unresolved unresolved) {
      return new Result.Deferred(unresolved.name());
    }
    if (resolution instanceof Resolution.ExtrasType) {
      return new Result.Extras();
    }
    if (resolution instanceof Resolution.Unsupported unsupported) {
      report.error(anchor, Messages.unsupportedType(owner, javaName, unsupported.javaType()));
      return new Result.Failed();
    }
    if (resolution instanceof Resolution.BadMapKey badKey) {
      report.error(anchor, Messages.mapKey(owner, javaName, badKey.keyType()));
      return new Result.Failed();
    }
    if (resolution instanceof Resolution.MisplacedOptional) {
      report.error(anchor, Messages.optionalPlacement(owner, javaName));
      return new Result.Failed();
    }
    TypeRef type = ((Resolution.Resolved) resolution).type();

    Optional<AnnotationMirror> jsonProperty =
        Mirrors.find(annotated, AnnotationNames.JSON_PROPERTY);
    String jsonName =
        jsonProperty
            .flatMap(m -> Mirrors.string(m, "value"))
            .orElse(type instanceof TypeRef.MetaRef ? "_meta" : javaName);
    boolean ignored =
        Mirrors.find(annotated, AnnotationNames.JSON_IGNORE)
            .map(m -> Mirrors.bool(m, "value", true))
            .orElse(false);
    boolean primitive = type instanceof TypeRef.Scalar scalar && scalar.primitive();
    boolean required =
        !(type instanceof TypeRef.OptionalRef)
            && (primitive
                || Mirrors.hasSimpleName(annotated, NOT_NULL)
                || jsonProperty.map(m -> Mirrors.bool(m, "required", false)).orElse(false));
    Optional<String> description =
        Mirrors.find(annotated, AnnotationNames.JSON_PROPERTY_DESCRIPTION)
            .flatMap(m -> Mirrors.string(m, "value"));
    String title =
        Mirrors.find(annotated, AnnotationNames.TITLE)
            .flatMap(m -> Mirrors.string(m, "value"))
            .orElse(Titles.of(jsonName));

    Keywords keywords = keywords(owner, anchor, annotated, javaName, type, report);
    Optional<String> defaultJson = Optional.empty();
    Optional<String> defaultValue = jsonProperty.flatMap(m -> Mirrors.string(m, "defaultValue"));
    if (defaultValue.isPresent()) {
      if (required && !primitive) {
        report.error(anchor, Messages.requiredWithDefault(owner, javaName));
      } else {
        defaultJson = Defaults.toJson(owner, javaName, type, defaultValue.get(), anchor, report);
        if (primitive && defaultJson.isPresent()) {
          required = false;
        }
      }
    }
    if (keywords.constant().isPresent()) {
      required = false;
      defaultJson = Optional.of(Defaults.quote(keywords.constant().get()));
    }
    return new Result.Property(
        new PropertySpec(
            jsonName,
            javaName,
            accessor,
            type,
            required,
            title,
            description,
            defaultJson,
            keywords,
            ignored));
  }

  private static Keywords keywords(
      String owner,
      Element anchor,
      List<Element> annotated,
      String javaName,
      TypeRef type,
      Report report) {
    boolean string = isString(type);
    boolean secret = flag(annotated, AnnotationNames.SECRET);
    if (secret && !string) {
      report.error(anchor, Messages.needsString("@Secret", owner, javaName, describe(type)));
    }
    Optional<String> constant =
        Mirrors.find(annotated, AnnotationNames.CONST).flatMap(m -> Mirrors.string(m, "value"));
    if (constant.isPresent() && !string) {
      report.error(anchor, Messages.needsString("@Const", owner, javaName, describe(type)));
    }
    OptionalInt order =
        Mirrors.find(annotated, AnnotationNames.ORDER)
            .flatMap(m -> Mirrors.value(m, "value"))
            .map(v -> OptionalInt.of((Integer) v.getValue()))
            .orElse(OptionalInt.empty());
    return new Keywords(
        secret,
        flag(annotated, AnnotationNames.MULTILINE),
        flag(annotated, AnnotationNames.ADVANCED),
        flag(annotated, AnnotationNames.NONSENSITIVE),
        flag(annotated, AnnotationNames.HIDDEN_FIELD),
        order,
        Mirrors.find(annotated, AnnotationNames.FORMAT).flatMap(m -> Mirrors.string(m, "value")),
        constant);
  }

  private static boolean flag(List<Element> annotated, String name) {
    return Mirrors.find(annotated, name).isPresent();
  }

  private static boolean isString(TypeRef type) {
    TypeRef inner = type instanceof TypeRef.OptionalRef optional ? optional.value() : type;
    return inner instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.STRING;
  }

  private static String describe(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      return scalar.primitive()
          ? scalar.kind().primitiveName()
          : scalar.kind() == ScalarKind.BYTES ? "byte[]" : scalar.kind().boxedName();
    }
    return type.getClass().getSimpleName().replace("Ref", "").toLowerCase(java.util.Locale.ROOT);
  }
}
