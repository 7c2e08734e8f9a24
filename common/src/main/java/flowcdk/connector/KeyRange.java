package flowcdk.connector;

import flowcdk.common.shard.KeyHash;
import flowcdk.runtime.protocol.Range;
import java.util.List;

/**
 * The part of Flow's 32-bit key space this connector instance is responsible for: Flow can split a
 * capture into shards, opening each instance with a range, and the instances together cover the
 * space. Work is placed in the space by the {@link #hash} of its name, and an instance captures
 * only what it {@link #claims}: the kit claims whole bindings by state key (or, for a resource that
 * asks, their subtasks), and a connector can claim its own partitions, such as chunks of a table
 * (docs/scale-out.md).
 *
 * @param begin the first key hash owned (inclusive), an unsigned 32-bit value
 * @param end the last key hash owned (inclusive), an unsigned 32-bit value
 */
public record KeyRange(long begin, long end) {

  /** The largest key hash, 2^32 - 1. */
  public static final long MAX = 0xFFFF_FFFFL;

  /** The whole key space: the range of a capture that runs as one instance. */
  public static final KeyRange FULL = new KeyRange(0, MAX);

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if a bound is not an unsigned 32-bit value or {@code begin >
   *     end}
   */
  public KeyRange {
    if (begin < 0 || begin > MAX || end < 0 || end > MAX || begin > end) {
      throw new IllegalArgumentException(
          "a key range is two unsigned 32-bit values, begin <= end, but was ["
              + begin
              + ", "
              + end
              + "]");
    }
  }

  /** The key range of a shard's Open request (its r-clock range is not used for claims). */
  public static KeyRange of(Range range) {
    return range.keyBegin() == 0 && range.keyEnd() == MAX
        ? FULL
        : new KeyRange(range.keyBegin(), range.keyEnd());
  }

  /**
   * The key hash of a work item's {@code name}: the high 32 bits of its HighwayHash-64, the hash
   * Estuary's Go connectors place file paths with. Stable across versions and languages.
   */
  public static long hash(String name) {
    return KeyHash.of(name);
  }

  /**
   * The name a binding's subtask is claimed by: the binding's state key, a slash, the subtask id. A
   * binding without subtasks is claimed by its state key.
   */
  public static String subtask(String stateKey, String subtaskId) {
    return stateKey + "/" + subtaskId;
  }

  /** Whether {@code hash} (an unsigned 32-bit value) is in this range. */
  public boolean contains(long hash) {
    return hash >= begin && hash <= end;
  }

  /** Whether this instance owns the work item named {@code name}. */
  public boolean claims(String name) {
    return contains(hash(name));
  }

  /** Whether this is the whole key space. */
  public boolean isFull() {
    return begin == 0 && end == MAX;
  }

  /** The fraction of the key space this range owns, in (0, 1]. */
  public double share() {
    return (end - begin + 1) / (double) (MAX + 1);
  }

  /**
   * {@code count} ranges of (nearly) equal size that cover the key space without overlapping, in
   * order: what {@code preview --shards} runs.
   *
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public static List<KeyRange> split(int count) {
    return Range.split(count).stream().map(KeyRange::of).toList();
  }

  @Override
  public String toString() {
    return String.format("[%08x, %08x]", begin, end);
  }
}
