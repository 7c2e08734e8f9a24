package flowcdk.common.stream;

/**
 * A fixed-size run of bytes (a header or trailer) gathered from held input, however the input was
 * split into chunks, with little-endian readers for its fields.
 */
final class FieldBytes {

  private byte[] bytes;
  private int size;
  private int filled;

  /** Room for runs of {@code capacity} bytes, to grow when a longer one is expected. */
  FieldBytes(int capacity) {
    bytes = new byte[capacity];
  }

  /** Starts gathering a run of {@code size} bytes, forgetting the previous one. */
  void expect(int size) {
    if (size > bytes.length) {
      bytes = new byte[size];
    }
    this.size = size;
    filled = 0;
  }

  /** Moves as many bytes as the run still needs from {@code input}; true once it is complete. */
  boolean fill(HeldInput input) {
    int count = Math.min(size - filled, input.available());
    System.arraycopy(input.array(), input.position(), bytes, filled, count);
    input.skip(count);
    filled += count;
    return filled == size;
  }

  /** How many bytes of the run were gathered so far. */
  int filled() {
    return filled;
  }

  /** The array holding the run, from index 0. */
  byte[] array() {
    return bytes;
  }

  /** The byte at {@code index}, 0 to 255. */
  int u8(int index) {
    return bytes[index] & 0xff;
  }

  /** The little-endian 16-bit field at {@code index}. */
  int u16(int index) {
    return u8(index) | u8(index + 1) << 8;
  }

  /** The little-endian 32-bit field at {@code index}, unsigned. */
  long u32(int index) {
    return (long) u16(index) | (long) u16(index + 2) << 16;
  }

  /**
   * The little-endian 64-bit field at {@code index} (negative past 2^63, which no size reaches).
   */
  long u64(int index) {
    return u32(index) | u32(index + 4) << 32;
  }

  /** The run's first {@code count} bytes as hex pairs, e.g. {@code 7b 22}, for messages. */
  String hex(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(count, filled); i++) {
      text.append(i == 0 ? "" : " ").append(String.format("%02x", u8(i)));
    }
    return text.toString();
  }
}
