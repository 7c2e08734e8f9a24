package flowcdk.connector.stream;

import flowcdk.common.stream.DecodingStream;
import flowcdk.common.stream.GzipDecoder;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.Objects;
import java.util.zip.ZipException;

/**
 * Decompressing gzip files as they stream in: a {@code .gz} export, or any body whose content is
 * gzip (not an HTTP body sent with {@code Content-Encoding: gzip}: the HTTP client already
 * decompresses those).
 *
 * <pre>{@code
 * return http.requestStream(HttpRequest.get(exportUrl))
 *     .compose(response -> Streams.forEach(
 *         Gzip.decompress(response.body()),
 *         bytes -> ...));  // or feed the bytes to the JSON or CSV readers
 * }</pre>
 *
 * <p>What it checks, unlike the Python CDK's gunzip stream:
 *
 * <ul>
 *   <li>Every member of a concatenated file (as {@code gzip -c a b} or {@code cat a.gz b.gz} make)
 *       is decompressed, one after the other, as {@code gunzip} does; the Python CDK stops after
 *       the first without a word.
 *   <li>Input that ends inside a member (its header, its compressed data or its trailer) fails,
 *       naming the part and how many bytes arrived: a download cut short is never taken for a whole
 *       file. Empty input fails too (a gzip file has at least a 20-byte member).
 *   <li>Each member's CRC-32 and size are checked against its trailer, and its header's CRC-16 when
 *       it has one.
 *   <li>Bytes after a member that do not start another one ("trailing garbage", which {@code
 *       gunzip} warns about and {@link java.util.zip.GZIPInputStream} ignores) fail, rather than be
 *       dropped unseen. So does input that is not gzip at all, naming the bytes it starts with.
 * </ul>
 *
 * <p>All failures are {@link ZipException}s. Output comes in pieces of at most 64 KiB, none empty,
 * and only as the consumer asks for them: a chunk that inflates a thousandfold is not held whole,
 * so memory stays bounded by one piece plus one chunk of input. Empty input chunks are skipped.
 */
public final class Gzip {

  private Gzip() {}

  /**
   * The decompressed bytes of the gzip stream {@code compressed}, with back-pressure: {@code
   * compressed} is read only as fast as the result is (it is paused until then, and its handlers
   * are taken over). The result fails with a {@link ZipException} if the input is not valid gzip,
   * ends early, or has bytes after its last member.
   */
  public static ReadStream<Buffer> decompress(ReadStream<Buffer> compressed) {
    Objects.requireNonNull(compressed, "compressed");
    return new DecodingStream<>(compressed, new GzipDecoder());
  }

  /**
   * Decompresses the whole gzip file {@code compressed} at once, by the same rules as {@link
   * #decompress(ReadStream)} (for tests, and for small files already in memory).
   *
   * @throws ZipException if it is not valid gzip, ends early, or has bytes after its last member
   */
  public static byte[] decompress(byte[] compressed) throws ZipException {
    Objects.requireNonNull(compressed, "compressed");
    GzipDecoder decoder = new GzipDecoder();
    Buffer out = Buffer.buffer();
    decoder.chunk(Buffer.buffer(compressed), out::appendBuffer);
    while (decoder.hasMore()) {
      decoder.more(out::appendBuffer);
    }
    decoder.end(out::appendBuffer);
    return out.getBytes();
  }
}
