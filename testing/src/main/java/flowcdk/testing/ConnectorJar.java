package flowcdk.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A shaded connector jar, run as a child process ({@code java -Xmx256m -jar <jar> ...}), with its
 * output kept for assertions; or any main class that speaks the protocol, on a class path.
 */
public final class ConnectorJar {

  private final Path jar;
  private final List<String> launcher;

  private ConnectorJar(Path jar, List<String> launcher) {
    this.jar = jar;
    this.launcher = List.copyOf(launcher);
  }

  /**
   * The jar at {@code jar}, e.g. {@code target/example-sql.jar}, which {@code mvn package} builds.
   */
  public static ConnectorJar at(Path jar) {
    return new ConnectorJar(jar, List.of(java(), "-Xmx256m", "-jar", jar.toString()));
  }

  /**
   * The connector whose entry point is {@code mainClass} on {@code classPath}, run as {@code java
   * -Xmx256m -cp <classPath> <mainClass> ...}: a connector before it is shaded, or a test double.
   */
  public static ConnectorJar mainClass(String mainClass, String classPath) {
    return new ConnectorJar(null, List.of(java(), "-Xmx256m", "-cp", classPath, mainClass));
  }

  /** Where the jar is; null for a {@link #mainClass} connector. */
  public Path path() {
    return jar;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** What one run printed and returned. */
  public record Run(int status, List<String> out, String err) {}

  /** Runs the jar with {@code args} and stdin closed, until it exits. */
  public Run run(String... args) throws Exception {
    Session session = start(args);
    return session.awaitExit(Duration.ofMinutes(2));
  }

  /** Starts the jar with {@code args}; stdin stays open until it is stopped or awaited. */
  public Session start(String... args) throws IOException {
    return start(Map.of(), args);
  }

  /**
   * Starts the jar with {@code args} and the environment variables {@code env} added; {@code
   * LOG_FORMAT} and {@code LOG_LEVEL} are removed unless {@code env} sets them.
   */
  public Session start(Map<String, String> env, String... args) throws IOException {
    assertTrue(
        jar == null || Files.exists(jar), () -> "run `mvn package` first: " + jar.toAbsolutePath());
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("LOG_FORMAT");
    builder.environment().remove("LOG_LEVEL");
    builder.environment().putAll(env);
    return new Session(builder.start());
  }

  /**
   * A running jar: its stdout and stderr lines as they come (kept here, never printed; failure
   * messages include stderr).
   */
  public static final class Session {
    private final Process process;
    private final Thread outPump;
    private final Thread errPump;

    /** Guards the lines, the open-stream count and the change count; notified at each change. */
    private final Object lock = new Object();

    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private int openStreams = 2;
    private long changes;

    Session(Process process) {
      this.process = process;
      this.outPump = pump(process.getInputStream(), out);
      this.errPump = pump(process.getErrorStream(), err);
    }

    private Thread pump(InputStream stream, List<String> lines) {
      Thread thread =
          new Thread(
              () -> {
                try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                  for (String line; (line = reader.readLine()) != null; ) {
                    synchronized (lock) {
                      lines.add(line);
                      changes++;
                      lock.notifyAll();
                    }
                  }
                } catch (IOException e) {
                  // The process went away: what was read is kept.
                } finally {
                  synchronized (lock) {
                    openStreams--;
                    changes++;
                    lock.notifyAll();
                  }
                }
              },
              "connector-jar-pump");
      thread.setDaemon(true);
      thread.start();
      return thread;
    }

    /** Writes one line to stdin. */
    public Session send(String line) throws IOException {
      process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().flush();
      return this;
    }

    /** The stdout lines so far. */
    public List<String> out() {
      synchronized (lock) {
        return List.copyOf(out);
      }
    }

    /** The stderr lines so far. */
    public List<String> err() {
      synchronized (lock) {
        return List.copyOf(err);
      }
    }

    /**
     * Waits until the stdout lines so far satisfy {@code condition}; see {@link #await(BiPredicate,
     * Duration, String)}.
     */
    public void await(Predicate<List<String>> condition, Duration timeout, String what)
        throws InterruptedException {
      await((outLines, errLines) -> condition.test(outLines), timeout, what);
    }

    /**
     * Waits until the stdout and stderr lines so far satisfy {@code condition}, testing it again at
     * each new line. Fails if the connector closes its output first, or after {@code timeout},
     * which only keeps a broken connector from hanging the build.
     */
    public void await(
        BiPredicate<List<String>, List<String>> condition, Duration timeout, String what)
        throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        List<String> outLines;
        List<String> errLines;
        boolean ended;
        long seen;
        synchronized (lock) {
          outLines = List.copyOf(out);
          errLines = List.copyOf(err);
          ended = openStreams == 0;
          seen = changes;
        }
        if (condition.test(outLines, errLines)) {
          return;
        }
        if (ended) {
          throw new AssertionError(
              "the connector closed its output before "
                  + what
                  + " ("
                  + (process.isAlive() ? "still running" : "exit status " + process.exitValue())
                  + ", "
                  + outLines.size()
                  + " stdout lines); stderr:\n"
                  + String.join("\n", errLines));
        }
        synchronized (lock) {
          while (changes == seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
              throw new AssertionError(
                  "timed out after "
                      + timeout
                      + " waiting for "
                      + what
                      + " ("
                      + out.size()
                      + " stdout lines); stderr:\n"
                      + String.join("\n", err));
            }
            lock.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
          }
        }
      }
    }

    /** Asks it to stop (SIGTERM: a graceful stop) and waits for it to exit. */
    public Run terminate() throws Exception {
      process.toHandle().destroy();
      return awaitExit(Duration.ofMinutes(1));
    }

    /** Kills it at once (SIGKILL), as a crash would. */
    public Run kill() throws Exception {
      process.toHandle().destroyForcibly();
      return awaitExit(Duration.ofMinutes(1));
    }

    /** Waits for it to exit on its own. */
    public Run awaitExit(Duration timeout) throws Exception {
      process.getOutputStream().close();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "the connector did not exit within "
                + timeout
                + "; stderr:\n"
                + String.join("\n", err()));
      }
      outPump.join(30_000);
      errPump.join(30_000);
      StringBuilder stderr = new StringBuilder();
      err().forEach(line -> stderr.append(line).append('\n'));
      return new Run(process.exitValue(), out(), stderr.toString());
    }
  }
}
