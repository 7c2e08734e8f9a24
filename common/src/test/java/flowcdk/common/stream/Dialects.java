package flowcdk.common.stream;

import java.nio.charset.StandardCharsets;

/**
 * CSV dialects for the machinery's tests: Python's defaults, changed a setting at a time. Their
 * description, which messages end with, is {@value #DESCRIPTION}.
 */
final class Dialects {

  static final String DESCRIPTION = "the test dialect";

  private char delimiter = ',';
  private int quote = '"';
  private int escape = -1;
  private boolean doubleQuote = true;
  private boolean skipInitialSpace;
  private boolean strict = true;

  /** Python's defaults: {@code , " (no escape) doubleQuote !skipInitialSpace strict UTF-8}. */
  static Dialects python() {
    return new Dialects();
  }

  Dialects delimiter(char c) {
    delimiter = c;
    return this;
  }

  Dialects noQuoting() {
    quote = -1;
    return this;
  }

  Dialects escape(char c) {
    escape = c;
    return this;
  }

  Dialects singleQuotes() {
    doubleQuote = false;
    return this;
  }

  Dialects skipInitialSpace() {
    skipInitialSpace = true;
    return this;
  }

  Dialects lenient() {
    strict = false;
    return this;
  }

  CsvDialect build() {
    return new CsvDialect(
        delimiter,
        quote,
        escape,
        doubleQuote,
        skipInitialSpace,
        strict,
        StandardCharsets.UTF_8,
        DESCRIPTION);
  }
}
