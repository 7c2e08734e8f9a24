package flowcdk.common.shard;

/**
 * HighwayHash-64 (Alakuijala, Cox and Wassenberg, 2016): a keyed hash whose output is fixed by its
 * specification, so every implementation in every language gives the same value for the same key
 * and input. Written from the algorithm's description and checked against its published test
 * vectors ({@code HighwayHashTest}).
 *
 * <p>The state is four lanes of four 64-bit words ({@code v0}, {@code v1}, {@code mul0}, {@code
 * mul1}); each 32-byte packet is added to {@code v1} and mixed by 32x32-bit multiplications and a
 * byte permutation ("zipper merge"); a final partial packet is padded as the specification says;
 * four rounds of permuting {@code v0} back into the state end it.
 */
final class HighwayHash {

  private final long[] v0 = new long[4];
  private final long[] v1 = new long[4];
  private final long[] mul0 = new long[4];
  private final long[] mul1 = new long[4];

  private HighwayHash(long[] key) {
    long[] init0 = {
      0xdbe6d5d5fe4cce2fL, 0xa4093822299f31d0L, 0x13198a2e03707344L, 0x243f6a8885a308d3L
    };
    long[] init1 = {
      0x3bd39e10cb0ef593L, 0xc0acf169b5f18a8cL, 0xbe5466cf34e90c6cL, 0x452821e638d01377L
    };
    for (int i = 0; i < 4; i++) {
      mul0[i] = init0[i];
      mul1[i] = init1[i];
      v0[i] = init0[i] ^ key[i];
      v1[i] = init1[i] ^ Long.rotateLeft(key[i], 32);
    }
  }

  /** The 64-bit hash of {@code data} under {@code key} (four little-endian 64-bit words). */
  static long hash64(long[] key, byte[] data) {
    if (key.length != 4) {
      throw new IllegalArgumentException("a HighwayHash key is 4 words, got " + key.length);
    }
    HighwayHash state = new HighwayHash(key);
    int whole = data.length & ~31;
    for (int offset = 0; offset < whole; offset += 32) {
      state.update(data, offset);
    }
    int rest = data.length - whole;
    if (rest > 0) {
      state.updateRemainder(data, whole, rest);
    }
    for (int round = 0; round < 4; round++) {
      state.permuteAndUpdate();
    }
    return state.v0[0] + state.v1[0] + state.mul0[0] + state.mul1[0];
  }

  private void update(byte[] packet, int offset) {
    update(
        littleEndian(packet, offset),
        littleEndian(packet, offset + 8),
        littleEndian(packet, offset + 16),
        littleEndian(packet, offset + 24));
  }

  /** One packet, as its four little-endian words. */
  private void update(long w0, long w1, long w2, long w3) {
    update(0, w0);
    update(1, w1);
    update(2, w2);
    update(3, w3);
    zipperMerge(v1[0], v1[1], v0, 0);
    zipperMerge(v1[2], v1[3], v0, 2);
    zipperMerge(v0[0], v0[1], v1, 0);
    zipperMerge(v0[2], v0[3], v1, 2);
  }

  private void update(int lane, long word) {
    v1[lane] += word + mul0[lane];
    mul0[lane] ^= (v1[lane] & 0xffffffffL) * (v0[lane] >>> 32);
    v0[lane] += mul1[lane];
    mul1[lane] ^= (v0[lane] & 0xffffffffL) * (v1[lane] >>> 32);
  }

  /**
   * Adds the zipper merge of {@code a} and {@code b} to {@code into[at]} and {@code into[at+1]}.
   */
  private static void zipperMerge(long a, long b, long[] into, int at) {
    long low =
        (a & (0xffL << 16))
            + ((b & (0xffL << 56)) >>> 8)
            + (((a & (0xffL << 40)) + (b & (0xffL << 48))) >>> 16)
            + (((a & (0xffL << 24)) + (b & (0xffL << 32))) >>> 24)
            + ((a & (0xffL << 8)) << 32)
            + (a << 56);
    long high =
        (a & (0xffL << 56))
            + (b & (0xffL << 16))
            + ((a & (0xffL << 48)) >>> 8)
            + ((b & (0xffL << 40)) >>> 16)
            + (((b & (0xffL << 24)) + (a & (0xffL << 32))) >>> 24)
            + ((b & 0xffL) << 48)
            + ((b & (0xffL << 8)) << 24);
    into[at] += low;
    into[at + 1] += high;
  }

  /** The last {@code size} (1 to 31) bytes, padded into one packet as the specification says. */
  private void updateRemainder(byte[] data, int offset, int size) {
    long bump = ((long) size << 32) + size;
    for (int i = 0; i < 4; i++) {
      v0[i] += bump;
      long word = v1[i];
      int low = Integer.rotateLeft((int) word, size);
      int high = Integer.rotateLeft((int) (word >>> 32), size);
      v1[i] = ((long) high << 32) | (low & 0xffffffffL);
    }
    byte[] packet = new byte[32];
    int mod4 = size & 3;
    int whole = size - mod4;
    System.arraycopy(data, offset, packet, 0, whole);
    if (size >= 16) {
      System.arraycopy(data, offset + size - 4, packet, 28, 4);
    } else if (mod4 != 0) {
      packet[16] = data[offset + whole];
      packet[17] = data[offset + whole + (mod4 >> 1)];
      packet[18] = data[offset + size - 1];
    }
    update(packet, 0);
  }

  /**
   * A finishing round: {@code v0}'s lanes, swapped in pairs and their halves swapped, as a packet.
   */
  private void permuteAndUpdate() {
    update(
        Long.rotateLeft(v0[2], 32),
        Long.rotateLeft(v0[3], 32),
        Long.rotateLeft(v0[0], 32),
        Long.rotateLeft(v0[1], 32));
  }

  private static long littleEndian(byte[] bytes, int offset) {
    long value = 0;
    for (int b = 7; b >= 0; b--) {
      value = (value << 8) | (bytes[offset + b] & 0xffL);
    }
    return value;
  }
}
