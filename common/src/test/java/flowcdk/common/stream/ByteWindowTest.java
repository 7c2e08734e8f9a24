package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The bytes kept across chunks, addressed by their offset in the whole input. */
class ByteWindowTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void keptBytesAndTheChunkReadAsOneRange() {
    ByteWindow window = new ByteWindow();
    byte[] reused = bytes("..abcdef..");
    window.next(reused, 2, 6); // input 0-5: abcdef
    window.keepFrom(3);
    Arrays.fill(reused, (byte) '!'); // the caller reuses its array
    window.next(bytes("ghij"), 0, 4); // input 6-9
    assertEquals(10, window.end());
    assertFalse(window.holds(2));
    assertTrue(window.holds(3));
    assertEquals('d', window.byteAt(3));
    assertEquals('g', window.byteAt(6));
    assertArrayEquals(bytes("defghi"), window.copy(3, 9));
    assertArrayEquals(bytes("hi"), window.copy(7, 9));
    assertArrayEquals(bytes("de"), window.copy(3, 5));
  }

  @Test
  void keepingAcrossSeveralChunksKeepsTheOldestNeeded() {
    ByteWindow window = new ByteWindow();
    window.next(bytes("abc"), 0, 3);
    window.keepFrom(1);
    window.next(bytes("def"), 0, 3);
    window.keepFrom(0); // earlier than anything held: keeps from the oldest held byte
    window.next(bytes("ghi"), 0, 3);
    assertArrayEquals(bytes("bcdefghi"), window.copy(1, 9));
    window.keepFrom(7);
    window.next(bytes("j"), 0, 1);
    assertArrayEquals(bytes("hij"), window.copy(7, 10));
    window.keepFrom(Long.MAX_VALUE);
    assertFalse(window.holds(9));
    window.next(bytes("k"), 0, 1);
    assertEquals('k', window.byteAt(10));
  }

  @Test
  void aLargeItemIsKeptWholeAndItsMemoryReleasedAfterwards() {
    ByteWindow window = new ByteWindow();
    byte[] chunk = new byte[600_000];
    Arrays.fill(chunk, (byte) 'x');
    for (int i = 0; i < 4; i++) {
      window.next(chunk, 0, chunk.length);
      window.keepFrom(0);
    }
    assertEquals(2_400_000, window.copy(0, 2_400_000).length);
    window.keepFrom(Long.MAX_VALUE);
    window.next(bytes("y"), 0, 1);
    window.keepFrom(2_400_000);
    assertArrayEquals(bytes("y"), window.copy(2_400_000, 2_400_001));
  }
}
