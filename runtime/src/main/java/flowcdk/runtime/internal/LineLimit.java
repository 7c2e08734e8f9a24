package flowcdk.runtime.internal;

import flowcdk.runtime.json.JsonFactories;
import java.util.Locale;

/**
 * The longest request line this JVM reads: {@link JsonFactories#MAX_LINE_BYTES} (128 MiB, as Flow
 * allows), lowered to a twelfth of the maximum heap where that is less, so that an oversized line
 * is a clear error instead of an {@link OutOfMemoryError}.
 *
 * <p>Why a twelfth: reading and parsing one line of {@code n} bytes takes, at the worst, about 8.6
 * times {@code n} of heap at once, measured under {@code -XX:+UseSerialGC} at 128 MiB and 512 MiB
 * of heap with a config that is one long string: the line buffer (its capacity, up to {@code 2n} as
 * it grows by doubling), Jackson's text buffer for that string at two bytes per character (its
 * segments and their aggregate, {@code 4n}), and the {@code RawJson} copy of the config (its
 * growing output buffer and the final array, up to {@code 3n}). Lines of many small values cost
 * less (about 4 times, mostly the buffer's growth). A twelfth leaves the connector's own working
 * set, and its decoding of the config, about a third of the heap. So a 128 MiB heap reads lines of
 * up to about 10 MiB, and lines of the full 128 MiB need 1.5 GiB of heap.
 *
 * @param bytes the limit in bytes
 * @param maxHeap the JVM's maximum heap ({@link Runtime#maxMemory()}) it was derived from
 */
record LineLimit(int bytes, long maxHeap) {

  /** Heap, per byte of the longest line, that reading and parsing it may take, with margin. */
  static final int HEAP_PER_LINE_BYTE = 12;

  /** The limit for this JVM's maximum heap. */
  static LineLimit current() {
    return forHeap(Runtime.getRuntime().maxMemory());
  }

  /** The limit for a maximum heap of {@code maxHeap} bytes. */
  static LineLimit forHeap(long maxHeap) {
    long bytes = Math.min(JsonFactories.MAX_LINE_BYTES, maxHeap / HEAP_PER_LINE_BYTE);
    return new LineLimit((int) Math.max(bytes, 64 * 1024), maxHeap);
  }

  /** Whether the heap, rather than Flow's 128 MiB, sets the limit. */
  boolean heapBound() {
    return bytes < JsonFactories.MAX_LINE_BYTES;
  }

  /** The fatal error for line {@code lineNumber} of stdin being longer than the limit. */
  String tooLong(long lineNumber) {
    String head =
        "request on line " + lineNumber + " of stdin is longer than the limit of " + bytes;
    if (!heapBound()) {
      return head
          + " bytes (128 MiB); Flow never sends longer requests, so check what writes to this"
          + " connector's stdin";
    }
    return head
        + " bytes ("
        + size(bytes)
        + ": a twelfth of the JVM's maximum heap of "
        + size(maxHeap)
        + ", since parsing a line takes up to about 9 times its size in heap); give the connector"
        + " more heap (raise -Xmx, or the container's memory limit when the heap is a percentage"
        + " of it): lines of up to a twelfth of the heap are accepted, the full 128 MiB with a heap"
        + " of 1.5 GiB";
  }

  /** {@code 12.4 MiB}, {@code 123.8 MiB}, {@code 1.5 GiB}. */
  static String size(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
  }
}
