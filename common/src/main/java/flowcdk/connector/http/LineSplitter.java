package flowcdk.connector.http;

import flowcdk.common.stream.ChunkDecoder;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Splits chunks into lines at a delimiter: every delimiter ends a line (so empty lines between
 * delimiters are kept), and the bytes after the last delimiter are a last line when the input ends
 * (none if they are empty). Lines are raw bytes, so a multi-byte character split across chunks is
 * whole in its line.
 */
final class LineSplitter implements ChunkDecoder<Buffer, Buffer> {

  private final byte[] delimiter;

  // The bytes after the last delimiter, and where in them a delimiter may still start.
  private Buffer partial = Buffer.buffer();
  private int scanFrom;

  LineSplitter(byte[] delimiter) {
    this.delimiter = delimiter.clone();
  }

  /** {@code delimiter} as UTF-8 bytes. */
  static byte[] delimiterBytes(String delimiter) {
    Objects.requireNonNull(delimiter, "delimiter");
    if (delimiter.isEmpty()) {
      throw new IllegalArgumentException("the line delimiter must not be empty");
    }
    return delimiter.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void chunk(Buffer chunk, Consumer<? super Buffer> out) {
    partial.appendBuffer(chunk);
    int start = 0;
    int last = partial.length() - delimiter.length;
    int i = Math.max(scanFrom, 0);
    while (i <= last) {
      if (delimiterAt(i)) {
        out.accept(partial.getBuffer(start, i));
        start = i + delimiter.length;
        i = start;
      } else {
        i++;
      }
    }
    if (start > 0) {
      partial = partial.getBuffer(start, partial.length());
    }
    scanFrom = Math.max(0, partial.length() - delimiter.length + 1);
  }

  private boolean delimiterAt(int index) {
    for (int j = 0; j < delimiter.length; j++) {
      if (partial.getByte(index + j) != delimiter[j]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void end(Consumer<? super Buffer> out) {
    if (partial.length() > 0) {
      out.accept(partial);
      partial = Buffer.buffer();
    }
  }
}
