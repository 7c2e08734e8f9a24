package flowcdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  /** Serves {@code data} in reads of the given sizes, cycling through them. */
  static final class ChoppyStream extends InputStream {
    private final byte[] data;
    private final int[] sizes;
    private int position;
    private int read;

    ChoppyStream(String data, int... sizes) {
      this(data.getBytes(StandardCharsets.UTF_8), sizes);
    }

    ChoppyStream(byte[] data, int... sizes) {
      this.data = data;
      this.sizes = sizes;
    }

    @Override
    public int read() {
      return position < data.length ? data[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position == data.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, sizes[read++ % sizes.length]), data.length - position);
      System.arraycopy(data, position, b, off, n);
      position += n;
      return n;
    }
  }

  /** Records lines as strings prefixed with their number, and too-long reports. */
  static final class Recorder implements LineReader.Handler {
    final List<String> events = new ArrayList<>();
    final int stopAfter;

    Recorder() {
      this(Integer.MAX_VALUE);
    }

    Recorder(int stopAfter) {
      this.stopAfter = stopAfter;
    }

    @Override
    public boolean line(byte[] bytes, int length, long lineNumber) {
      events.add(lineNumber + ":" + new String(bytes, 0, length, StandardCharsets.UTF_8));
      return events.size() < stopAfter;
    }

    @Override
    public void tooLong(long lineNumber, long maxBytes) {
      events.add("tooLong " + lineNumber + " > " + maxBytes);
    }
  }

  private static List<String> read(InputStream in, int maxLineBytes, Recorder recorder)
      throws IOException {
    new LineReader(in, maxLineBytes).readAll(recorder);
    return recorder.events;
  }

  private static List<String> read(String data, int... sizes) throws IOException {
    return read(new ChoppyStream(data, sizes), 1 << 20, new Recorder());
  }

  @Test
  void joinsLinesSplitAcrossReads() throws IOException {
    String data = "{\"open\":1}\nsecond line\nü third\n";
    List<String> expected = List.of("1:{\"open\":1}", "2:second line", "3:ü third");
    for (int[] sizes : new int[][] {{1}, {2}, {3, 7}, {5, 1, 11}, {64 * 1024}}) {
      assertEquals(expected, read(data, sizes), "reads of " + java.util.Arrays.toString(sizes));
    }
  }

  @Test
  void dropsTheCarriageReturnOfCrlf() throws IOException {
    assertEquals(List.of("1:a", "2:b", "3:c"), read("a\r\nb\r\nc\r\n", 1));
    assertEquals(List.of("1:a", "2:b"), read("a\r\nb\r\n", 2, 1));
    assertEquals(
        List.of("1:x\ry", "2:z\r\r"), read("x\ry\nz\r\r\r\n", 100), "only the last CR goes");
  }

  @Test
  void deliversAFinalLineWithoutNewline() throws IOException {
    assertEquals(List.of("1:a", "2:last"), read("a\nlast", 3));
    assertEquals(List.of("1:last"), read("last\r", 100));
    assertEquals(List.of(), read("", 1));
  }

  @Test
  void deliversEmptyLinesAsEmpty() throws IOException {
    assertEquals(List.of("1:", "2:", "3:a", "4:", "5:"), read("\n\na\n\r\n\n", 1));
    assertEquals(List.of("1:", "2:a"), read("\na", 4));
  }

  @Test
  void reportsATooLongLineWithItsNumberAndStops() throws IOException {
    Recorder recorder = new Recorder();
    read(new ChoppyStream("12345\nab\n123456\nnever\n", 4), 5, recorder);
    assertEquals(List.of("1:12345", "2:ab", "tooLong 3 > 5"), recorder.events);

    Recorder unterminated = new Recorder();
    read(new ChoppyStream("ok\n1234567", 2), 5, unterminated);
    assertEquals(List.of("1:ok", "tooLong 2 > 5"), unterminated.events);
  }

  @Test
  void growsForLongLinesUpToTheMaximum() throws IOException {
    byte[] longLine = new byte[300_000];
    java.util.Arrays.fill(longLine, (byte) 'x');
    byte[] data = new byte[2 * (longLine.length + 1)];
    System.arraycopy(longLine, 0, data, 0, longLine.length);
    data[longLine.length] = '\n';
    System.arraycopy(longLine, 0, data, longLine.length + 1, longLine.length);
    data[data.length - 1] = '\n';
    List<Integer> lengths = new ArrayList<>();
    new LineReader(new ChoppyStream(data, 10_000, 65_536), longLine.length)
        .readAll(
            new LineReader.Handler() {
              @Override
              public boolean line(byte[] bytes, int length, long lineNumber) {
                for (int i = 0; i < length; i++) {
                  if (bytes[i] != 'x') {
                    throw new AssertionError("corrupt byte at " + i);
                  }
                }
                lengths.add(length);
                return true;
              }

              @Override
              public void tooLong(long lineNumber, long maxBytes) {
                throw new AssertionError("line " + lineNumber + " reported too long");
              }
            });
    assertEquals(List.of(longLine.length, longLine.length), lengths);
  }

  @Test
  void stopsWhenTheHandlerReturnsFalse() throws IOException {
    assertEquals(
        List.of("1:a", "2:b"), read(new ChoppyStream("a\nb\nc\nd", 100), 100, new Recorder(2)));
    assertEquals(List.of("1:a"), read(new ChoppyStream("a\nb\nc\n", 1), 100, new Recorder(1)));
  }
}
