package flowcdk.common.stream;

import io.vertx.core.buffer.Buffer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Bytes of a CSV body in, items out: the bytes are decoded with the format's charset, split into
 * rows by a {@link CsvTokenizer}, and each row made an item by a {@link CsvRowHandler}. Holds the
 * row in progress and an incomplete character between chunks, nothing more.
 *
 * @param <O> the item type
 */
public final class CsvDecoder<O> implements ChunkDecoder<Buffer, O> {

  private final CsvDialect dialect;
  private final CsvRowHandler<O> rows;
  private final TextDecoder text;
  private final CsvTokenizer tokenizer;

  /**
   * A decoder of {@code dialect} giving the items {@code rows} makes of the rows. It fails with
   * {@link CsvFailure}s.
   */
  public CsvDecoder(CsvDialect dialect, CsvRowHandler<O> rows) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.rows = Objects.requireNonNull(rows, "rows");
    this.text = new TextDecoder(dialect.charset());
    this.tokenizer = new CsvTokenizer(dialect);
  }

  @Override
  public void chunk(Buffer chunk, Consumer<? super O> out) {
    CsvTokenizer.Rows sink = sink(out);
    try {
      text.decode(chunk, piece -> tokenizer.feed(piece, sink));
    } catch (MalformedTextException e) {
      throw CsvMessages.decode(dialect, e, tokenizer.line());
    }
  }

  @Override
  public void end(Consumer<? super O> out) {
    CsvTokenizer.Rows sink = sink(out);
    try {
      text.end(piece -> tokenizer.feed(piece, sink));
    } catch (MalformedTextException e) {
      throw CsvMessages.decode(dialect, e, tokenizer.line());
    }
    tokenizer.end(sink);
  }

  private CsvTokenizer.Rows sink(Consumer<? super O> out) {
    return (cells, line) -> {
      O item = rows.row(cells, line);
      if (item != null) {
        out.accept(item);
      }
    };
  }
}
