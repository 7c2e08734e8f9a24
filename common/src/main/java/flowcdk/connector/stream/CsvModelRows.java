package flowcdk.connector.stream;

import flowcdk.common.stream.CellTypes;
import flowcdk.common.stream.ModelRows;
import flowcdk.runtime.codec.JsonCodec;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A reader of named CSV rows decoded into a {@code @Model}, made by {@link CsvNamedRows#as}: each
 * row becomes a JSON object from column name to cell, which the model's generated codec decodes, so
 * a row is checked as a document of the model would be (required properties, unknown ones if the
 * model rejects them, formats such as date-times).
 *
 * <p>Cells are text; they are converted by the type the model's JSON schema gives the column's
 * property:
 *
 * <ul>
 *   <li>a cell that is one of the {@linkplain #nullSpellings(Set) null spellings} (by default the
 *       empty string only) is {@code null}, whatever the property, as the Python CDK's {@code
 *       BaseCSVRow} does; a property that cannot be null then reports it;
 *   <li>for an {@code integer} or {@code number} property, a cell written as a JSON number ({@code
 *       42}, {@code -1.5}, {@code 2e3}) is that number;
 *   <li>for a {@code boolean} property, {@code true} and {@code false} in any case are booleans
 *       (Pydantic also takes {@code 1}/{@code 0}, {@code yes}/{@code no}, {@code on}/{@code off},
 *       which are not converted here);
 *   <li>anything else, and every cell of a string property (dates and times included) or of a
 *       column the model does not declare, is a string.
 * </ul>
 *
 * A cell that does not read as its property's type (say {@code abc}, {@code +1} or {@code 1,000}
 * for a number) is left a string, so the codec reports a type mismatch at the column: {@code CSV
 * row 3 does not decode into Sale (pointers name columns): 1 problem decoding Sale: - /amount:
 * expected a number, found a string "1,000"}.
 *
 * <p>The model's schema is read once, when this reader is made. Immutable; each read starts afresh.
 *
 * <pre>{@code
 * ReadStream<Sale> sales =
 *     CsvRows.named(CsvFormat.DEFAULT)
 *         .as(SaleJson.INSTANCE)
 *         .nullSpellings(Set.of("", "NULL", "N/A"))
 *         .stream(export.body());
 * }</pre>
 *
 * @param <T> the model type
 */
public final class CsvModelRows<T> {

  private final CsvFormat format;
  private final List<String> fieldNames;
  private final JsonCodec<T> codec;
  private final String typeName;
  private final CellTypes types;
  private final Set<String> nullSpellings;

  private CsvModelRows(
      CsvFormat format,
      List<String> fieldNames,
      JsonCodec<T> codec,
      String typeName,
      CellTypes types,
      Set<String> nullSpellings) {
    this.format = format;
    this.fieldNames = fieldNames;
    this.codec = codec;
    this.typeName = typeName;
    this.types = types;
    this.nullSpellings = nullSpellings;
  }

  static <T> CsvModelRows<T> of(CsvFormat format, List<String> fieldNames, JsonCodec<T> codec) {
    CellTypes types = CellTypes.of(codec.schema());
    String typeName = types.title();
    if (typeName == null) {
      typeName = codec.getClass().getSimpleName().replaceFirst("Json$", "");
    }
    return new CsvModelRows<>(format, fieldNames, codec, typeName, types, Set.of(""));
  }

  /**
   * This reader with {@code spellings} as the cells that stand for null (e.g. {@code Set.of("",
   * "NULL")}); an empty set makes no cell null. Cells are compared exactly, case included.
   */
  public CsvModelRows<T> nullSpellings(Set<String> spellings) {
    return new CsvModelRows<>(
        format,
        fieldNames,
        codec,
        typeName,
        types,
        Set.copyOf(Objects.requireNonNull(spellings, "spellings")));
  }

  /**
   * The models of {@code body}'s rows, as they arrive: a stream that reads {@code body} only as
   * fast as models are taken, and fails with a {@link CsvException} (after the models before it) or
   * with the body's own failure. It takes over {@code body}'s handlers.
   */
  public ReadStream<T> stream(ReadStream<Buffer> body) {
    return CsvReading.stream(body, format, handler());
  }

  /** The models of {@code input}'s rows, read on the calling thread; closing it closes input. */
  public CloseableIterator<T> iterator(InputStream input) {
    return CsvReading.iterator(input, format, handler());
  }

  /** The models of the rows of {@code bytes}. */
  public CloseableIterator<T> iterator(byte[] bytes) {
    return iterator(new ByteArrayInputStream(bytes));
  }

  private ModelRows<T> handler() {
    return new ModelRows<>(fieldNames, codec, typeName, types, nullSpellings);
  }
}
