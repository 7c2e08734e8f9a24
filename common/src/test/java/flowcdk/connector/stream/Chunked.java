package flowcdk.connector.stream;

import java.io.InputStream;
import java.util.Arrays;

/**
 * An input that hands out its bytes in the chunks a test chose, one chunk per {@code read} call, as
 * a socket delivers a body in pieces cut wherever the network cut them.
 */
final class Chunked extends InputStream {

  private final byte[] bytes;
  private final int[] ends;
  private int position;
  private int next;

  /**
   * {@code bytes} cut at {@code cuts}: increasing offsets strictly between 0 and the length (others
   * are ignored), each the start of a new chunk.
   */
  Chunked(byte[] bytes, int... cuts) {
    this.bytes = bytes;
    this.ends =
        Arrays.stream(cuts)
            .filter(c -> c > 0 && c < bytes.length)
            .sorted()
            .distinct()
            .map(c -> c)
            .toArray();
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) {
    if (position == bytes.length) {
      return -1;
    }
    int end = next < ends.length ? ends[next] : bytes.length;
    int count = Math.min(length, end - position);
    System.arraycopy(bytes, position, target, offset, count);
    position += count;
    if (position == end) {
      next++;
    }
    return count;
  }
}
