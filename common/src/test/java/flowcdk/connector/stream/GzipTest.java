package flowcdk.connector.stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.stream.HandFed;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/** Gzip as authors use it: over a stream, consumed with Streams, and over bytes at hand. */
class GzipTest {

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void aStreamOfConcatenatedMembersIsDecompressedWhole() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(gzip("{\"id\":1}\n"));
    file.writeBytes(gzip("{\"id\":2}\n"));
    byte[] bytes = file.toByteArray();
    HandFed body = new HandFed();
    Buffer out = Buffer.buffer();
    Future<Void> done = Streams.forEach(Gzip.decompress(body), out::appendBuffer);
    for (int at = 0; at < bytes.length; at += 7) {
      assertEquals(1, body.demand, "one chunk asked for at a time");
      body.feed(Buffer.buffer(Arrays.copyOfRange(bytes, at, Math.min(at + 7, bytes.length))));
    }
    body.end();
    assertTrue(done.succeeded());
    assertEquals("{\"id\":1}\n{\"id\":2}\n", out.toString(UTF_8));
  }

  @Test
  void aStreamCutShortFailsTheConsumer() throws IOException {
    byte[] bytes = gzip("{\"id\":1}\n");
    HandFed body = new HandFed();
    Future<Void> done = Streams.forEach(Gzip.decompress(body), piece -> {});
    body.feed(Buffer.buffer(Arrays.copyOf(bytes, bytes.length - 1)));
    body.end();
    assertInstanceOf(ZipException.class, done.cause());
    assertTrue(
        done.cause()
            .getMessage()
            .startsWith(
                "the gzip input is truncated: it ended after "
                    + (bytes.length - 1)
                    + " bytes, inside the trailer (CRC-32 and size) of member 1"),
        done.cause().getMessage());
  }

  @Test
  void bytesAtHandDecompressByTheSameRules() throws IOException {
    assertArrayEquals("hello".getBytes(UTF_8), Gzip.decompress(gzip("hello")));
    byte[] bytes = gzip("hello");
    ZipException truncated =
        assertThrows(ZipException.class, () -> Gzip.decompress(Arrays.copyOf(bytes, 12)));
    assertTrue(truncated.getMessage().contains("inside the compressed data of member 1"));
    assertThrows(ZipException.class, () -> Gzip.decompress(new byte[0]));
  }
}
