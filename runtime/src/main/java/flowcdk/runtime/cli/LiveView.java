package flowcdk.runtime.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The status block of a preview on a terminal: drawn at the bottom of the screen on stderr and
 * redrawn in place, while documents (on stdout, when it is the same terminal) and log lines (on
 * stderr) scroll above it. Every write to the screen goes through here: the block is erased first
 * (cursor up over it, erase to the end of the screen), the text written, and the block drawn again
 * at the next {@link #redraw}. Lines are cut to the terminal's width so that none wraps and the
 * block's height stays known.
 */
final class LiveView {

  private static final String ERASE_TO_END = "\033[J";

  private final StatusBoard board;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean outIsScreen;
  private final int width;
  private int drawn;

  /**
   * A view of {@code board} on {@code err}; {@code outIsScreen} when {@code out} is the same
   * terminal (documents then erase the block too); lines at most {@code width} characters.
   */
  LiveView(StatusBoard board, PrintStream out, PrintStream err, boolean outIsScreen, int width) {
    this.board = board;
    this.out = out;
    this.err = err;
    this.outIsScreen = outIsScreen;
    this.width = width;
  }

  /** The terminal's width: {@code COLUMNS} when set, or 100. */
  static int width() {
    try {
      int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100").strip());
      return columns >= 20 ? columns : 100;
    } catch (NumberFormatException e) {
      return 100;
    }
  }

  /** Prints {@code line} on stdout above the block. */
  synchronized void println(String line) {
    if (outIsScreen) {
      erase();
    }
    out.println(line);
  }

  /** Writes a log line (with its newline) on stderr above the block. */
  synchronized void log(byte[] line) {
    out.flush();
    erase();
    err.write(line, 0, line.length);
    err.flush();
  }

  /** Draws the block again at the bottom, with the board as of {@code nowNanos}. */
  synchronized void redraw(long nowNanos) {
    out.flush();
    erase();
    List<String> lines = board.render(nowNanos, width - 1);
    StringBuilder block = new StringBuilder();
    for (String line : lines) {
      block.append(line).append('\n');
    }
    err.print(block);
    err.flush();
    drawn = lines.size();
  }

  /**
   * A stream for the log writer: each whole line it receives is written above the block, and an
   * ERROR or WARNING line from a binding's logger counts against that binding.
   */
  OutputStream logStream() {
    return new OutputStream() {
      private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

      @Override
      public synchronized void write(int b) {
        pending.write(b);
        if (b == '\n') {
          byte[] line = pending.toByteArray();
          pending.reset();
          count(new String(line, StandardCharsets.UTF_8));
          log(line);
        }
      }

      @Override
      public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
          write(bytes[i]);
        }
      }
    };
  }

  /**
   * Counts a problem for the binding of a text log line: {@code HH:mm:ss.SSS LEVEL source: ...}.
   */
  private void count(String line) {
    String[] parts = line.split("\\s+", 4);
    if (parts.length >= 3 && (parts[1].equals("ERROR") || parts[1].startsWith("WARN"))) {
      String source = parts[2];
      board.problem(source.endsWith(":") ? source.substring(0, source.length() - 1) : source);
    }
  }

  private void erase() {
    if (drawn > 0) {
      err.print("\033[" + drawn + "F" + ERASE_TO_END);
      err.flush();
      drawn = 0;
    }
  }
}
