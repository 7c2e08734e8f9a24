package flowcdk.runtime.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A sealed, immutable run of output lines that reaches stdout contiguously: a task's documents
 * followed by their checkpoint, or one framework response. Its bytes live either in memory chunks
 * or in a spill file, never both.
 */
public final class Unit {

  private final List<byte[]> chunks;
  private final int lastChunkLength;
  private final SpillFile spillFile;
  private final long size;
  private final MemoryBudget budget;
  private volatile boolean transaction;

  private Unit(
      List<byte[]> chunks,
      int lastChunkLength,
      SpillFile spillFile,
      long size,
      MemoryBudget budget) {
    this.chunks = chunks;
    this.lastChunkLength = lastChunkLength;
    this.spillFile = spillFile;
    this.size = size;
    this.budget = budget;
  }

  /** A unit holding exactly {@code bytes} (not copied; not to be changed afterwards). */
  public static Unit of(byte[] bytes) {
    return new Unit(List.of(bytes), bytes.length, null, bytes.length, null);
  }

  static Unit ofChunks(List<byte[]> chunks, int lastChunkLength, long size, MemoryBudget budget) {
    return new Unit(chunks, lastChunkLength, null, size, budget);
  }

  static Unit ofFile(SpillFile spillFile, long size) {
    return new Unit(List.of(), 0, spillFile, size, null);
  }

  /** Marks this unit as a committed transaction (documents and checkpoint); returns it. */
  Unit markTransaction() {
    transaction = true;
    return this;
  }

  /** Whether this unit is a committed transaction rather than a framework response. */
  boolean isTransaction() {
    return transaction;
  }

  /** Total bytes. */
  public long size() {
    return size;
  }

  /** Whether the bytes are in a spill file rather than in memory. */
  public boolean spilled() {
    return spillFile != null;
  }

  /** Writes all bytes to {@code out}. */
  void writeTo(OutputStream out) throws IOException {
    if (spillFile != null) {
      spillFile.writeTo(size, out);
      return;
    }
    int last = chunks.size() - 1;
    for (int i = 0; i < last; i++) {
      byte[] chunk = chunks.get(i);
      out.write(chunk, 0, chunk.length);
    }
    if (last >= 0) {
      out.write(chunks.get(last), 0, lastChunkLength);
    }
  }

  /** Frees the unit's memory chunks or spill file; called once it has been written or dropped. */
  void release() {
    if (budget != null) {
      for (byte[] chunk : chunks) {
        budget.release(chunk);
      }
    }
    if (spillFile != null) {
      try {
        spillFile.close();
      } catch (IOException e) {
        // the file is freed when the process ends at the latest
      }
    }
  }
}
