package flowcdk.example.api;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Values of {@code numeric} columns, which besides numbers hold PostgreSQL's {@code NaN}, {@code
 * Infinity} and {@code -Infinity} (no {@link BigDecimal} can): a value is a {@code BigDecimal} or
 * one of those three {@code String}s, in documents, cursors and page cursors alike. PostgreSQL
 * sorts {@code -Infinity} before every number, {@code Infinity} after, and {@code NaN} after {@code
 * Infinity}; statements bind them as untyped text, which the server reads as numeric.
 */
final class Numerics {

  /** The values that are not numbers, as PostgreSQL writes them (and reads them back). */
  static final Set<String> SPECIAL = Set.of("NaN", "Infinity", "-Infinity");

  private Numerics() {}

  /**
   * The value of a numeric column's text as the driver gives it: a special value as is, else a
   * {@link BigDecimal}; null for null.
   *
   * @throws NumberFormatException if the text is neither
   */
  static Object parse(String text) {
    if (text == null) {
      return null;
    }
    return SPECIAL.contains(text) ? text : new BigDecimal(text);
  }

  /** A value as document text: a number exactly, without exponent; a special value as is. */
  static String text(Object value) {
    return value instanceof BigDecimal number ? number.toPlainString() : (String) value;
  }
}
