package flowcdk.common.http;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the HTTP tests' log writers write: a copy in memory for the test's assertions, and the same
 * bytes on stderr. The build keeps each test class's stderr in {@code
 * target/surefire-reports/<class>-output.txt}, and {@code SecretsInTestOutputIT} searches those
 * files for the tests' secrets, so a line that leaked one fails the build even if the test that
 * wrote it looked elsewhere.
 */
public final class StderrTee extends OutputStream {

  private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

  /** An empty tee. */
  public StderrTee() {}

  @Override
  public synchronized void write(int b) {
    copy.write(b);
    // System.err as it is now: the test runner replaces it to keep each class's output apart.
    System.err.write(b);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    copy.write(b, off, len);
    System.err.write(b, off, len);
  }

  @Override
  public synchronized void flush() {
    System.err.flush();
  }

  /** Everything written so far, as UTF-8 text. */
  public synchronized String text() {
    return copy.toString(StandardCharsets.UTF_8);
  }
}
