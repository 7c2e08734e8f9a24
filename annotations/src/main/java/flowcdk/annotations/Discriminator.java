package flowcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a sealed {@code @Model} interface a discriminated union of its permitted subtypes, keyed by
 * the string property {@link #value()}. Each permitted subtype is a {@code @Model} record or final
 * class with that property annotated {@link Const}; the constants are distinct. The schema is
 * {@code {"discriminator": {"propertyName": ..., "mapping": {...}}, "oneOf": [{"$ref": ...},
 * ...]}}, as Estuary's UI expects for credential choices.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE})
public @interface Discriminator {
  /** The discriminating property's JSON name, e.g. {@code "credentials_title"}. */
  String value();
}
