package flowcdk.processor.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Estuary's UI keywords and explicit schema annotations on one property.
 *
 * @param secret {@code "secret": true}
 * @param multiline {@code "multiline": true}
 * @param advanced {@code "advanced": true}
 * @param nonsensitive {@code "nonsensitive": true}
 * @param hidden {@code "x-hidden-field": true}
 * @param order {@code "order": n}
 * @param format an explicit {@code "format"}
 * @param constant {@code "const"} (with the same default)
 */
public record Keywords(
    boolean secret,
    boolean multiline,
    boolean advanced,
    boolean nonsensitive,
    boolean hidden,
    OptionalInt order,
    Optional<String> format,
    Optional<String> constant) {

  /** No keywords. */
  public static final Keywords NONE =
      new Keywords(
          false,
          false,
          false,
          false,
          false,
          OptionalInt.empty(),
          Optional.empty(),
          Optional.empty());
}
