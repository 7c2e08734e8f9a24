package flowcdk.connector.stream;

import flowcdk.common.stream.CharLiterals;
import flowcdk.common.stream.CsvDialect;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The dialect of a CSV body: the settings of Python's {@code csv} reader that the Python CDK's CSV
 * processors take, with the same defaults ({@link #DEFAULT}: comma, double quote, no escape
 * character, doubled quotes, no initial-space skipping, strict, UTF-8).
 *
 * <p>Line ends need no setting: {@code \r\n}, {@code \n} and {@code \r} all end a row, in any mix,
 * as Python's reader accepts them whatever its {@code lineterminator} says (that setting only
 * affects writing). Quoting is Python's "minimal" quoting: a field that starts with the quote
 * character is quoted; {@link #withoutQuoting()} gives Python's {@code QUOTE_NONE}, where the quote
 * character is ordinary text. Python's other quoting modes, which turn unquoted fields into numbers
 * or {@code None} while reading, are not offered: use {@link CsvRows#named(CsvFormat)}{@code
 * .as(codec)} to type cells.
 *
 * <pre>{@code
 * CsvFormat tsv = CsvFormat.DEFAULT.withDelimiter('\t');
 * CsvFormat report = CsvFormat.DEFAULT.withCharset(StandardCharsets.UTF_16);
 * }</pre>
 *
 * @param delimiter separates the fields of a row
 * @param quoteChar starts and ends a quoted field, which may hold delimiters, line breaks and (with
 *     {@code doubleQuote}) doubled quote characters; empty for no quoting
 * @param escapeChar makes the character after it literal, in quoted and unquoted fields (the escape
 *     character itself is dropped); empty for none
 * @param doubleQuote whether two quote characters inside a quoted field stand for one; when false,
 *     a quote character ends the quoted part of a field and whatever follows is appended unquoted
 * @param skipInitialSpace whether spaces ({@code ' '} only) right after a delimiter, or at the
 *     start of a row, are dropped; a quote character after them still opens a quoted field
 * @param strict whether malformed quoting fails the read (a character other than a delimiter or
 *     line end after a closing quote, or a quoted field or escape left open at the end of the
 *     input); when false, such text is kept as it is, as Python does
 * @param charset how the body's bytes are decoded; malformed or unmappable bytes always fail
 */
public record CsvFormat(
    char delimiter,
    Optional<Character> quoteChar,
    Optional<Character> escapeChar,
    boolean doubleQuote,
    boolean skipInitialSpace,
    boolean strict,
    Charset charset) {

  /** Python's defaults: {@code , " (no escape) doubleQuote !skipInitialSpace strict UTF-8}. */
  public static final CsvFormat DEFAULT =
      new CsvFormat(
          ',', Optional.of('"'), Optional.empty(), true, false, true, StandardCharsets.UTF_8);

  /**
   * Checks the settings: the delimiter, quote character and escape character must be three
   * different characters, none of them a line break.
   *
   * @throws IllegalArgumentException naming the settings that clash and how to fix them
   */
  public CsvFormat {
    Objects.requireNonNull(quoteChar, "quoteChar (Optional.empty() for no quoting)");
    Objects.requireNonNull(escapeChar, "escapeChar (Optional.empty() for none)");
    Objects.requireNonNull(charset, "charset");
    notLineBreak("delimiter", delimiter);
    quoteChar.ifPresent(quote -> notLineBreak("quoteChar", quote));
    escapeChar.ifPresent(escape -> notLineBreak("escapeChar", escape));
    if (quoteChar.isPresent() && quoteChar.get() == delimiter) {
      throw clash("delimiter", "quoteChar", delimiter);
    }
    if (escapeChar.isPresent() && escapeChar.get() == delimiter) {
      throw clash("delimiter", "escapeChar", delimiter);
    }
    if (escapeChar.isPresent() && escapeChar.equals(quoteChar)) {
      throw clash("quoteChar", "escapeChar", escapeChar.get());
    }
  }

  private static void notLineBreak(String setting, char c) {
    if (c == '\r' || c == '\n') {
      throw new IllegalArgumentException(
          "CSV format: "
              + setting
              + " is "
              + CharLiterals.of(c)
              + ", a line break, which always ends a row; choose another character");
    }
  }

  private static IllegalArgumentException clash(String first, String second, char c) {
    return new IllegalArgumentException(
        "CSV format: "
            + first
            + " and "
            + second
            + " are both "
            + CharLiterals.of(c)
            + ", so a field could not tell them apart; give them different characters");
  }

  /** This format with {@code delimiter} between fields. */
  public CsvFormat withDelimiter(char delimiter) {
    return new CsvFormat(
        delimiter, quoteChar, escapeChar, doubleQuote, skipInitialSpace, strict, charset);
  }

  /** This format with {@code quoteChar} around quoted fields. */
  public CsvFormat withQuoteChar(char quoteChar) {
    return new CsvFormat(
        delimiter,
        Optional.of(quoteChar),
        escapeChar,
        doubleQuote,
        skipInitialSpace,
        strict,
        charset);
  }

  /** This format with no quoting (Python's {@code QUOTE_NONE}): quote characters are text. */
  public CsvFormat withoutQuoting() {
    return new CsvFormat(
        delimiter, Optional.empty(), escapeChar, doubleQuote, skipInitialSpace, strict, charset);
  }

  /** This format with {@code escapeChar} making the next character literal. */
  public CsvFormat withEscapeChar(char escapeChar) {
    return new CsvFormat(
        delimiter,
        quoteChar,
        Optional.of(escapeChar),
        doubleQuote,
        skipInitialSpace,
        strict,
        charset);
  }

  /** This format with no escape character. */
  public CsvFormat withoutEscapeChar() {
    return new CsvFormat(
        delimiter, quoteChar, Optional.empty(), doubleQuote, skipInitialSpace, strict, charset);
  }

  /** This format with {@code doubleQuote} as given. */
  public CsvFormat withDoubleQuote(boolean doubleQuote) {
    return new CsvFormat(
        delimiter, quoteChar, escapeChar, doubleQuote, skipInitialSpace, strict, charset);
  }

  /** This format with {@code skipInitialSpace} as given. */
  public CsvFormat withSkipInitialSpace(boolean skipInitialSpace) {
    return new CsvFormat(
        delimiter, quoteChar, escapeChar, doubleQuote, skipInitialSpace, strict, charset);
  }

  /** This format with {@code strict} as given. */
  public CsvFormat withStrict(boolean strict) {
    return new CsvFormat(
        delimiter, quoteChar, escapeChar, doubleQuote, skipInitialSpace, strict, charset);
  }

  /** This format decoding bytes with {@code charset}. */
  public CsvFormat withCharset(Charset charset) {
    return new CsvFormat(
        delimiter, quoteChar, escapeChar, doubleQuote, skipInitialSpace, strict, charset);
  }

  /**
   * The effective settings as {@code name=value} pairs, characters written as Java literals, as CSV
   * errors show them: for {@link #DEFAULT}, {@code delimiter=',', quoteChar='"', escapeChar=none,
   * doubleQuote=true, skipInitialSpace=false, strict=true, charset=UTF-8}. (The Python CDK lists
   * the same settings under Python's names and values, {@code quotechar='"', strict=True}; these
   * are the names of this record.)
   */
  @Override
  public String toString() {
    return "delimiter="
        + CharLiterals.of(delimiter)
        + ", quoteChar="
        + quoteChar.map(CharLiterals::of).orElse("none")
        + ", escapeChar="
        + escapeChar.map(CharLiterals::of).orElse("none")
        + ", doubleQuote="
        + doubleQuote
        + ", skipInitialSpace="
        + skipInitialSpace
        + ", strict="
        + strict
        + ", charset="
        + charset.name();
  }

  /** These settings as the CSV machinery reads them. */
  CsvDialect dialect() {
    return new CsvDialect(
        delimiter,
        quoteChar.map(c -> (int) c).orElse(-1),
        escapeChar.map(c -> (int) c).orElse(-1),
        doubleQuote,
        skipInitialSpace,
        strict,
        charset,
        toString());
  }
}
