package flowcdk.connector.stream;

import java.util.List;
import java.util.Objects;

/**
 * Rows out of a CSV body, read as it arrives, in memory bounded by one row: the Python CDK's
 * incremental CSV processors ({@code IncrementalCSVProcessor} and {@code
 * IncrementalCSVRowProcessor}).
 *
 * <p>Three readers, each for a {@link CsvFormat}:
 *
 * <ul>
 *   <li>{@link #named(CsvFormat)}: the first row names the columns and every later row is a map
 *       from name to cell; {@link CsvNamedRows#as} decodes the rows into a {@code @Model} instead;
 *   <li>{@link #named(CsvFormat, List)}: the same with the names given, every row being data;
 *   <li>{@link #positional(CsvFormat)}: every row is a list of cells, of any width.
 * </ul>
 *
 * Each reads a Vert.x stream of body chunks ({@code stream(body)}, e.g. an {@code HttpStream}'s
 * {@code body()}) into a stream of rows with back-pressure (the body is read only as fast as rows
 * are taken), or an {@code InputStream} or byte array on the calling thread ({@code iterator(...)},
 * for tests and files).
 *
 * <pre>{@code
 * // Sale is a @Model record (long id, Instant at, BigDecimal amount, boolean refunded).
 * return http.requestStream(HttpRequest.get(exportUrl))
 *     .compose(export -> Streams.forEach(
 *         CsvRows.named(CsvFormat.DEFAULT).as(SaleJson.INSTANCE).stream(export.body()),
 *         sale -> sink.document(sale, SaleJson.INSTANCE)));
 * }</pre>
 *
 * <p><b>Rows.</b> The body is decoded with the format's charset as it arrives (a character split
 * between chunks is fine); then {@code \r\n}, {@code \n} and {@code \r} all end rows, except inside
 * quoted fields, which may hold delimiters, line breaks and doubled quotes (see {@link CsvFormat}
 * for quoting, escapes and strictness, which follow Python's {@code csv} module). Blank lines are
 * skipped everywhere, also before the header (Python would take a blank first line as a header with
 * no names); a line holding only {@code ""} is a row of one empty cell. Empty cells are empty
 * strings. An empty body, or one with only a header, gives no rows.
 *
 * <p><b>Columns.</b> A named row must have exactly as many cells as there are names, or the read
 * fails with the Python CDK's {@code CSV row <n> has <actual> columns but <expected> were
 * expected.}, {@code <n>} being the number of the physical line the row ends on (counting the
 * header, blank lines and line breaks inside quoted fields), as Python's {@code csv} reader counts
 * its {@code line_num}. A name given twice keeps its first position and its last cell.
 *
 * <p><b>Failures</b> are {@link CsvException}s, after every row before them: malformed quoting
 * (with {@code strict}) or bytes the charset cannot decode, naming the line (and the byte offset)
 * and the format's settings, and the column-count and model errors above.
 *
 * <p><b>Memory.</b> One row is held while it is read, however long its fields (there is no field
 * size limit, as in the Python CDK); a stream also holds the rows of the one chunk it is working
 * through while the consumer is paused.
 *
 * <p><b>Differences from the Python CDK</b>, which parses with the {@code aiocsv} library: rows
 * follow Python's own {@code csv} module (checked against CPython 3.11 on thousands of generated
 * inputs) where {@code aiocsv} departs from it, namely
 *
 * <ul>
 *   <li>{@code aiocsv} drops a last row ended by a lone {@code \r}; it is a row here;
 *   <li>{@code aiocsv} numbers a last row without a line break after it as the line before, and
 *       miscounts lines after a lone {@code \r}; here rows carry their physical line;
 *   <li>with {@code skipInitialSpace}, {@code aiocsv} strips any leading white space from every
 *       field, quoted or not, and a quote after the spaces is text; here only spaces before a field
 *       are dropped and a quote after them opens a quoted field, as the {@code csv} module does;
 *   <li>CPython's strict reader fails on a last line without a line break when its field holds an
 *       escaped line break ({@code unexpected end of data}); {@code aiocsv} and this reader give
 *       the row.
 * </ul>
 *
 * And by choice: a blank line before the header is skipped (Python takes it as a header without
 * names, failing every row); an empty list of field names is refused (Python then reads the
 * header); bytes the charset cannot decode fail with a {@link CsvException} naming their offset
 * (the Python CDK lets Python's {@code UnicodeDecodeError} through); parse errors name the line and
 * character, and list the configuration under this API's names ({@code quoteChar='"', strict=true},
 * not Python's {@code quotechar='"', strict=True}); and a wrong width is always reported with the
 * row's true number of cells (Python can miscount it when the header repeats a name).
 */
public final class CsvRows {

  private CsvRows() {}

  /**
   * Named rows whose names are the header's: the first row that is not blank.
   *
   * @return maps from column name to cell, or see {@link CsvNamedRows#as} for models
   */
  public static CsvNamedRows named(CsvFormat format) {
    return new CsvNamedRows(Objects.requireNonNull(format, "format"), null);
  }

  /**
   * Named rows whose names are {@code fieldNames}: every row is data, there is no header.
   *
   * @throws IllegalArgumentException if {@code fieldNames} is empty
   */
  public static CsvNamedRows named(CsvFormat format, List<String> fieldNames) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(fieldNames, "fieldNames");
    if (fieldNames.isEmpty()) {
      throw new IllegalArgumentException(
          "CSV field names: the list is empty; give one name per column, or use"
              + " CsvRows.named(format) to take the names from the header row");
    }
    return new CsvNamedRows(format, List.copyOf(fieldNames));
  }

  /** Rows as lists of cells: no header, no width check. */
  public static CsvPositionalRows positional(CsvFormat format) {
    return new CsvPositionalRows(Objects.requireNonNull(format, "format"));
  }
}
