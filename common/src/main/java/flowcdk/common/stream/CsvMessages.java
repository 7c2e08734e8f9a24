package flowcdk.common.stream;

import flowcdk.runtime.codec.DecodeException;

/** Every message a CSV read fails with, in one place so that their wording stays uniform. */
final class CsvMessages {

  private CsvMessages() {}

  /**
   * Malformed CSV: {@code Failed to parse CSV data: <what>. CSV reader configuration: <settings>},
   * as the Python CDK words it.
   */
  static CsvFailure parse(CsvDialect dialect, String what) {
    return new CsvFailure(
        "Failed to parse CSV data: "
            + what
            + ". CSV reader configuration: "
            + dialect.description());
  }

  /** Bytes the charset cannot decode, in the same shape as {@link #parse}. */
  static CsvFailure decode(CsvDialect dialect, MalformedTextException e, long line) {
    return new CsvFailure(
        "Failed to decode CSV data on line "
            + line
            + ": "
            + e.getMessage()
            + ". CSV reader configuration: "
            + dialect.description(),
        e);
  }

  /**
   * A row whose width is not the header's: exactly the Python CDK's {@code CSV row <n> has <actual>
   * columns but <expected> were expected.}
   */
  static CsvFailure columns(long line, int actual, int expected) {
    return new CsvFailure(
        "CSV row " + line + " has " + actual + " columns but " + expected + " were expected.");
  }

  /** A row that does not decode into its model; {@code e} lists the problems by column. */
  static CsvFailure model(long line, DecodeException e) {
    return new CsvFailure(
        "CSV row "
            + line
            + " does not decode into "
            + e.typeName()
            + " (pointers name columns): "
            + e.getMessage(),
        e);
  }

  /** A character after a closing quote, in strict mode. */
  static String textAfterQuote(char delimiter, char quote, char found, long line, long column) {
    return CharLiterals.of(delimiter)
        + " expected after "
        + CharLiterals.of(quote)
        + ", found "
        + CharLiterals.of(found)
        + at(line, column)
        + ": a quoted field ends at a delimiter or line break (double a quote character to keep"
        + " it inside the field, or read with withStrict(false) to keep such text)";
  }

  /** The input ended inside a quoted field, in strict mode. */
  static String openQuote(char quote, long line, long column) {
    return "unexpected end of data: the quoted field opened"
        + at(line, column)
        + " is never closed with "
        + CharLiterals.of(quote)
        + "; the body may be truncated";
  }

  /** The input ended right after an escape character, in strict mode. */
  static String openEscape(char escape, long line, long column) {
    return "unexpected end of data: the input ends with the escape character "
        + CharLiterals.of(escape)
        + at(line, column)
        + ", which must be followed by the character it escapes";
  }

  private static String at(long line, long column) {
    return " on line " + line + " at character " + column;
  }
}
