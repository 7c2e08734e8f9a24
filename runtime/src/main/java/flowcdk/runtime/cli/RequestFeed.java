package flowcdk.runtime.cli;

import java.io.InputStream;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The runtime's stdin when the tool drives it: request lines queued with {@link #send} from any
 * thread (never blocking), read in order; {@link #close} ends the input after what was queued.
 */
final class RequestFeed extends InputStream {

  private static final byte[] END = new byte[0];

  private final LinkedBlockingQueue<byte[]> lines = new LinkedBlockingQueue<>();
  private byte[] current = new byte[0];
  private int position;
  private boolean ended;

  /** Queues one line (newline included). */
  void send(byte[] line) {
    lines.add(line);
  }

  /** Ends the input once the queued lines are read. */
  @Override
  public void close() {
    lines.add(END);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (position == current.length) {
      if (ended) {
        return -1;
      }
      try {
        current = lines.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
      position = 0;
      ended = current == END;
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, n);
    position += n;
    return n;
  }
}
