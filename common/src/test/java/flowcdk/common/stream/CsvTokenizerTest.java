package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of Python's csv reader, row by row: each case is read whole and one character at a
 * time, which must agree. Rows are written {@code [cell|cell]@line}.
 */
class CsvTokenizerTest {

  private static final CsvDialect PY = Dialects.python().build();

  /** The rows of {@code text}, read whole and a character at a time (which must agree). */
  private static List<String> rows(CsvDialect format, String text) {
    List<String> whole = read(format, text, text.length() == 0 ? 1 : text.length());
    assertEquals(whole, read(format, text, 1), "read a character at a time");
    return whole;
  }

  private static List<String> read(CsvDialect format, String text, int piece) {
    List<String> rows = new ArrayList<>();
    CsvTokenizer tokenizer = new CsvTokenizer(format);
    CsvTokenizer.Rows sink = (cells, line) -> rows.add("[" + String.join("|", cells) + "]@" + line);
    for (int i = 0; i < text.length(); i += piece) {
      tokenizer.feed(CharBuffer.wrap(text, i, Math.min(text.length(), i + piece)), sink);
    }
    tokenizer.end(sink);
    return rows;
  }

  private static String failure(CsvDialect format, String text) {
    String whole =
        assertThrows(CsvFailure.class, () -> read(format, text, text.length())).getMessage();
    assertEquals(whole, assertThrows(CsvFailure.class, () -> read(format, text, 1)).getMessage());
    return whole;
  }

  @Test
  void fieldsAreSplitAtDelimitersAndRowsAtAnyLineBreak() {
    assertEquals(
        List.of("[a|b]@1", "[c|d]@2", "[e|f]@3", "[g|h]@4"), rows(PY, "a,b\r\nc,d\ne,f\rg,h"));
    assertEquals(List.of("[a|]@1", "[|]@2", "[|b]@3"), rows(PY, "a,\n,\n,b\n"));
  }

  @Test
  void quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaksKeptAsTheyAre() {
    assertEquals(
        List.of("[a,b|c\r\nd|say \"hi\"]@2", "[e]@3"),
        rows(PY, "\"a,b\",\"c\r\nd\",\"say \"\"hi\"\"\"\r\ne"));
    assertEquals(List.of("[]@1"), rows(PY, "\"\""));
    assertEquals(List.of("[a\"b]@1"), rows(PY, "a\"b"), "a quote inside an unquoted field is text");
  }

  @Test
  void blankLinesGiveNoRowButALineOfAnEmptyQuotedFieldIsARowOfOneEmptyCell() {
    assertEquals(List.of("[a]@2", "[]@4", "[b]@7"), rows(PY, "\na\n\r\n\"\"\r\r\n\nb\n\n"));
  }

  @Test
  void lineNumbersCountPhysicalLinesIncludingThoseInsideQuotedFields() {
    assertEquals(
        List.of("[a\nb|c]@2", "[d\r\re]@5", "[f]@6"), rows(PY, "\"a\nb\",c\n\"d\r\re\"\rf"));
    assertEquals(List.of("[x]@1"), rows(PY, "x\r"), "a row ending in \\r at the end of input");
  }

  @Test
  void anEscapeCharacterMakesTheNextCharacterLiteralInAndOutOfQuotes() {
    CsvDialect escaped = Dialects.python().escape('\\').build();
    assertEquals(
        List.of("[a,b|c\"d|e\\f]@1", "[g\nh]@3"),
        rows(escaped, "a\\,b,\"c\\\"d\",e\\\\f\ng\\\nh\n"));
    assertEquals(
        List.of("[a,b|c]@1"),
        rows(Dialects.python().noQuoting().escape('\\').build(), "a\\,b,c"),
        "the Python CDK's escape case, with QUOTE_NONE");
  }

  @Test
  void withoutQuotingQuoteCharactersAreText() {
    assertEquals(List.of("[\"a|b\"]@1"), rows(Dialects.python().noQuoting().build(), "\"a,b\""));
  }

  @Test
  void withoutDoubleQuoteAClosingQuoteEndsTheQuotedPartAndTheRestIsAppended() {
    CsvDialect single = Dialects.python().singleQuotes().build();
    assertEquals(List.of("[ab\"c\"|d]@1"), rows(single, "\"ab\"\"c\",d"));
    assertEquals(
        List.of("[a\"b]@1"),
        rows(Dialects.python().singleQuotes().escape('\\').build(), "\"a\\\"b\""));
  }

  @Test
  void skipInitialSpaceDropsSpacesBeforeAFieldOnly() {
    CsvDialect skip = Dialects.python().skipInitialSpace().build();
    assertEquals(List.of("[a|b|c, d| e]@1"), rows(skip, "a,  b, \"c, d\",\" e\""));
    assertEquals(List.of("[a| b| \"c]@1"), rows(PY, "a, b, \"c"), "spaces are text by default");
    assertEquals(List.of("[]@1"), rows(skip, "   \n"), "a line of spaces is one empty cell");
    assertEquals(
        List.of("[a|b]@1"),
        rows(Dialects.python().skipInitialSpace().delimiter(' ').build(), "a    b"),
        "with a space delimiter, runs of spaces separate once");
  }

  @Test
  void strictModeRejectsTextAfterAClosingQuote() {
    assertEquals(
        "Failed to parse CSV data: ',' expected after '\"', found 'x' on line 2 at character 5:"
            + " a quoted field ends at a delimiter or line break (double a quote character to keep"
            + " it inside the field, or read with withStrict(false) to keep such text). CSV reader"
            + " configuration: the test dialect",
        failure(PY, "a\n\"ab\"x,c\n"));
    assertEquals(
        List.of("[a]@1", "[abx|c]@2"), rows(Dialects.python().lenient().build(), "a\n\"ab\"x,c\n"));
  }

  @Test
  void theInputMayNotEndInsideAQuotedFieldOrAfterAnEscapeWhenStrict() {
    assertEquals(
        "Failed to parse CSV data: unexpected end of data: the quoted field opened on line 2 at"
            + " character 3 is never closed with '\"'; the body may be truncated. CSV reader"
            + " configuration: the test dialect",
        failure(PY, "a\nb,\"c\nd"));
    assertEquals(
        List.of("[a]@1", "[b|c\nd]@3"), rows(Dialects.python().lenient().build(), "a\nb,\"c\nd"));

    CsvDialect escaped = Dialects.python().escape('\\').build();
    assertEquals(
        "Failed to parse CSV data: unexpected end of data: the input ends with the escape"
            + " character '\\\\' on line 1 at character 2, which must be followed by the character"
            + " it escapes. CSV reader configuration: the test dialect",
        failure(escaped, "a\\"));
    assertEquals(
        List.of("[a\n]@1"),
        rows(Dialects.python().escape('\\').lenient().build(), "a\\"),
        "as Python, the end of the last line is the escaped character");
    assertEquals(
        List.of("[a\n]@1"), rows(Dialects.python().escape('\\').lenient().build(), "\"a\\"));
  }

  @Test
  void rowsBeforeAFailureAreGivenFirst() {
    List<String> rows = new ArrayList<>();
    CsvTokenizer tokenizer = new CsvTokenizer(PY);
    assertThrows(
        CsvFailure.class,
        () ->
            tokenizer.feed(
                CharBuffer.wrap("a,b\nc,d\n\"e\"f"), (cells, line) -> rows.add(cells.toString())));
    assertEquals(List.of("[a, b]", "[c, d]"), rows);
  }

  @Test
  void theCurrentLineIsKnownForMessagesAboutIt() {
    CsvTokenizer tokenizer = new CsvTokenizer(PY);
    tokenizer.feed(CharBuffer.wrap("a\r\n\"b\nc"), (cells, line) -> {});
    assertEquals(3, tokenizer.line());
  }
}
