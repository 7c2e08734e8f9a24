package flowcdk.example.testing;

import flowcdk.testing.ConnectorJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The jar of this module, which {@code mvn package} builds, and its demo config. */
public final class Jars {

  /** {@code target/example-sql.jar}. */
  public static final ConnectorJar SQL = ConnectorJar.at(Path.of("target", "example-sql.jar"));

  private Jars() {}

  /**
   * Writes {@code dir/config.json}: the embedded demo database in {@code dir}, created and filled
   * by the connector on first use, read {@code pageSize} rows per query.
   */
  public static Path demoConfig(Path dir, int pageSize) throws IOException {
    return Files.writeString(
        dir.resolve("config.json"),
        "{\"jdbc_url\": \"jdbc:h2:"
            + dir.resolve("shop").toAbsolutePath()
            + ";DATABASE_TO_LOWER=TRUE\", \"seed_demo_data\": true, \"page_size\": "
            + pageSize
            + "}");
  }
}
