package flowcdk.common.twins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the recorded fixtures under {@code fixtures/python-cdk-runs} and {@code
 * fixtures/python-connectors} at the repository root, which this module's {@code pom.xml} puts on
 * the test classpath (see {@code fixtures/README.md}).
 */
public final class Fixtures {

  private static final String FOLDER = "/fixtures/python-cdk-runs/";

  private static final String CONNECTORS = "/fixtures/python-connectors/";

  private Fixtures() {}

  /** The whole text of fixture {@code file} (a name inside {@code fixtures/python-cdk-runs}). */
  public static String read(String file) {
    return read(FOLDER, file);
  }

  /**
   * The whole text of fixture {@code file} of a real connector (a name inside {@code
   * fixtures/python-connectors}).
   */
  public static String connector(String file) {
    return read(CONNECTORS, file);
  }

  private static String read(String folder, String file) {
    try (InputStream in = Fixtures.class.getResourceAsStream(folder + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "fixture "
                + folder.substring(1)
                + file
                + " is not on the test classpath: check the file exists in the repository and"
                + " that this module's pom.xml lists .."
                + folder.substring(0, folder.length() - 1)
                + " under <testResources>");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading fixture " + folder.substring(1) + file, e);
    }
  }

  /** The non-blank lines of fixture {@code file}. */
  public static List<String> lines(String file) {
    return read(file).lines().filter(line -> !line.isBlank()).toList();
  }
}
