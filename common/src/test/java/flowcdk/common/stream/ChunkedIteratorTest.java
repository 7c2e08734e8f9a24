package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The blocking reader: fixed-size chunks, one at a time, items before failures. */
class ChunkedIteratorTest {

  /** Records the chunks it is given; each chunk is one item. */
  static final class Chunks implements ChunkDecoder<Buffer, String> {
    @Override
    public void chunk(Buffer chunk, Consumer<? super String> out) {
      out.accept(chunk.toString());
    }

    @Override
    public void end(Consumer<? super String> out) {
      out.accept("end");
    }
  }

  private static List<String> all(ChunkedIterator<String> items) {
    List<String> all = new ArrayList<>();
    items.forEachRemaining(all::add);
    return all;
  }

  @Test
  void theInputIsReadInChunksOfTheGivenSizeOnlyWhenNoItemWaits() {
    int[] reads = {0};
    InputStream input =
        new ByteArrayInputStream("abcdefg".getBytes(StandardCharsets.UTF_8)) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            reads[0]++;
            return super.read(b, off, len);
          }
        };
    ChunkedIterator<String> items = new ChunkedIterator<>(input, new Chunks(), 3);
    assertEquals(0, reads[0], "nothing is read before it is asked for");
    assertEquals("abc", items.next());
    int afterFirst = reads[0];
    assertTrue(items.hasNext());
    assertEquals(List.of("def", "g", "end"), all(items));
    assertTrue(reads[0] > afterFirst);
    assertFalse(items.hasNext());
  }

  @Test
  void csvRowsAreTheSameAtEveryChunkSize() {
    CsvDialect format = Dialects.python().escape('\\').lenient().build();
    byte[] body = "a,\"b\r\nc\"\r\nZoë,😀\\,x\r\r\n\"\"\n\"open".getBytes(StandardCharsets.UTF_8);
    List<List<String>> expected =
        List.of(List.of("a", "b\r\nc"), List.of("Zoë", "😀,x"), List.of(""), List.of("open"));
    for (int size = 1; size <= body.length + 1; size++) {
      List<List<String>> rows = new ArrayList<>();
      new ChunkedIterator<>(
              new ByteArrayInputStream(body), new CsvDecoder<>(format, new PositionalRows()), size)
          .forEachRemaining(rows::add);
      assertEquals(expected, rows, "chunks of " + size + " bytes");
    }
  }

  @Test
  void aFailureIsThrownOnceTheItemsBeforeItAreTaken() {
    ChunkedIterator<List<String>> rows =
        new ChunkedIterator<>(
            new ByteArrayInputStream("a\nb\n\"c\"d\n".getBytes(StandardCharsets.UTF_8)),
            new CsvDecoder<>(Dialects.python().build(), new PositionalRows()),
            1024);
    assertEquals(List.of("a"), rows.next());
    assertEquals(List.of("b"), rows.next());
    CsvFailure failure = assertThrows(CsvFailure.class, rows::hasNext);
    assertSame(failure, assertThrows(CsvFailure.class, rows::next), "it stays failed");
  }

  @Test
  void inputFailuresAreUnchecked() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("connection reset");
          }
        };
    ChunkedIterator<String> items = new ChunkedIterator<>(broken, new Chunks(), 8);
    assertEquals(
        "reading the input failed after 0 bytes: connection reset",
        assertThrows(UncheckedIOException.class, items::hasNext).getMessage());
    assertEquals(
        "the chunk size must be at least 1, was 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> new ChunkedIterator<>(broken, new Chunks(), 0))
            .getMessage());
  }
}
