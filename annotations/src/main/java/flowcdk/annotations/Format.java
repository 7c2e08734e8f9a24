package flowcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema {@code format} of a string property, where its Java type does not imply one (an {@code
 * Instant} is already {@code date-time}, a {@code Duration} {@code duration}).
 */
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER
})
public @interface Format {
  /** The format name, e.g. {@code "email"} or {@code "uri"}. */
  String value();
}
