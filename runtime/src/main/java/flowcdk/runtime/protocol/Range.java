package flowcdk.runtime.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of the key and r-clock space a capture shard is responsible for. All four values are
 * unsigned 32-bit integers held in a {@code long} (values above 2^31 occur). A connector that does
 * not split work across shards can ignore it; with a single shard it is {@link #FULL}.
 *
 * @param keyBegin first key hash this shard owns (inclusive); 0 when absent
 * @param keyEnd last key hash this shard owns (inclusive); 0xFFFFFFFF when absent
 * @param rClockBegin first r-clock value this shard owns (inclusive); 0 when absent
 * @param rClockEnd last r-clock value this shard owns (inclusive); 0xFFFFFFFF when absent
 */
public record Range(long keyBegin, long keyEnd, long rClockBegin, long rClockEnd) {

  /** The largest unsigned 32-bit value, 4294967295. */
  public static final long MAX = 0xFFFF_FFFFL;

  /** The whole key and r-clock space: the range of a capture that runs as one shard. */
  public static final Range FULL = new Range(0, MAX, 0, MAX);

  /**
   * Creates the record. Checks that every value is an unsigned 32-bit integer.
   *
   * @param keyBegin see {@link #keyBegin()}
   * @param keyEnd see {@link #keyEnd()}
   * @param rClockBegin see {@link #rClockBegin()}
   * @param rClockEnd see {@link #rClockEnd()}
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public Range {
    Checks.uint32(keyBegin, "keyBegin");
    Checks.uint32(keyEnd, "keyEnd");
    Checks.uint32(rClockBegin, "rClockBegin");
    Checks.uint32(rClockEnd, "rClockEnd");
  }

  /**
   * {@code count} ranges that split the key space into (nearly) equal parts without overlapping, in
   * order, each with the whole r-clock space: the shards of a capture run as {@code count}
   * instances.
   *
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public static List<Range> split(int count) {
    if (count < 1) {
      throw new IllegalArgumentException(
          "the key space is split in at least 1 range, not " + count);
    }
    List<Range> ranges = new ArrayList<>(count);
    long size = MAX + 1;
    for (int i = 0; i < count; i++) {
      ranges.add(new Range(size * i / count, size * (i + 1) / count - 1, 0, MAX));
    }
    return List.copyOf(ranges);
  }

  /** Whether this is the whole key space. */
  public boolean isFullKeySpace() {
    return keyBegin == 0 && keyEnd == MAX;
  }
}
