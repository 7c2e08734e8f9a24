package flowcdk.runtime.protocol;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds and reads the shared protocol fixtures (test-only). */
final class Fixtures {

  private Fixtures() {}

  /** The {@code flow-protocol} fixtures directory. */
  static Path protocolDir() {
    String property = System.getProperty("flowcdk.fixtures");
    if (property != null) {
      Path dir = Path.of(property).resolve("flow-protocol");
      if (Files.isDirectory(dir)) {
        return dir.normalize();
      }
    }
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path dir = at.resolve("shared/fixtures/flow-protocol");
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    return fail(
        "protocol fixtures not found: neither the system property flowcdk.fixtures ("
            + property
            + ") nor any shared/fixtures above "
            + Path.of("").toAbsolutePath()
            + " holds a flow-protocol directory");
  }

  /** The non-empty lines of a fixture file. */
  static List<String> lines(String file) {
    return read(file).lines().filter(line -> !line.isBlank()).toList();
  }

  /** The whole text of a fixture file. */
  static String read(String file) {
    try {
      return Files.readString(protocolDir().resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
