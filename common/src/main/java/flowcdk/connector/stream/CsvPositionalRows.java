package flowcdk.connector.stream;

import flowcdk.common.stream.PositionalRows;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

/**
 * A reader of positional CSV rows, made by {@link CsvRows#positional(CsvFormat)}: each row is an
 * unmodifiable list of its cells, whatever its width (checking widths is the caller's business,
 * before binding cells to names). No header is read. Immutable; each read starts afresh.
 *
 * <pre>{@code
 * ReadStream<List<String>> rows = CsvRows.positional(CsvFormat.DEFAULT).stream(export.body());
 * }</pre>
 */
public final class CsvPositionalRows {

  private final CsvFormat format;

  CsvPositionalRows(CsvFormat format) {
    this.format = format;
  }

  /**
   * The rows of {@code body}, as they arrive: a stream that reads {@code body} only as fast as rows
   * are taken, and fails with a {@link CsvException} (after the rows before it) or with the body's
   * own failure. It takes over {@code body}'s handlers.
   */
  public ReadStream<List<String>> stream(ReadStream<Buffer> body) {
    return CsvReading.stream(body, format, handler());
  }

  /** The rows of {@code input}, read on the calling thread; closing the iterator closes it. */
  public CloseableIterator<List<String>> iterator(InputStream input) {
    return CsvReading.iterator(input, format, handler());
  }

  /** The rows of {@code bytes}. */
  public CloseableIterator<List<String>> iterator(byte[] bytes) {
    return iterator(new ByteArrayInputStream(bytes));
  }

  private PositionalRows handler() {
    return new PositionalRows();
  }
}
