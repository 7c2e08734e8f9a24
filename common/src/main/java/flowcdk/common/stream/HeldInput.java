package flowcdk.common.stream;

import io.vertx.core.buffer.Buffer;

/**
 * The bytes a decoder was given and has not consumed yet, and how far into the whole input they are
 * (for error messages). Normally the rest of one chunk: a chunk is added once the previous one is
 * consumed, so nothing is copied but the chunk itself.
 */
final class HeldInput {

  private static final byte[] NONE = new byte[0];

  private byte[] bytes = NONE;
  private int position;
  // Input bytes before bytes[0], and all bytes ever added.
  private long base;
  private long received;

  /** Keeps {@code chunk} after the bytes held. */
  void add(Buffer chunk) {
    byte[] more = chunk.getBytes();
    received += more.length;
    if (position == bytes.length) {
      base += bytes.length;
      bytes = more;
    } else {
      byte[] joined = new byte[bytes.length - position + more.length];
      System.arraycopy(bytes, position, joined, 0, bytes.length - position);
      System.arraycopy(more, 0, joined, bytes.length - position, more.length);
      base += position;
      bytes = joined;
    }
    position = 0;
  }

  /** How many bytes are held. */
  int available() {
    return bytes.length - position;
  }

  /** Consumes one byte (one must be held), as 0 to 255. */
  int next() {
    return bytes[position++] & 0xff;
  }

  /** Consumes {@code count} bytes (no more than are held). */
  void skip(int count) {
    position += count;
  }

  /** The array holding the bytes, from {@link #position()}, for an inflater. */
  byte[] array() {
    return bytes;
  }

  /** Where the held bytes start in {@link #array()}. */
  int position() {
    return position;
  }

  /** How many bytes of the whole input were consumed: the offset of the next one. */
  long offset() {
    return base + position;
  }

  /** How many bytes of input were added in all. */
  long received() {
    return received;
  }
}
