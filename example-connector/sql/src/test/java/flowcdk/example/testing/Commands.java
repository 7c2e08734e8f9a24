package flowcdk.example.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the external commands the PostgreSQL test server needs, as root or as the current user. */
final class Commands {

  /** The system user PostgreSQL runs as when the JVM is root (Debian's package creates it). */
  static final String SERVER_USER = "postgres";

  private static volatile Boolean root;

  private Commands() {}

  /**
   * Whether the JVM runs as root: PostgreSQL refuses to, so it is then run as {@link #SERVER_USER}.
   */
  static boolean isRoot() {
    Boolean known = root;
    if (known == null) {
      known = "root".equals(System.getProperty("user.name")) || "0".equals(idU());
      root = known;
    }
    return known;
  }

  private static String idU() {
    try {
      return run(List.of("id", "-u"), null, Duration.ofSeconds(10)).strip();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /**
   * The command line that runs {@code command} as the user PostgreSQL runs as: {@code runuser -u
   * postgres -- command} when the JVM is root, the command itself otherwise.
   */
  static List<String> asServerUser(List<String> command) {
    if (!isRoot()) {
      return command;
    }
    List<String> full = new ArrayList<>(List.of("runuser", "-u", SERVER_USER, "--"));
    full.addAll(command);
    return full;
  }

  /**
   * Runs a command to its end and returns its output (stdout and stderr together).
   *
   * @throws IllegalStateException if it cannot start, exits non-zero or outlives {@code timeout};
   *     the message names the command and holds its output
   */
  static String run(List<String> command, Path directory, Duration timeout) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C");
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot run `" + String.join(" ", command) + "`: " + e.getMessage(), e);
    }
    try {
      process.getOutputStream().close();
      OutputReader output = new OutputReader(process.getInputStream());
      output.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "`"
                + String.join(" ", command)
                + "` did not finish within "
                + timeout
                + ":\n"
                + output.text());
      }
      output.join(5_000);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "`"
                + String.join(" ", command)
                + "` failed with exit code "
                + process.exitValue()
                + ":\n"
                + output.text());
      }
      return output.text();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException(
          "interrupted while running `" + String.join(" ", command) + "`", e);
    }
  }

  /**
   * Drains a process's output on its own thread, so that a chatty command never blocks on a full
   * pipe.
   */
  private static final class OutputReader extends Thread {
    private final InputStream in;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    OutputReader(InputStream in) {
      super("command-output");
      setDaemon(true);
      this.in = in;
    }

    @Override
    public void run() {
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          synchronized (bytes) {
            bytes.write(buffer, 0, n);
          }
        }
      } catch (IOException e) {
        // The process is gone; what was read is all there is.
      }
    }

    String text() {
      synchronized (bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
      }
    }
  }
}
