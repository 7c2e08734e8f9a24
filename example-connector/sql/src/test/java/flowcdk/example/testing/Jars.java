package flowcdk.example.testing;

import flowcdk.testing.ConnectorJar;
import java.nio.file.Path;

/** The jar of this module, which {@code mvn package} builds. */
public final class Jars {

  /** {@code target/example-sql.jar}. */
  public static final ConnectorJar SQL = ConnectorJar.at(Path.of("target", "example-sql.jar"));

  private Jars() {}
}
