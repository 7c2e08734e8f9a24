package flowcdk.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines of at most a given length, without decoding characters and
 * without allocating the maximum up front. A final line without a newline still counts; a trailing
 * carriage return is dropped.
 */
final class LineReader {

  /** Receives lines; the array is reused after {@code line} returns. */
  interface Handler {
    /** One line of {@code length} bytes (no newline). Return false to stop reading. */
    boolean line(byte[] bytes, int length, long lineNumber);

    /** Line {@code lineNumber} exceeds the maximum; reading stops. */
    void tooLong(long lineNumber, long maxBytes);
  }

  private final InputStream in;
  private final int maxLineBytes;
  private byte[] line = new byte[64 * 1024];
  private int length;
  private long lineNumber;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Reads until end of input, a too-long line, or the handler asks to stop. */
  void readAll(Handler handler) throws IOException {
    byte[] block = new byte[64 * 1024];
    for (int n; (n = in.read(block)) >= 0; ) {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (block[i] == '\n') {
          if (!append(block, start, i - start, handler)) {
            return;
          }
          if (!emit(handler)) {
            return;
          }
          start = i + 1;
        }
      }
      if (!append(block, start, n - start, handler)) {
        return;
      }
    }
    if (length > 0) {
      emit(handler);
    }
  }

  private boolean append(byte[] bytes, int offset, int count, Handler handler) {
    if ((long) length + count > maxLineBytes) {
      handler.tooLong(lineNumber + 1, maxLineBytes);
      return false;
    }
    if (length + count > line.length) {
      line =
          Arrays.copyOf(
              line, (int) Math.min(maxLineBytes, Math.max(2L * line.length, length + count)));
    }
    System.arraycopy(bytes, offset, line, length, count);
    length += count;
    return true;
  }

  private boolean emit(Handler handler) {
    lineNumber++;
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    length = 0;
    boolean more = handler.line(line, end, lineNumber);
    if (line.length > 1024 * 1024) {
      line = new byte[64 * 1024]; // do not keep a huge buffer after one huge request
    }
    return more;
  }
}
