package flowcdk.common.stream;

import io.vertx.core.buffer.Buffer;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The data of one gzip or zip member, inflated (raw deflate) or copied from held input in pieces of
 * at most {@link #PIECE} bytes, one piece per {@link #step}, while its CRC-32 and sizes are counted
 * for the member's trailer. One piece at a time keeps memory bounded however much a chunk inflates
 * to.
 */
final class MemberBody {

  /** The largest piece of output given at once. */
  static final int PIECE = 64 * 1024;

  /** What a {@link #step} did. */
  enum Step {
    /** Gave one piece of data. */
    PIECE,
    /** Needs more input to go on. */
    NEEDS_INPUT,
    /** The member's data is complete. */
    DONE
  }

  private final Inflater inflater = new Inflater(true);
  private final byte[] piece = new byte[PIECE];
  private final CRC32 crc = new CRC32();
  private boolean deflated;
  private long storedLeft;
  private long compressedSize;
  private long size;

  /** Starts a member whose data is raw deflate, ending where the deflate stream ends. */
  void startDeflated() {
    inflater.reset();
    start(true, 0);
  }

  /** Starts a member whose data is {@code length} bytes stored as they are. */
  void startStored(long length) {
    start(false, length);
  }

  private void start(boolean deflated, long storedLength) {
    this.deflated = deflated;
    storedLeft = storedLength;
    crc.reset();
    compressedSize = 0;
    size = 0;
  }

  /**
   * Gives {@code out} the next piece of data from {@code input}, or says that it needs more input
   * or that the data is complete (the input then starts with whatever follows the data).
   *
   * @throws DataFormatException if the deflate data is invalid
   */
  Step step(HeldInput input, Consumer<? super Buffer> out) throws DataFormatException {
    return deflated ? inflate(input, out) : copy(input, out);
  }

  private Step copy(HeldInput input, Consumer<? super Buffer> out) {
    if (storedLeft == 0) {
      return Step.DONE;
    }
    int count = (int) Math.min(Math.min(storedLeft, PIECE), input.available());
    if (count == 0) {
      return Step.NEEDS_INPUT;
    }
    give(input.array(), input.position(), count, out);
    input.skip(count);
    storedLeft -= count;
    compressedSize += count;
    return Step.PIECE;
  }

  private Step inflate(HeldInput input, Consumer<? super Buffer> out) throws DataFormatException {
    while (!inflater.finished()) {
      int available = input.available();
      // zlib may still hold output of input it already took, so no input is not always the end.
      if (available == 0 && inflater.needsInput()) {
        return Step.NEEDS_INPUT;
      }
      inflater.setInput(input.array(), input.position(), available);
      int produced = inflater.inflate(piece);
      int used = available - inflater.getRemaining();
      input.skip(used);
      compressedSize += used;
      if (produced > 0) {
        give(piece, 0, produced, out);
        return Step.PIECE;
      }
      if (inflater.needsDictionary()) {
        throw new DataFormatException(
            "the deflate data asks for a preset window (zlib's FDICT), which gzip and zip never use");
      }
      if (used == 0 && !inflater.finished() && !inflater.needsInput()) {
        throw new DataFormatException("the inflater made no progress");
      }
    }
    return Step.DONE;
  }

  private void give(byte[] bytes, int from, int count, Consumer<? super Buffer> out) {
    crc.update(bytes, from, count);
    size += count;
    out.accept(Buffer.buffer(count).appendBytes(bytes, from, count));
  }

  /** The CRC-32 of the data so far. */
  long crc() {
    return crc.getValue();
  }

  /** The bytes of input the data took so far. */
  long compressedSize() {
    return compressedSize;
  }

  /** The bytes of data so far. */
  long size() {
    return size;
  }

  /** Frees the inflater's native memory; the body is not used after. */
  void close() {
    inflater.end();
  }
}
