package flowcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type whose JSON codec and JSON Schema the processor generates: the endpoint config, a
 * resource config, or a document.
 *
 * <p>The processor generates {@code <Name>Json} beside the type: a reflection-free codec that
 * writes and reads the type with jackson-core streaming, and {@code <Name>Json.SCHEMA}, its JSON
 * Schema. Rules it enforces (each a compile error on the offending element):
 *
 * <ul>
 *   <li>The type is a record, a final class with a constructor taking every property, an enum, or a
 *       sealed interface whose permitted subtypes are {@code @Model} records or final classes (a
 *       discriminated union, see {@link Discriminator}). It is not generic and not a non-static
 *       inner class.
 *   <li>Every property has a supported type: primitives and their boxes, {@code String}, {@code
 *       BigDecimal}, {@code BigInteger}, {@code Instant}, {@code OffsetDateTime}, {@code
 *       LocalDate}, {@code LocalDateTime}, {@code LocalTime}, {@code Duration}, {@code UUID},
 *       enums, {@code List}, {@code Set}, {@code Map<String, V>}, {@code Optional}, arrays, other
 *       {@code @Model} types, {@code RawJson} (any JSON value), {@code Meta} (a document's {@code
 *       _meta}) and {@code Extras} (see below).
 *   <li>Property names (after {@code @JsonProperty}) are unique.
 * </ul>
 *
 * <p><b>Names, titles, descriptions, defaults.</b> A property's JSON name is its Java name unless
 * Jackson's {@code @JsonProperty("name")} says otherwise; {@code @JsonIgnore} leaves it out (a
 * record component can only be ignored if the record has another constructor). Descriptions come
 * from {@code @JsonPropertyDescription} and {@code @JsonClassDescription}; a default from
 * {@code @JsonProperty(defaultValue = "...")} (parsed as JSON, or taken as a string). Titles are
 * the JSON name in title case ({@code start_date} becomes "Start Date"), or {@link Title}.
 *
 * <p><b>Required and null.</b> Primitives, components annotated with an annotation named {@code
 * NotNull}, {@code NonNull} or {@code Nonnull}, and {@code @JsonProperty(required = true)} are
 * required and never null. Every other property is optional: absent in JSON means {@code null} (or
 * {@code Optional.empty()}), and a {@code null} value is not written at all, so a property never
 * set is omitted, as the Python CDK does. A property with a default is filled with it when absent.
 *
 * <p><b>Undeclared properties.</b> A component of type {@code Extras} receives every property the
 * model does not declare, and they are written back after the declared ones, unchanged. Without
 * one, unknown properties are skipped when reading, or rejected if {@link #strict()} is set.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE})
public @interface Model {
  /** The schema title; the simple name of the type by default. */
  String title() default "";

  /**
   * Whether an unknown property is a decoding error rather than skipped. Resource configs built on
   * the CDK's standard shape are strict, as in the Python CDK. Also sets {@code
   * "additionalProperties": false} in the schema.
   */
  boolean strict() default false;
}
