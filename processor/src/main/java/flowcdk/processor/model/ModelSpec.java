package flowcdk.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything the generators need to know about one {@code @Model} type.
 *
 * @param type the model type
 * @param codec the generated codec's name ({@code <Name>Json})
 * @param kind record, final class, enum or union
 * @param title the schema title
 * @param description the schema description, if any
 * @param properties the declared properties in declaration order (records, classes)
 * @param extras where the {@code Extras} holding undeclared properties sits, if the model keeps
 *     them
 * @param strict whether undeclared properties are an error ({@code additionalProperties: false})
 * @param oauth2Provider {@code x-oauth2-provider}, if any
 * @param enumType the enum's constants (enums)
 * @param union the union's discriminator and variants (sealed interfaces)
 */
public record ModelSpec(
    ClassRef type,
    ClassRef codec,
    Kind kind,
    String title,
    Optional<String> description,
    List<PropertySpec> properties,
    Optional<ExtrasSpec> extras,
    boolean strict,
    Optional<String> oauth2Provider,
    Optional<TypeRef.EnumRef> enumType,
    Optional<UnionSpec> union) {

  /** Copies the list. */
  public ModelSpec {
    properties = List.copyOf(properties);
  }

  /**
   * The {@code Extras} component of a model that keeps undeclared properties.
   *
   * @param accessor how to read it from an instance, e.g. {@code extras()}
   * @param position its index among the constructor's parameters
   */
  public record ExtrasSpec(String accessor, int position) {}

  /** The shapes a model can have. */
  public enum Kind {
    /** A record, constructed through its canonical constructor. */
    RECORD,
    /** A final class, constructed through its one public (or {@code @JsonCreator}) constructor. */
    CLASS,
    /** An enum, a JSON string. */
    ENUM,
    /** A sealed interface of {@code @Model} variants, told apart by a constant property. */
    UNION
  }

  /**
   * A discriminated union.
   *
   * @param propertyName the discriminating property
   * @param variants each permitted subtype with its constant, in {@code permits} order
   */
  public record UnionSpec(String propertyName, List<Variant> variants) {
    /** Copies the list. */
    public UnionSpec {
      variants = List.copyOf(variants);
    }
  }

  /**
   * One variant of a union.
   *
   * @param model the variant's model type
   * @param codec its codec
   * @param constant the discriminator value that selects it
   */
  public record Variant(ClassRef model, ClassRef codec, String constant) {}
}
