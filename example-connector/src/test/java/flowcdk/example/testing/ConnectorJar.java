package flowcdk.example.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The shaded connector jar, run as a child process ({@code java -jar target/example-connector.jar
 * ...}).
 */
public final class ConnectorJar {

  /** The jar {@code mvn package} builds. */
  public static final Path JAR = Path.of("target", "example-connector.jar");

  private ConnectorJar() {}

  /** What one run printed and returned. */
  public record Run(int status, List<String> out, String err) {}

  /** Runs the jar with {@code args} and stdin closed, until it exits. */
  public static Run run(String... args) throws Exception {
    Session session = start(args);
    return session.awaitExit(Duration.ofMinutes(2));
  }

  /** Starts the jar with {@code args}; stdin stays open until it is stopped or awaited. */
  public static Session start(String... args) throws IOException {
    assertTrue(Files.exists(JAR), "run `mvn package` first: " + JAR.toAbsolutePath());
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("LOG_FORMAT");
    return new Session(builder.start());
  }

  /** A running jar: its stdout lines as they come, its stderr collected. */
  public static final class Session {
    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> outDone;
    private final CompletableFuture<String> err;

    Session(Process process) {
      this.process = process;
      this.outDone =
          CompletableFuture.runAsync(
              () -> {
                try (BufferedReader reader =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = reader.readLine()) != null; ) {
                    out.add(line);
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      this.err =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return new String(
                      process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }

    /** Writes one line to stdin. */
    public Session send(String line) throws IOException {
      process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().flush();
      return this;
    }

    /** The stdout lines so far. */
    public List<String> out() {
      return List.copyOf(out);
    }

    /**
     * Waits until the stdout lines so far satisfy {@code condition}; fails after {@code timeout}.
     */
    public void await(Predicate<List<String>> condition, Duration timeout, String what)
        throws Exception {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!condition.test(out())) {
        if (!process.isAlive() && outDone.isDone() && !condition.test(out())) {
          throw new AssertionError(
              "the connector exited ("
                  + process.exitValue()
                  + ") before "
                  + what
                  + "; stderr:\n"
                  + err.getNow(""));
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "timed out waiting for " + what + " after " + out.size() + " lines");
        }
        Thread.sleep(20);
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
      assertTrue(
          process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS), "the connector did not exit");
      outDone.get(30, TimeUnit.SECONDS);
      return new Run(process.exitValue(), out(), err.get(30, TimeUnit.SECONDS));
    }
  }
}
