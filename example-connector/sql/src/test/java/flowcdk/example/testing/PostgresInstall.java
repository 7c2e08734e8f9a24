package flowcdk.example.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the binaries of PostgreSQL's Debian packages ({@code /usr/lib/postgresql/<version>/bin}),
 * installing the {@code postgresql} package with apt-get when they are missing and the JVM is root.
 */
final class PostgresInstall {

  private static final Path ROOT = Path.of("/usr/lib/postgresql");
  private static final String INSTALL =
      "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql";

  private PostgresInstall() {}

  /**
   * The {@code bin} directory of the highest PostgreSQL version installed, installing one first if
   * there is none.
   *
   * @throws IllegalStateException if there is none and it cannot be installed; the message names
   *     the command that installs it
   */
  static synchronized Path binDirectory() {
    Optional<Path> found = find();
    if (found.isPresent()) {
      return found.get();
    }
    if (!Commands.isRoot()) {
      throw new IllegalStateException(
          "The tests need a PostgreSQL server and none is installed under "
              + ROOT
              + ". They install it themselves only when run as root; install it with: sudo sh -c '"
              + INSTALL
              + "'");
    }
    log("no PostgreSQL under " + ROOT + "; installing the Debian package: " + INSTALL);
    try {
      log(Commands.run(List.of("apt-get", "update"), null, Duration.ofMinutes(5)));
      // `env` sets DEBIAN_FRONTEND for apt-get alone: no debconf questions.
      log(
          Commands.run(
              List.of(
                  "env",
                  "DEBIAN_FRONTEND=noninteractive",
                  "apt-get",
                  "install",
                  "-y",
                  "--no-install-recommends",
                  "postgresql"),
              null,
              Duration.ofMinutes(15)));
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Installing PostgreSQL failed; install it yourself with: "
              + INSTALL
              + "\n"
              + e.getMessage(),
          e);
    }
    return find()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "apt-get installed postgresql but no server binaries appeared under "
                        + ROOT
                        + "; run: "
                        + INSTALL));
  }

  /**
   * The highest version's {@code bin} directory holding {@code postgres}, {@code initdb} and {@code
   * pg_ctl}.
   */
  static Optional<Path> find() {
    if (!Files.isDirectory(ROOT)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(ROOT)) {
      return versions
          .filter(dir -> dir.getFileName().toString().matches("\\d+(\\.\\d+)?"))
          .map(dir -> dir.resolve("bin"))
          .filter(
              bin ->
                  Stream.of("postgres", "initdb", "pg_ctl")
                      .allMatch(b -> Files.isExecutable(bin.resolve(b))))
          .max(
              Comparator.comparingDouble(
                  bin -> Double.parseDouble(bin.getParent().getFileName().toString())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Logs a line to stderr, where surefire keeps it in the test report. */
  static void log(String message) {
    System.err.println("[PostgresServer] " + message.strip());
  }
}
