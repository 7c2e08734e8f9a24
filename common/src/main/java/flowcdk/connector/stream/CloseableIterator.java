package flowcdk.connector.stream;

import java.util.Iterator;

/**
 * An iterator over items read from an input that it closes: use it in try-with-resources. It reads
 * its input on the calling thread, blocking while it waits for bytes, so it is for tests and files
 * read off the event loop (e.g. in {@code Blocking} code); on an event loop, use the {@code
 * stream(...)} form of the same reader.
 *
 * <p>A failure of the input ({@link java.io.UncheckedIOException}) or of the data (e.g. a {@link
 * CsvException}) is thrown by {@link #hasNext()} or {@link #next()} once the items before it have
 * been returned.
 *
 * @param <T> the item type
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {

  /**
   * Closes the input.
   *
   * @throws java.io.UncheckedIOException if closing it fails
   */
  @Override
  void close();
}
