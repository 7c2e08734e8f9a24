package flowcdk.runtime.cli;

import flowcdk.runtime.protocol.Range;

/** Reads {@code --range} and {@code --shards}: which part of the key space a preview captures. */
final class ShardOptions {

  /** The most instances {@code --shards} runs in one process. */
  static final int MAX_SHARDS = 64;

  private ShardOptions() {}

  /** {@code --range BEGIN:END} (decimal or 0x hex, inclusive), or null when not given. */
  static Range range(Command command, String value) throws UsageException {
    if (value == null) {
      return null;
    }
    String[] parts = value.split(":", -1);
    if (parts.length == 2) {
      try {
        long begin = bound(parts[0]);
        long end = bound(parts[1]);
        if (begin >= 0 && begin <= end && end <= Range.MAX) {
          return new Range(begin, end, 0, Range.MAX);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new UsageException(
        "--range must be BEGIN:END, two key hashes from 0 to 4294967295 (0xffffffff) with BEGIN <="
            + " END, but is '"
            + value
            + "'; for example --range 0:0x7fffffff for the first half of the key space",
        command);
  }

  /** {@code --shards N} (1 when not given); refused together with {@code --range}. */
  static int shards(Command command, String value, boolean rangeGiven) throws UsageException {
    if (value == null) {
      return 1;
    }
    if (rangeGiven) {
      throw new UsageException(
          "--range and --shards both choose the key range; give --range to run one shard, or"
              + " --shards to run them all",
          command);
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1 && n <= MAX_SHARDS) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "--shards must be a whole number of instances from 1 to "
            + MAX_SHARDS
            + ", but is '"
            + value
            + "'; for example --shards 4",
        command);
  }

  private static long bound(String text) {
    String trimmed = text.trim();
    return trimmed.startsWith("0x") || trimmed.startsWith("0X")
        ? Long.parseLong(trimmed.substring(2), 16)
        : Long.parseLong(trimmed);
  }
}
