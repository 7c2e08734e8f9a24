package flowcdk.common.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * {@link HighwayHash} against the algorithm's published HighwayHash-64 test vectors: key bytes 0 to
 * 31, inputs of bytes 0, 1, ... of every length from 0 to 64 (each vector the hash's 8 bytes,
 * little endian), which cover every remainder size, the 16-byte padding case and several whole
 * packets.
 */
class HighwayHashTest {

  private static final String[] VECTORS = {
    "536ec222de567a90", "78ddcdc7aa43ab7e", "623db5b09a56d0b8", "803d468aabef6b5c",
    "da7e009368a405f2", "4145a9e468168a2b", "6fcaef5b32cc4cbd", "8294f53817ae024d",
    "71315fe5085120e1", "84157ac74e64d232", "0ba903b1cd0ae1f6", "155c415b61f4bbc3",
    "9cfa630004c23c24", "ff41e665ce589aa8", "235a4548a331b024", "3bf349a4863f7940",
    "32b87ef98934abcf", "e2c0c5c8d267fe19", "c25c569ca690dd04", "04c571238e51d975",
    "16ddd341119bad38", "e0708acd2c436402", "90336888625adba9", "8c023f009254b0d7",
    "1ee559ea5a615f20", "8428052196c8e0ee", "4f4f28a7931afc1b", "1da90db7b5752151",
    "39c6a2a076891ff7", "e7e3841fef3f09ae", "0f866111b092ca22", "685a03cf7c00c79f",
    "fc80d5ecd964c9a0", "fc8131a03cf7902c", "9eeb91564ef85c18", "9baa5227eff5c14f",
    "eb330a5e1a39b7f5", "9c6ce9b4834bb8b9", "b4d95c2a71fe425e", "dc973f0cf9f250a1",
    "7d632d5ed722a57f", "2bd3ff0dccd01a18", "2840851e98ed8938", "2dee86c5e89742fb",
    "9c0528bb454a066d", "0c86ecb309365690", "66c69740e9fca47a", "081e916bc0ba2613",
    "344f152b8d1626b9", "8d94b14589841999", "be5e8234c58fa9a2", "b6f03e21959080e9",
    "e9c07b7083542e58", "f56a8aa814946e08", "3d74f6208db986ee", "a7c0b109f67f9bf8",
    "e8c3229ec19c7d4c", "6f2a56245000979a", "efebe623f41cd45d", "27e268049c6013df",
    "5a158841f6a40d6e", "a1d4d7504bba55b7", "bd79746484347a88", "a03921bfe9eb8eab",
    "ffa6d24c5d2c5475",
  };

  @Test
  void matchesThePublishedVectors() {
    long[] key = new long[4];
    for (int word = 0; word < 4; word++) {
      for (int b = 7; b >= 0; b--) {
        key[word] = (key[word] << 8) | (8 * word + b);
      }
    }
    for (int length = 0; length < VECTORS.length; length++) {
      byte[] input = new byte[length];
      for (int i = 0; i < length; i++) {
        input[i] = (byte) i;
      }
      byte[] expected = HexFormat.of().parseHex(VECTORS[length]);
      long value = 0;
      for (int b = 7; b >= 0; b--) {
        value = (value << 8) | (expected[b] & 0xffL);
      }
      assertEquals(value, HighwayHash.hash64(key, input), "input of " + length + " bytes");
    }
  }
}
