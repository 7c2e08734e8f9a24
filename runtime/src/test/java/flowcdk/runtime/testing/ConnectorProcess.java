package flowcdk.runtime.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A connector running in a child JVM, driven over real pipes: lines written to its stdin, stdout
 * lines read as they come, stderr collected.
 */
public final class ConnectorProcess implements AutoCloseable {

  private static final String EOF = new String("<eof>");

  private final Process process;
  private final OutputStream stdin;
  private final LinkedBlockingQueue<String> stdout = new LinkedBlockingQueue<>();
  private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
  private final Thread stdoutPump;
  private final Thread stderrPump;

  private ConnectorProcess(Process process, boolean pumpStdout) {
    this.process = process;
    this.stdin = process.getOutputStream();
    this.stdoutPump = pumpStdout ? pump(process.getInputStream(), stdout::add, true) : null;
    this.stderrPump = pump(process.getErrorStream(), this::addStderr, false);
  }

  private void addStderr(String line) {
    synchronized (stderr) {
      stderr.add(line);
      stderr.notifyAll();
    }
  }

  /** Waits until a stderr line contains {@code text}; false if none did within {@code timeout}. */
  public boolean awaitStderr(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (stderr) {
      while (stderr.stream().noneMatch(l -> l.contains(text))) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        stderr.wait(left);
      }
      return true;
    }
  }

  /** All stderr lines, once the exited process's stderr has been read to its end. */
  public List<String> waitForStderrLines() throws InterruptedException {
    stderrPump.join(10_000);
    return stderr();
  }

  /**
   * Like {@link #start}, but stdout is not read: the test reads {@link #rawStdout()} itself, or
   * stops reading it to stall the connector's output.
   */
  public static ConnectorProcess startUnread(
      Class<?> mainClass, List<String> jvmFlags, Map<String, String> env) throws IOException {
    return new ConnectorProcess(builder(mainClass, jvmFlags, env).start(), false);
  }

  /** The child's stdout, for a process started with {@link #startUnread}. */
  public java.io.InputStream rawStdout() {
    if (stdoutPump != null) {
      throw new IllegalStateException("stdout is read by the pump; use startUnread");
    }
    return process.getInputStream();
  }

  /** Whether the process has exited; waits at most {@code timeout}. */
  public boolean exited(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The exit status, once exited. */
  public int exitValue() {
    return process.exitValue();
  }

  /** Starts {@code mainClass} from the test classpath with extra JVM flags and environment. */
  public static ConnectorProcess start(
      Class<?> mainClass, List<String> jvmFlags, Map<String, String> env) throws IOException {
    return new ConnectorProcess(builder(mainClass, jvmFlags, env).start(), true);
  }

  private static ProcessBuilder builder(
      Class<?> mainClass, List<String> jvmFlags, Map<String, String> env) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("LOG_LEVEL");
    builder.environment().put("LOG_FORMAT", "json");
    builder.environment().putAll(env);
    return builder;
  }

  /** Starts {@link MiniConnector} with default flags. */
  public static ConnectorProcess mini() throws IOException {
    return start(MiniConnector.class, List.of(), Map.of());
  }

  /** Writes one request line. */
  public ConnectorProcess send(String line) throws IOException {
    stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    stdin.flush();
    return this;
  }

  /** Writes raw bytes. */
  public OutputStream stdin() {
    return stdin;
  }

  /** Closes stdin (end of input). */
  public ConnectorProcess closeStdin() throws IOException {
    stdin.close();
    return this;
  }

  /** The next stdout line, or null at end of output; fails after the timeout. */
  // EOF is a sentinel: that very object, not its text, ends the output.
  @SuppressWarnings("ReferenceEquality")
  public String readLine(Duration timeout) throws InterruptedException {
    String line = stdout.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (line == null) {
      throw new AssertionError(
          "no stdout line within " + timeout + "; stderr:\n" + String.join("\n", stderr));
    }
    return line == EOF ? null : line;
  }

  /** Waits for exit and returns the status; fails after the timeout. */
  public int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "connector did not exit within " + timeout + "; stderr:\n" + String.join("\n", stderr));
    }
    if (stdoutPump != null) {
      stdoutPump.join(10_000);
    }
    stderrPump.join(10_000);
    return process.exitValue();
  }

  /** All remaining stdout lines, after exit. */
  public List<String> remainingStdout() {
    List<String> lines = new ArrayList<>();
    stdout.drainTo(lines);
    lines.remove(EOF);
    return lines;
  }

  /** stderr lines so far. */
  public List<String> stderr() {
    synchronized (stderr) {
      return new ArrayList<>(stderr);
    }
  }

  /**
   * Sends SIGTERM. Through the process handle: {@code Process.destroy()} would also close our ends
   * of the child's pipes, which a real runtime does not do.
   */
  public void terminate() {
    process.toHandle().destroy();
  }

  /** The process id. */
  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  private static Thread pump(
      java.io.InputStream in, java.util.function.Consumer<String> sink, boolean markEof) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                  sink.accept(line);
                }
              } catch (IOException e) {
                // The process went away; what was read is kept.
              } finally {
                if (markEof) {
                  sink.accept(EOF);
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
