package flowcdk.runtime.cli;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The runtime's stdout when the tool drives it: splits what the runtime writes into lines and hands
 * each one, parsed, to a handler (on the runtime's stdout thread, in order).
 */
final class LineSink extends OutputStream {

  private final Consumer<ResponseLine> handler;
  private byte[] buffer = new byte[8192];
  private int length;

  LineSink(Consumer<ResponseLine> handler) {
    this.handler = handler;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int count) {
    int end = offset + count;
    int start = offset;
    for (int i = offset; i < end; i++) {
      if (bytes[i] == '\n') {
        append(bytes, start, i - start);
        if (length > 0) {
          handler.accept(ResponseLine.parse(buffer, length));
        }
        length = 0;
        start = i + 1;
      }
    }
    append(bytes, start, end - start);
  }

  private void append(byte[] bytes, int offset, int count) {
    if (length + count > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
    }
    System.arraycopy(bytes, offset, buffer, length, count);
    length += count;
  }
}
