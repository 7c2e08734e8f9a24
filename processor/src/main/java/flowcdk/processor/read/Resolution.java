package flowcdk.processor.read;

import flowcdk.processor.model.TypeRef;

/** The outcome of resolving one Java type to a {@link TypeRef}. */
sealed interface Resolution {

  /** Resolved. */
  record Resolved(TypeRef type) implements Resolution {}

  /** The type is {@code Extras} (only meaningful as a whole property). */
  record ExtrasType() implements Resolution {}

  /** A type a model cannot hold; {@code javaType} names it for the message. */
  record Unsupported(String javaType) implements Resolution {}

  /** A map keyed by something other than String. */
  record BadMapKey(String keyType) implements Resolution {}

  /** Optional used inside another type. */
  record MisplacedOptional() implements Resolution {}

  /** A type that does not exist (yet): perhaps generated in a later round. */
  record Unresolved(String name) implements Resolution {}
}
