package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Bytes fed in given chunks to a stream made over a {@link HandFed}, with a consumer that takes
 * items as they come, and what came out: the items, then the end or the failure.
 *
 * @param <O> the item type
 */
public final class Feeding<O> {

  /** The items, in order. */
  public final List<O> items = new ArrayList<>();

  /** The failure, or null. */
  public Throwable failure;

  /** Whether the stream ended. */
  public boolean ended;

  private Feeding() {}

  /**
   * Makes {@code stream} of a hand-fed source, consumes it flowing, feeds it {@code chunks} (each
   * asked for first), then ends the source unless the stream failed.
   */
  public static <O> Feeding<O> run(
      Function<ReadStream<Buffer>, ReadStream<O>> stream, List<byte[]> chunks) {
    HandFed body = new HandFed();
    Feeding<O> feeding = new Feeding<>();
    ReadStream<O> out = stream.apply(body);
    out.endHandler(v -> feeding.ended = true);
    out.exceptionHandler(e -> feeding.failure = e);
    out.handler(feeding.items::add);
    for (byte[] chunk : chunks) {
      if (feeding.failure != null) {
        return feeding;
      }
      assertTrue(body.demand > 0, "a flowing consumer asks for the next chunk");
      body.feed(Buffer.buffer(chunk));
    }
    if (feeding.failure == null) {
      body.end();
    }
    return feeding;
  }

  /** The items, which must be buffers, joined. */
  public byte[] bytes() {
    Buffer all = Buffer.buffer();
    for (O item : items) {
      all.appendBuffer((Buffer) item);
    }
    return all.getBytes();
  }

  /** {@code data} cut at {@code cuts} (ascending offsets). */
  public static List<byte[]> split(byte[] data, int... cuts) {
    List<byte[]> chunks = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      chunks.add(Arrays.copyOfRange(data, from, cut));
      from = cut;
    }
    chunks.add(Arrays.copyOfRange(data, from, data.length));
    return chunks;
  }

  /** {@code data} one byte per chunk. */
  public static List<byte[]> bytewise(byte[] data) {
    List<byte[]> chunks = new ArrayList<>();
    for (byte b : data) {
      chunks.add(new byte[] {b});
    }
    return chunks;
  }
}
