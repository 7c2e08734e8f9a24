package flowcdk.processor.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the recorded fixtures under {@code fixtures/python-connectors} at the repository root,
 * which this module's {@code pom.xml} puts on the test classpath (see {@code fixtures/README.md}).
 */
final class Fixtures {

  private static final String FOLDER = "/fixtures/python-connectors/";

  private Fixtures() {}

  /** The whole text of fixture {@code file} (a name inside {@code fixtures/python-connectors}). */
  static String read(String file) {
    try (InputStream in = Fixtures.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "fixture "
                + FOLDER.substring(1)
                + file
                + " is not on the test classpath: check the file exists in the repository and"
                + " that this module's pom.xml lists ../fixtures/python-connectors under <testResources>");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading fixture " + FOLDER.substring(1) + file, e);
    }
  }

  /** The non-blank lines of fixture {@code file}. */
  static List<String> lines(String file) {
    return read(file).lines().filter(line -> !line.isBlank()).toList();
  }
}
