package flowcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fixes a string property to one value ({@code "const"} with the same {@code "default"}), as the
 * {@code credentials_title} of each credentials variant. Reading fills it when absent and rejects
 * any other value; writing always writes it. The property must be a {@code String}.
 */
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER
})
public @interface Const {
  /** The only value. */
  String value();
}
