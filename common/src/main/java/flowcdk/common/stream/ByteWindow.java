package flowcdk.common.stream;

/**
 * The input bytes a decoder may still need: the chunk being decoded, plus the bytes it chose to
 * keep from earlier chunks (those of an item, or of a token, that began before this chunk).
 * Positions are absolute offsets in the whole input.
 *
 * <p>The kept bytes and the chunk are contiguous: the kept bytes end where the chunk begins. The
 * chunk itself is only borrowed while it is decoded; {@link #keepFrom(long)} copies what is still
 * needed before the caller reuses its array.
 */
final class ByteWindow {

  private static final byte[] NONE = new byte[0];
  // Kept bytes: the start of held is the input at heldStart, and they run up to chunkStart.
  private byte[] held = NONE;
  private long heldStart;

  // The borrowed chunk: chunk[chunkOffset, chunkOffset + chunkLength) at [chunkStart, ...).
  private byte[] chunk = NONE;
  private int chunkOffset;
  private int chunkLength;
  private long chunkStart;

  /** Borrows the next chunk of input, which follows the last one. */
  void next(byte[] bytes, int offset, int length) {
    chunkStart = chunkStart + chunkLength;
    chunk = bytes;
    chunkOffset = offset;
    chunkLength = length;
  }

  /** The offset just past the input seen so far. */
  long end() {
    return chunkStart + chunkLength;
  }

  /** Whether the byte at {@code position} is still in the window. */
  boolean holds(long position) {
    return position >= heldStart && position < chunkStart + chunkLength;
  }

  /** The byte at {@code position}, which the window {@linkplain #holds holds}. */
  byte byteAt(long position) {
    return position >= chunkStart
        ? chunk[chunkOffset + (int) (position - chunkStart)]
        : held[(int) (position - heldStart)];
  }

  /** A new array with the input at [{@code from}, {@code to}), which the window holds. */
  byte[] copy(long from, long to) {
    byte[] copy = new byte[Math.toIntExact(to - from)];
    int copied = 0;
    if (from < chunkStart) {
      copied = (int) (Math.min(to, chunkStart) - from);
      System.arraycopy(held, (int) (from - heldStart), copy, 0, copied);
    }
    if (to > chunkStart) {
      long start = Math.max(from, chunkStart);
      System.arraycopy(
          chunk, chunkOffset + (int) (start - chunkStart), copy, copied, (int) (to - start));
    }
    return copy;
  }

  /**
   * At the end of a chunk: keeps the input from {@code position} on (or from the oldest byte held,
   * if that is later) and gives the chunk back. A position at or past the end keeps nothing.
   */
  void keepFrom(long position) {
    long end = end();
    long from = Math.max(position, heldStart);
    if (from >= end) {
      heldStart = end;
      if (held.length > SHRINK_ABOVE) {
        held = NONE;
      }
    } else {
      int length = Math.toIntExact(end - from);
      byte[] target = held;
      if (length > held.length || (held.length > SHRINK_ABOVE && length < held.length / 4)) {
        target = new byte[Math.max(length, Math.min(2 * length, length + SHRINK_ABOVE))];
      }
      int fromHeld = 0;
      if (from < chunkStart) {
        fromHeld = (int) (chunkStart - from);
        System.arraycopy(held, (int) (from - heldStart), target, 0, fromHeld);
      }
      long chunkFrom = Math.max(from, chunkStart);
      System.arraycopy(
          chunk,
          chunkOffset + (int) (chunkFrom - chunkStart),
          target,
          fromHeld,
          (int) (end - chunkFrom));
      held = target;
      heldStart = from;
    }
    chunk = NONE;
    chunkOffset = 0;
    chunkStart = end;
    chunkLength = 0;
  }

  /** Above this capacity the kept array is released when it is mostly unused. */
  private static final int SHRINK_ABOVE = 1 << 20;
}
