package flowcdk.connector.stream;

import flowcdk.common.stream.ChunkDecoder;
import flowcdk.common.stream.ChunkedIterator;
import flowcdk.common.stream.CsvDecoder;
import flowcdk.common.stream.CsvFailure;
import flowcdk.common.stream.CsvRowHandler;
import flowcdk.common.stream.DecodingStream;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * How every CSV reader reads: a {@link CsvDecoder} run by a {@link DecodingStream} or a {@link
 * ChunkedIterator}, its failures turned into {@link CsvException}s.
 */
final class CsvReading {

  private CsvReading() {}

  /** The items {@code rows} makes of the rows of {@code body}, with back-pressure. */
  static <T> ReadStream<T> stream(
      ReadStream<Buffer> body, CsvFormat format, CsvRowHandler<T> rows) {
    return new DecodingStream<>(body, new Failures<>(new CsvDecoder<>(format.dialect(), rows)));
  }

  /** The items {@code rows} makes of the rows of {@code input}, read on the calling thread. */
  static <T> CloseableIterator<T> iterator(
      InputStream input, CsvFormat format, CsvRowHandler<T> rows) {
    ChunkedIterator<T> items =
        new ChunkedIterator<>(
            input,
            new Failures<>(new CsvDecoder<>(format.dialect(), rows)),
            ChunkedIterator.DEFAULT_CHUNK_SIZE);
    return new CloseableIterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public T next() {
        return items.next();
      }

      @Override
      public void close() {
        items.close();
      }
    };
  }

  /** A decoder failing with {@link CsvException}s where {@code decoder} fails with failures. */
  private record Failures<T>(ChunkDecoder<Buffer, T> decoder) implements ChunkDecoder<Buffer, T> {

    @Override
    public void chunk(Buffer chunk, Consumer<? super T> out) throws Exception {
      try {
        decoder.chunk(chunk, out);
      } catch (CsvFailure e) {
        throw new CsvException(e.getMessage(), e.getCause());
      }
    }

    @Override
    public void end(Consumer<? super T> out) throws Exception {
      try {
        decoder.end(out);
      } catch (CsvFailure e) {
        throw new CsvException(e.getMessage(), e.getCause());
      }
    }
  }
}
