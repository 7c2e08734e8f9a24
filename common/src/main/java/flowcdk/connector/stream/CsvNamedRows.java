package flowcdk.connector.stream;

import flowcdk.common.stream.NamedRows;
import flowcdk.runtime.codec.JsonCodec;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reader of named CSV rows, made by {@link CsvRows#named(CsvFormat)} or {@link
 * CsvRows#named(CsvFormat, List)}: each row is an unmodifiable map from column name to cell, in
 * column order, or with {@link #as(JsonCodec)} a model. Immutable; each read starts afresh.
 *
 * <pre>{@code
 * ReadStream<Map<String, String>> rows = CsvRows.named(CsvFormat.DEFAULT).stream(export.body());
 * }</pre>
 */
public final class CsvNamedRows {

  private final CsvFormat format;
  private final List<String> fieldNames;

  CsvNamedRows(CsvFormat format, List<String> fieldNames) {
    this.format = format;
    this.fieldNames = fieldNames;
  }

  /**
   * Rows decoded into the model of {@code codec} (a generated {@code FooJson.INSTANCE}), cells
   * converted by the model's property types; see {@link CsvModelRows}.
   */
  public <T> CsvModelRows<T> as(JsonCodec<T> codec) {
    return CsvModelRows.of(format, fieldNames, Objects.requireNonNull(codec, "codec"));
  }

  /**
   * The rows of {@code body}, as they arrive: a stream that reads {@code body} only as fast as rows
   * are taken, and fails with a {@link CsvException} (after the rows before it) or with the body's
   * own failure. It takes over {@code body}'s handlers.
   */
  public ReadStream<Map<String, String>> stream(ReadStream<Buffer> body) {
    return CsvReading.stream(body, format, handler());
  }

  /** The rows of {@code input}, read on the calling thread; closing the iterator closes it. */
  public CloseableIterator<Map<String, String>> iterator(InputStream input) {
    return CsvReading.iterator(input, format, handler());
  }

  /** The rows of {@code bytes}. */
  public CloseableIterator<Map<String, String>> iterator(byte[] bytes) {
    return iterator(new ByteArrayInputStream(bytes));
  }

  private NamedRows handler() {
    return new NamedRows(fieldNames);
  }
}
