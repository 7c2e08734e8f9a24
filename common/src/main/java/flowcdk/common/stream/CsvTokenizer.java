package flowcdk.common.stream;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into CSV rows as Python's {@code csv} reader does, one piece of text at a time: a
 * push state machine that keeps the row and field in progress between pieces, so a row may be split
 * anywhere (inside a quoted field, between {@code \r} and {@code \n}, ...).
 *
 * <p>It follows CPython's reader (the {@code _csv} module's states and their order of checks) for
 * quoting, doubled quotes, the escape character, initial spaces and strictness, with differences
 * that change no row: blank lines (nothing before the line break) give no row at all rather than an
 * empty one, since every reader skips them; and a row ending in {@code \r} is given at once, its
 * {@code \n} (if one follows) being skipped later. One difference changes an outcome: after an
 * escaped line break, CPython's reader no longer ends the row at the end of the input, so in strict
 * mode it fails there with "unexpected end of data"; here the row ends, as in the Python CDK's
 * {@code aiocsv}.
 *
 * <p>Rows carry the number of the physical line they end on, counting {@code \r\n}, {@code \n} and
 * {@code \r} as line breaks wherever they are (inside quoted fields too), as CPython's {@code
 * line_num} counts lines.
 */
final class CsvTokenizer {

  /** Where rows go. */
  interface Rows {
    /**
     * A row of at least one cell, which the receiver now owns, ending on physical line {@code line}
     * (1-based).
     */
    void row(List<String> cells, long line);
  }

  private enum State {
    START_RECORD,
    AFTER_CR,
    START_FIELD,
    IN_FIELD,
    ESCAPE,
    IN_QUOTED,
    ESCAPE_IN_QUOTED,
    QUOTE_IN_QUOTED
  }

  // A field larger than this gives its memory back once saved.
  private static final int KEEP_FIELD_CAPACITY = 64 * 1024;

  private final CsvDialect dialect;
  private final char delimiter;
  private final int quote;
  private final int escape;
  private final boolean doubleQuote;
  private final boolean skipInitialSpace;
  private final boolean strict;

  private State state = State.START_RECORD;
  private List<String> cells = new ArrayList<>();
  private StringBuilder field = new StringBuilder();

  // Line breaks seen so far (\r\n once), whether the last character was \r, and the characters
  // seen since the last line break.
  private long breaks;
  private boolean afterCr;
  private long column;
  // Where the open quoted field or escape began, for errors at the end of the input.
  private long openedLine;
  private long openedColumn;

  CsvTokenizer(CsvDialect dialect) {
    this.dialect = dialect;
    this.delimiter = dialect.delimiter();
    this.quote = dialect.quote();
    this.escape = dialect.escape();
    this.doubleQuote = dialect.doubleQuote();
    this.skipInitialSpace = dialect.skipInitialSpace();
    this.strict = dialect.strict();
  }

  /** The number of the physical line being read (1-based). */
  long line() {
    return breaks + 1;
  }

  /**
   * Reads {@code text} (from its position to its limit, which it leaves unchanged), giving {@code
   * rows} every row it completes.
   *
   * @throws CsvFailure if the quoting is malformed and {@code strict}
   */
  void feed(CharBuffer text, Rows rows) {
    char[] chars;
    int from;
    int to;
    if (text.hasArray()) {
      chars = text.array();
      from = text.arrayOffset() + text.position();
      to = text.arrayOffset() + text.limit();
    } else {
      chars = new char[text.remaining()];
      text.duplicate().get(chars);
      from = 0;
      to = chars.length;
    }
    int i = from;
    while (i < to) {
      if (state == State.IN_FIELD || state == State.IN_QUOTED) {
        // Plain text is most of a body: copy it in runs.
        int end = plainRun(chars, i, to, state == State.IN_FIELD);
        if (end > i) {
          field.append(chars, i, end - i);
          column += end - i;
          afterCr = false;
          i = end;
          continue;
        }
      }
      char c = chars[i++];
      count(c);
      process(c, rows);
    }
  }

  /** The end of the run of ordinary characters starting at {@code from}. */
  private int plainRun(char[] chars, int from, int to, boolean unquoted) {
    int i = from;
    while (i < to) {
      char c = chars[i];
      if (c == '\r' || c == '\n' || c == escape || (unquoted ? c == delimiter : c == quote)) {
        break;
      }
      i++;
    }
    return i;
  }

  private void count(char c) {
    if (c == '\r') {
      breaks++;
      afterCr = true;
      column = 0;
    } else if (c == '\n') {
      if (!afterCr) {
        breaks++;
      }
      afterCr = false;
      column = 0;
    } else {
      afterCr = false;
      column++;
    }
  }

  @SuppressWarnings("fallthrough") // the states share their checks as CPython's reader does
  private void process(char c, Rows rows) {
    switch (state) {
      case AFTER_CR:
        state = State.START_RECORD;
        if (c == '\n') {
          return;
        }
      // fall through: the character after a lone \r starts the next line
      case START_RECORD:
        if (c == '\r' || c == '\n') {
          // A blank line: no row.
          state = c == '\r' ? State.AFTER_CR : State.START_RECORD;
          return;
        }
        state = State.START_FIELD;
      // fall through
      case START_FIELD:
        if (c == '\r' || c == '\n') {
          saveField();
          endRow(c, rows);
        } else if (c == quote) {
          opened();
          state = State.IN_QUOTED;
        } else if (c == escape) {
          opened();
          state = State.ESCAPE;
        } else if (c == ' ' && skipInitialSpace) {
          // Dropped, as Python drops spaces before a field.
        } else if (c == delimiter) {
          saveField();
        } else {
          field.append(c);
          state = State.IN_FIELD;
        }
        return;
      case IN_FIELD:
        if (c == '\r' || c == '\n') {
          saveField();
          endRow(c, rows);
        } else if (c == escape) {
          opened();
          state = State.ESCAPE;
        } else if (c == delimiter) {
          saveField();
          state = State.START_FIELD;
        } else {
          field.append(c);
        }
        return;
      case ESCAPE:
        field.append(c);
        state = State.IN_FIELD;
        return;
      case IN_QUOTED:
        if (c == escape) {
          opened();
          state = State.ESCAPE_IN_QUOTED;
        } else if (c == quote) {
          state = doubleQuote ? State.QUOTE_IN_QUOTED : State.IN_FIELD;
        } else {
          field.append(c);
        }
        return;
      case ESCAPE_IN_QUOTED:
        field.append(c);
        state = State.IN_QUOTED;
        return;
      case QUOTE_IN_QUOTED:
        if (c == quote) {
          field.append(c);
          state = State.IN_QUOTED;
        } else if (c == delimiter) {
          saveField();
          state = State.START_FIELD;
        } else if (c == '\r' || c == '\n') {
          saveField();
          endRow(c, rows);
        } else if (strict) {
          throw CsvMessages.parse(
              dialect, CsvMessages.textAfterQuote(delimiter, (char) quote, c, line(), column));
        } else {
          field.append(c);
          state = State.IN_FIELD;
        }
        return;
    }
  }

  /**
   * The input ended: gives {@code rows} the row in progress, if any, as Python's reader does for a
   * last line without a line break.
   *
   * @throws CsvFailure if a quoted field or an escape is still open and {@code strict}
   */
  void end(Rows rows) {
    switch (state) {
      case START_RECORD, AFTER_CR -> {
        return;
      }
      case IN_QUOTED -> {
        if (strict) {
          throw CsvMessages.parse(
              dialect, CsvMessages.openQuote((char) quote, openedLine, openedColumn));
        }
      }
      case ESCAPE, ESCAPE_IN_QUOTED -> {
        if (strict) {
          throw CsvMessages.parse(
              dialect, CsvMessages.openEscape((char) escape, openedLine, openedColumn));
        }
        // Python reads the end of the last line as a line break, which the escape keeps.
        field.append('\n');
      }
      default -> {}
    }
    saveField();
    state = State.START_RECORD;
    emit(rows, breaks + (column > 0 ? 1 : 0));
  }

  private void opened() {
    openedLine = line();
    openedColumn = column;
  }

  private void saveField() {
    cells.add(field.toString());
    if (field.capacity() > KEEP_FIELD_CAPACITY) {
      field = new StringBuilder();
    } else {
      field.setLength(0);
    }
  }

  private void endRow(char lineBreak, Rows rows) {
    state = lineBreak == '\r' ? State.AFTER_CR : State.START_RECORD;
    emit(rows, breaks);
  }

  private void emit(Rows rows, long line) {
    List<String> row = cells;
    cells = new ArrayList<>(row.size());
    rows.row(row, line);
  }
}
