package flowcdk.processor.model;

import java.util.Optional;

/**
 * One property of a model.
 *
 * @param jsonName the JSON member name
 * @param javaName the record component / constructor parameter name
 * @param accessor how to read the value from an instance, e.g. {@code name()}, {@code getName()} or
 *     {@code name} (a public field)
 * @param type the resolved type
 * @param required whether it must be present (and non-null) in JSON: primitives, not-null
 *     annotated, {@code @JsonProperty(required = true)}
 * @param title the schema title
 * @param description the schema description, if any
 * @param defaultJson the default as JSON text, if any; filled in when the property is absent
 * @param keywords UI keywords
 * @param ignored whether {@code @JsonIgnore} leaves it out of JSON (constructed with the Java
 *     default value)
 */
public record PropertySpec(
    String jsonName,
    String javaName,
    String accessor,
    TypeRef type,
    boolean required,
    String title,
    Optional<String> description,
    Optional<String> defaultJson,
    Keywords keywords,
    boolean ignored) {}
