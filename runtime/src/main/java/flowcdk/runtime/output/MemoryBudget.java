package flowcdk.runtime.output;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory that all tasks' pending (not yet committed) output may use together, handed out in
 * fixed-size chunks, plus a small pool of chunks for reuse.
 *
 * <p>A task whose next chunk does not fit, in its own limit or in this shared budget, spills its
 * pending transaction to a temporary file (see {@link TxnBuffer}); so the heap used by pending
 * output stays below {@link #limit()} however many tasks run and however large their transactions
 * grow.
 */
public final class MemoryBudget {

  /** Size of one buffer chunk in bytes. */
  public static final int CHUNK_SIZE = 32 * 1024;

  private final long limit;
  private final AtomicLong reserved = new AtomicLong();
  private final ConcurrentLinkedQueue<byte[]> pool = new ConcurrentLinkedQueue<>();

  /** A budget of {@code limitBytes} (at least one chunk). */
  public MemoryBudget(long limitBytes) {
    if (limitBytes < CHUNK_SIZE) {
      throw new IllegalArgumentException(
          "the pending-output memory budget must be at least "
              + CHUNK_SIZE
              + " bytes, got "
              + limitBytes);
    }
    this.limit = limitBytes;
  }

  /** The budget in bytes. */
  public long limit() {
    return limit;
  }

  /** Bytes currently reserved by pending output. */
  public long reserved() {
    return reserved.get();
  }

  /** Reserves one chunk and returns it, or returns null if the budget is exhausted. */
  byte[] tryAcquire() {
    long current;
    do {
      current = reserved.get();
      if (current + CHUNK_SIZE > limit) {
        return null;
      }
    } while (!reserved.compareAndSet(current, current + CHUNK_SIZE));
    byte[] chunk = pool.poll();
    return chunk != null ? chunk : new byte[CHUNK_SIZE];
  }

  /** Returns a chunk reserved by {@link #tryAcquire()}. */
  void release(byte[] chunk) {
    reserved.addAndGet(-CHUNK_SIZE);
    pool.offer(chunk);
  }
}
