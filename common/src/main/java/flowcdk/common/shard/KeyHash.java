package flowcdk.common.shard;

import java.nio.charset.StandardCharsets;

/**
 * The 32-bit key hash that places a work item's name in Flow's key space: the high 32 bits of
 * HighwayHash-64 of the name's UTF-8 bytes under a fixed key. It is the hash Estuary's Go
 * connectors use to claim partitions by range (their source boilerplate hashes a file path this
 * way), with the same key, so a Java connector and a Go one split the same names alike. The key
 * must never change: it decides which shard owns what.
 */
public final class KeyHash {

  /**
   * The key: the 32 bytes {@code 33 27 57 d1 6f 0f b1 cf 2d 4f 67 6f 85 e3 4c 6a 8b 85 aa 58 f4 2b
   * b0 81 44 9d 8e b2 e4 ed 52 9f}, read as four little-endian words.
   */
  private static final long KEY0 = 0xcfb10f6fd1572733L;

  private static final long KEY1 = 0x6a4ce3856f674f2dL;
  private static final long KEY2 = 0x81b02bf458aa858bL;
  private static final long KEY3 = 0x9f52ede4b28e9d44L;

  private KeyHash() {}

  /** The key hash of {@code name}, an unsigned 32-bit value held in a {@code long}. */
  public static long of(String name) {
    return HighwayHash.hash64(
            new long[] {KEY0, KEY1, KEY2, KEY3}, name.getBytes(StandardCharsets.UTF_8))
        >>> 32;
  }
}
