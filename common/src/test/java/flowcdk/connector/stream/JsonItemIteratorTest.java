package flowcdk.connector.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The synchronous reader: the input's failures, the end, closing. */
class JsonItemIteratorTest {

  private static final JsonItems<Row> RECORDS = JsonItems.at("records.item", RowJson.INSTANCE);

  /** Gives {@code prefix}, then fails as a broken connection or disk would. */
  private static final class Breaking extends InputStream {
    private final InputStream prefix;
    boolean closed;

    Breaking(String prefix) {
      this.prefix = new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int read() throws IOException {
      int b = prefix.read();
      if (b < 0) {
        throw new IOException("disk on fire");
      }
      return b;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      int count = prefix.read(target, offset, length);
      if (count < 0) {
        throw new IOException("disk on fire");
      }
      return count;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void aFailingInputFailsAfterTheItemsItGaveAndIsClosed() {
    Breaking input = new Breaking("{\"records\":[{\"id\":1},{\"id\":2");
    try (JsonItemIterator<Row> items = RECORDS.iterator(input)) {
      assertEquals(new Row(1, null), items.next());
      UncheckedIOException e = assertThrows(UncheckedIOException.class, items::hasNext);
      assertEquals("reading the input failed after 28 bytes: disk on fire", e.getMessage());
      assertSame(e, assertThrows(UncheckedIOException.class, items::next), "and stays failed");
    }
    assertTrue(input.closed);
  }

  @Test
  void afterTheLastItemThereIsNone() {
    try (JsonItemIterator<Row> items =
        RECORDS.iterator("{\"records\":[{\"id\":1}]}".getBytes(StandardCharsets.UTF_8))) {
      assertTrue(items.hasNext());
      assertTrue(items.hasNext(), "asking twice does not skip an item");
      items.next();
      assertFalse(items.hasNext());
      assertFalse(items.hasNext());
      NoSuchElementException e = assertThrows(NoSuchElementException.class, items::next);
      assertEquals("no more items at \"records.item\"", e.getMessage());
      assertEquals("JsonItemIterator[JsonItems[Row at \"records.item\"]]", items.toString());
    }
  }

  @Test
  void aFailureIsThrownAgainWhenAskedAgain() {
    try (JsonItemIterator<Row> items =
        RECORDS.iterator("{\"records\":[}".getBytes(StandardCharsets.UTF_8))) {
      JsonStreamException first = assertThrows(JsonStreamException.class, items::hasNext);
      assertSame(first, assertThrows(JsonStreamException.class, items::hasNext));
    }
  }
}
