package flowcdk.runtime.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pending output of one task: the lines of its open transaction, kept in memory chunks while
 * they fit and spilled to a temporary file once they don't.
 *
 * <p>Why spill rather than wait: a transaction must reach stdout as one contiguous unit, so part of
 * it cannot be written early without holding stdout for the whole time the task keeps fetching,
 * which would stall every other task behind a possibly slow source; and waiting for memory would
 * deadlock a task whose single transaction is larger than the bound. Spilling keeps memory bounded
 * and every task moving; the committed unit is then streamed from the file.
 *
 * <p>The spill file has no name while it is in use (see {@link SpillFile}): nothing is left in the
 * spill directory when the process dies, however it dies.
 *
 * <p>Not thread-safe: a task (and so its buffer) has one writer at a time.
 */
public final class TxnBuffer extends OutputStream {

  private final MemoryBudget budget;
  private final long taskLimit;
  private final Path spillDirectory;

  private List<byte[]> chunks = new ArrayList<>();
  private byte[] current;
  private int position;
  private long size;

  private SpillFile spillFile;
  private OutputStream spillOut;

  /**
   * A buffer drawing memory from {@code budget}, holding at most {@code taskLimit} bytes in memory
   * before it spills into a file in {@code spillDirectory}.
   */
  public TxnBuffer(MemoryBudget budget, long taskLimit, Path spillDirectory) {
    this.budget = budget;
    this.taskLimit = Math.max(taskLimit, MemoryBudget.CHUNK_SIZE);
    this.spillDirectory = spillDirectory;
  }

  /** Bytes pending. */
  public long size() {
    return size;
  }

  /** Whether the pending bytes have been spilled to a file. */
  public boolean spilled() {
    return spillOut != null;
  }

  @Override
  public void write(int b) throws IOException {
    if (spillOut != null) {
      spillOut.write(b);
    } else {
      if (current == null || position == current.length) {
        if (!nextChunk()) {
          spillOut.write(b);
          size++;
          return;
        }
      }
      current[position++] = (byte) b;
    }
    size++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    size += length;
    while (length > 0) {
      if (spillOut != null) {
        spillOut.write(bytes, offset, length);
        return;
      }
      if (current == null || position == current.length) {
        if (!nextChunk()) {
          continue;
        }
      }
      int n = Math.min(length, current.length - position);
      System.arraycopy(bytes, offset, current, position, n);
      position += n;
      offset += n;
      length -= n;
    }
  }

  /** Moves to a fresh chunk, or spills and returns false when no more memory may be used. */
  private boolean nextChunk() throws IOException {
    byte[] chunk = null;
    if ((long) (chunks.size() + 1) * MemoryBudget.CHUNK_SIZE <= taskLimit) {
      chunk = budget.tryAcquire();
    }
    if (chunk == null) {
      spill();
      return false;
    }
    chunks.add(chunk);
    current = chunk;
    position = 0;
    return true;
  }

  private void spill() throws IOException {
    spillFile = SpillFile.create(spillDirectory);
    spillOut = new BufferedOutputStream(Channels.newOutputStream(spillFile.channel()), 64 * 1024);
    int last = chunks.size() - 1;
    for (int i = 0; i <= last; i++) {
      spillOut.write(chunks.get(i), 0, i == last ? position : MemoryBudget.CHUNK_SIZE);
    }
    releaseChunks();
  }

  /**
   * Hands the pending bytes over as a {@link Unit} (memory chunks or the spill file now belong to
   * it) and leaves this buffer empty.
   */
  public Unit seal() throws IOException {
    Unit unit;
    if (spillOut != null) {
      // Flushed, not closed: closing the stream would close the channel, and with it the file.
      spillOut.flush();
      unit = Unit.ofFile(spillFile, size);
      spillOut = null;
      spillFile = null;
    } else {
      unit = Unit.ofChunks(chunks, position, size, budget);
      chunks = new ArrayList<>();
    }
    current = null;
    position = 0;
    size = 0;
    return unit;
  }

  /** Drops everything pending. */
  public void discard() {
    if (spillOut != null) {
      try {
        spillFile.close(); // frees the file; what the stream still buffers is dropped with it
      } catch (IOException e) {
        // the file is freed when the process ends at the latest
      }
      spillOut = null;
      spillFile = null;
    }
    releaseChunks();
    size = 0;
  }

  /**
   * Cuts the pending bytes back to the first {@code newSize} (used to drop a half-written line when
   * a document writer fails).
   */
  public void truncate(long newSize) throws IOException {
    if (newSize > size || newSize < 0) {
      throw new IllegalArgumentException(
          "cannot truncate " + size + " pending bytes to " + newSize);
    }
    if (spillOut != null) {
      spillOut.flush();
      spillFile.channel().truncate(newSize);
      spillFile.channel().position(newSize);
    } else {
      int keep = newSize == 0 ? 0 : (int) ((newSize - 1) / MemoryBudget.CHUNK_SIZE) + 1;
      while (chunks.size() > keep) {
        budget.release(chunks.remove(chunks.size() - 1));
      }
      current = keep == 0 ? null : chunks.get(keep - 1);
      position = keep == 0 ? 0 : (int) (newSize - (long) (keep - 1) * MemoryBudget.CHUNK_SIZE);
    }
    size = newSize;
  }

  /** Feeds every pending byte, in order, to {@code sink}. */
  public void readPending(ByteSink sink) {
    try {
      if (spillOut != null) {
        spillOut.flush();
        spillFile.read(size, sink);
        return;
      }
      int last = chunks.size() - 1;
      for (int i = 0; i <= last; i++) {
        sink.accept(chunks.get(i), 0, i == last ? position : MemoryBudget.CHUNK_SIZE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("failed to read back pending output", e);
    }
  }

  private void releaseChunks() {
    for (byte[] chunk : chunks) {
      budget.release(chunk);
    }
    chunks.clear();
    current = null;
    position = 0;
  }

  /** Receives byte ranges. */
  @FunctionalInterface
  public interface ByteSink {
    /** Consumes {@code length} bytes of {@code bytes} from {@code offset}. */
    void accept(byte[] bytes, int offset, int length);
  }
}
