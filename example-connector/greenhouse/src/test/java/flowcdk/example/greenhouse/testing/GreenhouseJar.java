package flowcdk.example.greenhouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.testing.Captured;
import flowcdk.testing.ConnectorJar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** This module's jar, and the Python connector's recordings it is compared with. */
public final class GreenhouseJar {

  /** {@code target/source-greenhouse.jar}, which {@code mvn package} builds. */
  public static final ConnectorJar JAR =
      ConnectorJar.at(Path.of("target", "source-greenhouse.jar"));

  private GreenhouseJar() {}

  /** A recording of the Python connector ({@code fixtures/python-connectors/<file>}). */
  public static JsonNode pythonRecording(String file) {
    try (InputStream in = GreenhouseJar.class.getResourceAsStream("/python-connectors/" + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "no python-connectors/"
                + file
                + " on the test class path: the pom's <testResources>"
                + " copy it from fixtures/python-connectors");
      }
      return Captured.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
