package flowcdk.runtime.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxnBufferTest {

  private static final int CHUNK = MemoryBudget.CHUNK_SIZE;

  @TempDir Path spillDir;

  /** Deterministic, non-repeating-per-chunk content. */
  static byte[] pattern(int length, int seed) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i * 31 + seed + (i >>> 8));
    }
    return bytes;
  }

  static byte[] pending(TxnBuffer buffer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    buffer.readPending(out::write);
    return out.toByteArray();
  }

  static byte[] contents(Unit unit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    unit.writeTo(out);
    return out.toByteArray();
  }

  /** Writes {@code bytes} in uneven pieces, some through {@code write(int)}. */
  static void writeInPieces(TxnBuffer buffer, byte[] bytes) throws IOException {
    int offset = 0;
    int step = 1;
    while (offset < bytes.length) {
      if (step % 5 == 0) {
        buffer.write(bytes[offset++]);
      } else {
        int n = Math.min(bytes.length - offset, 997 * step);
        buffer.write(bytes, offset, n);
        offset += n;
      }
      step = step % 13 + 1;
    }
  }

  private List<Path> spillFiles() throws IOException {
    try (Stream<Path> files = Files.list(spillDir)) {
      return files.toList();
    }
  }

  @Test
  void keepsWritesAcrossChunkBoundariesInMemory() throws IOException {
    MemoryBudget budget = new MemoryBudget(64L * CHUNK);
    TxnBuffer buffer = new TxnBuffer(budget, 16L * CHUNK, spillDir);
    byte[] data = pattern(3 * CHUNK + 17, 1);
    writeInPieces(buffer, data);

    assertFalse(buffer.spilled());
    assertEquals(data.length, buffer.size());
    assertEquals(4L * CHUNK, budget.reserved());
    assertArrayEquals(data, pending(buffer));
    assertTrue(spillFiles().isEmpty());
  }

  @Test
  void fillsChunksExactly() throws IOException {
    MemoryBudget budget = new MemoryBudget(64L * CHUNK);
    TxnBuffer buffer = new TxnBuffer(budget, 16L * CHUNK, spillDir);
    byte[] data = pattern(2 * CHUNK, 2);
    buffer.write(data, 0, CHUNK);
    assertEquals(CHUNK, budget.reserved());
    buffer.write(data, CHUNK, CHUNK);
    assertEquals(2L * CHUNK, budget.reserved(), "an exactly full chunk needs no extra one");
    assertArrayEquals(data, pending(buffer));
    buffer.write('x');
    assertEquals(3L * CHUNK, budget.reserved());
  }

  @Test
  void spillsWhenThePerTaskLimitIsExceeded() throws IOException {
    MemoryBudget budget = new MemoryBudget(64L * CHUNK);
    TxnBuffer buffer = new TxnBuffer(budget, 2L * CHUNK, spillDir);
    byte[] data = pattern(2 * CHUNK, 3);
    writeInPieces(buffer, data);
    assertFalse(buffer.spilled(), "two chunks fit the limit");

    byte[] more = pattern(CHUNK + 5, 4);
    writeInPieces(buffer, more);
    assertTrue(buffer.spilled());
    assertEquals(0, budget.reserved(), "spilling returns the memory");
    assertTrue(
        spillFiles().isEmpty(), "a spilled transaction leaves no name in the spill directory");

    byte[] expected = concat(data, more);
    assertEquals(expected.length, buffer.size());
    assertArrayEquals(expected, pending(buffer));
    Unit unit = buffer.seal();
    assertTrue(unit.spilled());
    assertEquals(expected.length, unit.size());
    assertArrayEquals(expected, contents(unit));
    unit.release();
    assertTrue(spillFiles().isEmpty());
  }

  @Test
  void aSpilledTransactionIsInvisibleYetReadsBack() throws IOException {
    MemoryBudget budget = new MemoryBudget(64L * CHUNK);
    TxnBuffer buffer = new TxnBuffer(budget, CHUNK, spillDir);
    byte[] data = pattern(5 * CHUNK + 321, 22);
    writeInPieces(buffer, data);
    assertTrue(buffer.spilled());
    assertTrue(spillFiles().isEmpty(), "no file is visible while the transaction is spilled");
    int unnamed = openDeletedFilesIn(spillDir);
    if (unnamed >= 0) {
      assertEquals(1, unnamed, "yet the data lives in an open, unnamed file");
    }
    assertArrayEquals(data, pending(buffer));

    byte[] tail = pattern(CHUNK, 23);
    buffer.write(tail);
    byte[] expected = concat(data, tail);
    assertArrayEquals(expected, pending(buffer), "reading back does not disturb writing");
    Unit unit = buffer.seal();
    assertTrue(spillFiles().isEmpty());
    assertArrayEquals(expected, contents(unit));
    assertArrayEquals(expected, contents(unit), "a unit can be written again, from the start");
    unit.release();
    if (unnamed >= 0) {
      assertEquals(0, openDeletedFilesIn(spillDir), "releasing the unit frees the file");
    }
  }

  /**
   * How many files under {@code directory} this process holds open after their names were removed
   * (Linux shows them as {@code /proc/self/fd} links ending in " (deleted)"); -1 elsewhere.
   */
  static int openDeletedFilesIn(Path directory) throws IOException {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return -1;
    }
    String prefix = directory.toRealPath() + "/" + SpillFile.PREFIX;
    int count = 0;
    try (Stream<Path> links = Files.list(fds)) {
      for (Path link : links.toList()) {
        try {
          String target = Files.readSymbolicLink(link).toString();
          if (target.startsWith(prefix) && target.endsWith(" (deleted)")) {
            count++;
          }
        } catch (IOException e) {
          // closed meanwhile (the listing's own descriptor)
        }
      }
    }
    return count;
  }

  @Test
  void spillsOnASingleByteWriteAtTheLimit() throws IOException {
    MemoryBudget budget = new MemoryBudget(64L * CHUNK);
    TxnBuffer buffer = new TxnBuffer(budget, CHUNK, spillDir);
    byte[] data = pattern(CHUNK, 5);
    buffer.write(data);
    buffer.write(42);
    assertTrue(buffer.spilled());
    assertEquals(CHUNK + 1, buffer.size());
    assertArrayEquals(concat(data, new byte[] {42}), pending(buffer));
  }

  @Test
  void spillsWhenTheSharedBudgetIsExhausted() throws IOException {
    MemoryBudget budget = new MemoryBudget(3L * CHUNK);
    TxnBuffer hog = new TxnBuffer(budget, 16L * CHUNK, spillDir);
    TxnBuffer other = new TxnBuffer(budget, 16L * CHUNK, spillDir);
    byte[] hogData = pattern(2 * CHUNK, 6);
    hog.write(hogData);
    assertEquals(2L * CHUNK, budget.reserved());

    byte[] data = pattern(CHUNK + CHUNK / 2, 7);
    writeInPieces(other, data);
    assertTrue(other.spilled(), "the budget had room for one chunk only");
    assertFalse(hog.spilled());
    assertEquals(2L * CHUNK, budget.reserved(), "the spilled buffer gave its chunk back");
    assertArrayEquals(data, pending(other));
    assertArrayEquals(hogData, pending(hog));

    // Once spilled, a buffer keeps writing to its file even if memory is free again.
    hog.discard();
    byte[] tail = pattern(100, 8);
    other.write(tail);
    assertTrue(other.spilled());
    assertArrayEquals(concat(data, tail), contents(other.seal()));
  }

  @Test
  void spillsImmediatelyWhenNoChunkIsAvailable() throws IOException {
    MemoryBudget budget = new MemoryBudget(CHUNK);
    TxnBuffer hog = new TxnBuffer(budget, CHUNK, spillDir);
    hog.write(1);
    TxnBuffer other = new TxnBuffer(budget, CHUNK, spillDir);
    other.write(2);
    assertTrue(other.spilled());
    assertArrayEquals(new byte[] {2}, pending(other));
  }

  @Test
  void truncatesInMemory() throws IOException {
    int[] sizes = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 300};
    byte[] data = pattern(3 * CHUNK + 100, 9);
    byte[] tail = pattern(CHUNK + 3, 10);
    for (int newSize : sizes) {
      MemoryBudget budget = new MemoryBudget(64L * CHUNK);
      TxnBuffer buffer = new TxnBuffer(budget, 16L * CHUNK, spillDir);
      buffer.write(data);
      buffer.truncate(newSize);
      assertFalse(buffer.spilled());
      assertEquals(newSize, buffer.size());
      byte[] prefix = Arrays.copyOf(data, newSize);
      assertArrayEquals(prefix, pending(buffer), "truncate to " + newSize);
      long chunksNeeded = ((long) newSize + CHUNK - 1) / CHUNK;
      assertEquals(chunksNeeded * CHUNK, budget.reserved(), "chunks released for " + newSize);

      writeInPieces(buffer, tail);
      byte[] expected = concat(prefix, tail);
      assertArrayEquals(expected, pending(buffer), "write after truncate to " + newSize);
      assertArrayEquals(expected, contents(buffer.seal()), "sealed after truncate to " + newSize);
    }
  }

  @Test
  void truncatesWhenSpilled() throws IOException {
    MemoryBudget budget = new MemoryBudget(64L * CHUNK);
    TxnBuffer buffer = new TxnBuffer(budget, CHUNK, spillDir);
    byte[] data = pattern(2 * CHUNK + 50, 11);
    writeInPieces(buffer, data);
    assertTrue(buffer.spilled());

    buffer.truncate(CHUNK + 10);
    assertEquals(CHUNK + 10, buffer.size());
    assertArrayEquals(Arrays.copyOf(data, CHUNK + 10), pending(buffer));

    byte[] tail = pattern(500, 12);
    buffer.write(tail);
    byte[] expected = concat(Arrays.copyOf(data, CHUNK + 10), tail);
    assertArrayEquals(expected, pending(buffer));
    Unit unit = buffer.seal();
    assertEquals(expected.length, unit.size());
    assertArrayEquals(expected, contents(unit));
    unit.release();
  }

  @Test
  void truncateRejectsSizesOutsideThePendingBytes() throws IOException {
    TxnBuffer buffer = new TxnBuffer(new MemoryBudget(4L * CHUNK), CHUNK, spillDir);
    buffer.write(pattern(10, 13));
    assertThrows(IllegalArgumentException.class, () -> buffer.truncate(11));
    assertThrows(IllegalArgumentException.class, () -> buffer.truncate(-1));
    assertEquals(10, buffer.size());
  }

  @Test
  void discardReturnsTheBudget() throws IOException {
    MemoryBudget budget = new MemoryBudget(64L * CHUNK);
    TxnBuffer buffer = new TxnBuffer(budget, 16L * CHUNK, spillDir);
    buffer.write(pattern(2 * CHUNK + 1, 14));
    assertEquals(3L * CHUNK, budget.reserved());
    buffer.discard();
    assertEquals(0, buffer.size());
    assertEquals(0, budget.reserved());
    assertArrayEquals(new byte[0], pending(buffer));
    buffer.write(pattern(5, 15));
    assertArrayEquals(pattern(5, 15), pending(buffer));
  }

  @Test
  void discardDeletesTheSpillFile() throws IOException {
    MemoryBudget budget = new MemoryBudget(64L * CHUNK);
    TxnBuffer buffer = new TxnBuffer(budget, CHUNK, spillDir);
    buffer.write(pattern(3 * CHUNK, 16));
    assertTrue(buffer.spilled());
    assertTrue(spillFiles().isEmpty(), "a spill file has no name while in use");
    buffer.discard();
    assertFalse(buffer.spilled());
    assertEquals(0, buffer.size());
    assertTrue(spillFiles().isEmpty());
    assertEquals(0, budget.reserved());

    // Usable again, in memory.
    buffer.write(pattern(7, 17));
    assertFalse(buffer.spilled());
    assertArrayEquals(pattern(7, 17), pending(buffer));
  }

  @Test
  void sealHandsTheBytesOverAndResets() throws IOException {
    MemoryBudget budget = new MemoryBudget(64L * CHUNK);
    TxnBuffer buffer = new TxnBuffer(budget, 16L * CHUNK, spillDir);
    byte[] first = pattern(CHUNK + 123, 18);
    writeInPieces(buffer, first);
    Unit unit = buffer.seal();

    assertEquals(0, buffer.size());
    assertArrayEquals(new byte[0], pending(buffer));
    assertFalse(unit.spilled());
    assertEquals(first.length, unit.size());
    assertEquals(2L * CHUNK, budget.reserved(), "the unit owns the chunks until released");

    byte[] second = pattern(99, 19);
    buffer.write(second);
    assertArrayEquals(second, pending(buffer));
    assertArrayEquals(first, contents(unit), "later writes do not touch the sealed unit");

    unit.release();
    assertEquals(CHUNK, budget.reserved());
    assertArrayEquals(second, contents(buffer.seal()));
  }

  @Test
  void sealOfASpilledBufferHandsOverTheFile() throws IOException {
    MemoryBudget budget = new MemoryBudget(64L * CHUNK);
    TxnBuffer buffer = new TxnBuffer(budget, CHUNK, spillDir);
    byte[] data = pattern(2 * CHUNK, 20);
    buffer.write(data);
    Unit unit = buffer.seal();
    assertTrue(unit.spilled());
    assertFalse(buffer.spilled());
    assertEquals(0, buffer.size());
    assertTrue(spillFiles().isEmpty(), "the unit owns the file, which has no name");

    buffer.write(pattern(3, 21));
    assertFalse(buffer.spilled());
    assertArrayEquals(pattern(3, 21), pending(buffer));

    assertArrayEquals(data, contents(unit));
    unit.release();
    assertTrue(spillFiles().isEmpty());
  }

  @Test
  void sealOfAnEmptyBufferIsAnEmptyUnit() throws IOException {
    TxnBuffer buffer = new TxnBuffer(new MemoryBudget(CHUNK), CHUNK, spillDir);
    Unit unit = buffer.seal();
    assertNotNull(unit);
    assertEquals(0, unit.size());
    assertArrayEquals(new byte[0], contents(unit));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] result = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, result, a.length, b.length);
    return result;
  }
}
