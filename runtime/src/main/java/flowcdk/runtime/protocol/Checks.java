package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;
import java.util.List;
import java.util.Objects;

/** Argument checks shared by the protocol records, with messages that name the field. */
final class Checks {

  private Checks() {}

  /** {@code value}, or a {@link NullPointerException} saying that {@code field} is null. */
  static <T> T notNull(T value, String field) {
    return Objects.requireNonNull(value, () -> field + " must not be null");
  }

  /** An immutable copy of {@code list}, refusing a null list or a null element by name. */
  static <T> List<T> list(List<T> list, String field) {
    notNull(list, field);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
    }
    return List.copyOf(list);
  }

  /** {@code value}, refusing null and anything but a JSON object. */
  static RawJson object(RawJson value, String field) {
    notNull(value, field);
    if (!value.isObject()) {
      throw new IllegalArgumentException(field + " must be a JSON object but is " + kind(value));
    }
    return value;
  }

  /** What kind of JSON value {@code value} is, for messages ("an array", "a string", ...). */
  static String kind(RawJson value) {
    // Only used on the error path, so the copy made by toString() does not matter.
    return switch (value.toString().charAt(0)) {
      case '{' -> "an object";
      case '[' -> "an array";
      case '"' -> "a string";
      case 't', 'f' -> "a boolean";
      case 'n' -> "null";
      default -> "a number";
    };
  }

  /** {@code value}, refusing a negative number. */
  static long nonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative but is " + value);
    }
    return value;
  }

  /** {@code value}, refusing anything outside the unsigned 32-bit range. */
  static long uint32(long value, String field) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(
          field + " must be an unsigned 32-bit integer (0..4294967295) but is " + value);
    }
    return value;
  }
}
