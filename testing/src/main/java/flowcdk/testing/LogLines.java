package flowcdk.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * An output stream that hands each complete line written to it (UTF-8, without its {@code \n}) to a
 * consumer, as it is written: install it as a connector's log writer's stream to wait for a logged
 * event instead of sleeping.
 */
public final class LogLines extends OutputStream {

  private final Consumer<String> consumer;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  /** A stream giving each complete line to {@code consumer}. */
  public LogLines(Consumer<String> consumer) {
    this.consumer = consumer;
  }

  @Override
  public synchronized void write(int b) {
    if (b == '\n') {
      consumer.accept(line.toString(StandardCharsets.UTF_8));
      line.reset();
    } else {
      line.write(b);
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }
}
