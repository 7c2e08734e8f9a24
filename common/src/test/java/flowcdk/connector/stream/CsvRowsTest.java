package flowcdk.connector.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Named and positional rows through the author API: the rules of the Python CDK's processors. */
class CsvRowsTest {

  private static final CsvFormat PY = CsvFormat.DEFAULT;
  private static final String CONFIG =
      "CSV reader configuration: delimiter=',', quoteChar='\"', escapeChar=none,"
          + " doubleQuote=true, skipInitialSpace=false, strict=true, charset=UTF-8";

  /** The rows read before the end or a failure, and the failure's message. */
  record Outcome<T>(List<T> rows, String failure) {}

  static <T> Outcome<T> readAll(CloseableIterator<T> rows) {
    List<T> read = new ArrayList<>();
    try (rows) {
      while (rows.hasNext()) {
        read.add(rows.next());
      }
    } catch (CsvException e) {
      return new Outcome<>(read, e.getMessage());
    }
    return new Outcome<>(read, null);
  }

  private static Outcome<Map<String, String>> named(String csv) {
    return readAll(CsvRows.named(PY).iterator(csv.getBytes(StandardCharsets.UTF_8)));
  }

  private static Outcome<List<String>> positional(String csv) {
    return readAll(CsvRows.positional(PY).iterator(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theHeaderNamesTheColumnsOfEveryLaterRowInOrder() {
    Outcome<Map<String, String>> outcome =
        named("name,age,city\r\nJohn,25,New York\n,,\n\"Doe, Jane\",\"3\"\"0\",\"Los\nAngeles\"");
    assertEquals(
        List.of(
            Map.of("name", "John", "age", "25", "city", "New York"),
            Map.of("name", "", "age", "", "city", ""),
            Map.of("name", "Doe, Jane", "age", "3\"0", "city", "Los\nAngeles")),
        outcome.rows());
    assertEquals(null, outcome.failure());
    assertEquals(List.of("name", "age", "city"), new ArrayList<>(outcome.rows().get(0).keySet()));
    assertThrows(UnsupportedOperationException.class, () -> outcome.rows().get(0).put("x", "y"));
  }

  @Test
  void givenFieldNamesMakeEveryRowData() {
    Outcome<Map<String, String>> outcome =
        readAll(
            CsvRows.named(PY, List.of("name", "age"))
                .iterator("John,25\nJane,30".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        List.of(Map.of("name", "John", "age", "25"), Map.of("name", "Jane", "age", "30")),
        outcome.rows());
    assertEquals(
        "CSV field names: the list is empty; give one name per column, or use"
            + " CsvRows.named(format) to take the names from the header row",
        assertThrows(IllegalArgumentException.class, () -> CsvRows.named(PY, List.of()))
            .getMessage());
  }

  @Test
  void anEmptyOrHeaderOnlyBodyGivesNoRows() {
    assertEquals(new Outcome<>(List.of(), null), named(""));
    assertEquals(new Outcome<>(List.of(), null), named("name,age,city"));
    assertEquals(new Outcome<>(List.of(), null), named("name,age,city\r\n\r\n"));
    assertEquals(new Outcome<>(List.of(), null), named("\n\n"));
  }

  @Test
  void blankLinesAreSkippedEvenBeforeTheHeader() {
    assertEquals(
        new Outcome<>(List.of(Map.of("name", "John"), Map.of("name", "Jane")), null),
        named("\n\r\nname\n\nJohn\r\rJane\n\n\n"));
  }

  @Test
  void aRowWithTooManyColumnsFailsAfterTheRowsBeforeIt() {
    Outcome<Map<String, String>> outcome =
        named("name,age,city\nJohn,25,New York\nJane,30,LA,extra");
    assertEquals(List.of(Map.of("name", "John", "age", "25", "city", "New York")), outcome.rows());
    assertEquals("CSV row 3 has 4 columns but 3 were expected.", outcome.failure());
  }

  @Test
  void aRowWithTooFewColumnsFails() {
    assertEquals(
        "CSV row 3 has 2 columns but 3 were expected.",
        named("name,age,city\nJohn,25,New York\nJane,30\n").failure());
    assertEquals(
        "CSV row 2 has 2 columns but 3 were expected.",
        readAll(
                CsvRows.named(PY, List.of("name", "age", "city"))
                    .iterator("John,25,New York\nJane,30".getBytes(StandardCharsets.UTF_8)))
            .failure());
  }

  @Test
  void rowNumbersCountTheHeaderBlankLinesAndLinesInsideQuotedFields() {
    assertEquals(
        "CSV row 6 has 1 columns but 2 were expected.",
        named("name,notes\n\"a\",\"x\r\ny\"\n\n\"b\nc\"\n").failure());
  }

  @Test
  void aRepeatedNameKeepsItsFirstPlaceAndItsLastCell() {
    Outcome<Map<String, String>> outcome = named("a,b,a\n1,2,3\n");
    assertEquals(List.of(Map.of("a", "3", "b", "2")), outcome.rows());
    assertEquals(List.of("a", "b"), new ArrayList<>(outcome.rows().get(0).keySet()));
    assertEquals("CSV row 2 has 2 columns but 3 were expected.", named("a,b,a\n1,2\n").failure());
  }

  @Test
  void positionalRowsHaveAnyWidthAndNoHeader() {
    assertEquals(
        new Outcome<>(
            List.of(List.of("a", "b", "c"), List.of("d", "e"), List.of("f", "g", "h", "i")), null),
        positional("a,b,c\nd,e\n\nf,g,h,i\n"));
    assertEquals(new Outcome<>(List.of(), null), positional(""));
    assertEquals(new Outcome<>(List.of(), null), positional("\r\n\n"));
  }

  @Test
  void aLineOfOnlyAnEmptyQuotedFieldIsARowOfOneEmptyCell() {
    assertEquals(
        new Outcome<>(List.of(List.of("a", "b"), List.of(""), List.of("c", "d")), null),
        positional("a,b\n\"\"\nc,d"));
  }

  @Test
  void malformedQuotingFailsWithTheReaderConfiguration() {
    assertEquals(
        new Outcome<>(
            List.of(),
            "Failed to parse CSV data: unexpected end of data: the quoted field opened on line 1"
                + " at character 3 is never closed with '\"'; the body may be truncated. "
                + CONFIG),
        positional("a,\"unclosed,b\nc,d"));
    assertEquals(
        "Failed to parse CSV data: '\\t' expected after '\"', found 'b' on line 2 at character 4:"
            + " a quoted field ends at a delimiter or line break (double a quote character to keep"
            + " it inside the field, or read with withStrict(false) to keep such text). CSV reader"
            + " configuration: delimiter='\\t', quoteChar='\"', escapeChar=none, doubleQuote=true,"
            + " skipInitialSpace=false, strict=true, charset=UTF-8",
        readAll(
                CsvRows.named(PY.withDelimiter('\t'))
                    .iterator("x\n\"a\"b\n".getBytes(StandardCharsets.UTF_8)))
            .failure());
  }

  @Test
  void bytesThatAreNotValidInTheCharsetFailNamingTheirOffset() {
    byte[] body = concat("name\nok\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff});
    assertEquals(
        new Outcome<>(
            List.of(Map.of("name", "ok")),
            "Failed to decode CSV data on line 3: the byte 0xff at byte offset 8 is not valid"
                + " UTF-8; check the charset the body is read with. "
                + CONFIG),
        readAll(CsvRows.named(PY).iterator(body)));
  }

  @Test
  void aBodyEndingInsideACharacterFails() {
    byte[] full = "name\nok\n€".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        new Outcome<>(
            List.of(Map.of("name", "ok")),
            "Failed to decode CSV data on line 3: the input ends inside a character: the 2 bytes"
                + " 0xe2 0x82 at byte offset 8 begin a UTF-8 sequence that never ends; the body may"
                + " be truncated, or not UTF-8. "
                + CONFIG),
        readAll(CsvRows.named(PY).iterator(Arrays.copyOf(full, full.length - 1))));
  }

  @Test
  void otherCharsetsAreDecodedAsTheFormatSays() {
    String csv = "name,city\nJosé,São Paulo\nFrançois,Paris";
    List<Map<String, String>> expected =
        List.of(
            Map.of("name", "José", "city", "São Paulo"),
            Map.of("name", "François", "city", "Paris"));
    for (var charset :
        List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
      assertEquals(
          new Outcome<>(expected, null),
          readAll(CsvRows.named(PY.withCharset(charset)).iterator(csv.getBytes(charset))),
          charset.name());
    }
  }

  @Test
  void theIteratorClosesItsInputAndEndsLikeAnIterator() {
    boolean[] closed = {false};
    ByteArrayInputStream input =
        new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() throws IOException {
            closed[0] = true;
            super.close();
          }
        };
    CloseableIterator<List<String>> rows = CsvRows.positional(PY).iterator(input);
    assertEquals(List.of("a"), rows.next());
    assertFalse(rows.hasNext());
    assertThrows(NoSuchElementException.class, rows::next);
    rows.close();
    assertTrue(closed[0]);
  }

  static byte[] concat(byte[] first, byte[] second) {
    byte[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
