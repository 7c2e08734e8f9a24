package flowcdk.example;

import flowcdk.example.testing.Jars;
import flowcdk.testing.ConnectorDocsCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/connectors/SqlCapture.md} is what the jar's {@code docs} command prints: the
 * processor's page, and the tables {@code discover} finds in the demo database (created in a
 * temporary folder), since the connector's resources are found at run time.
 */
class ConnectorDocsIT {

  @Test
  void theCommittedPageIsCurrent(@TempDir Path dir) throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("demo-config.json"),
            "{\"jdbc_url\": \"jdbc:h2:"
                + dir.resolve("shop").toAbsolutePath()
                + ";DATABASE_TO_LOWER=TRUE\", \"seed_demo_data\": true}");
    ConnectorDocsCheck.assertCurrent(
        Jars.SQL, config, Path.of("..", "..", "docs", "connectors", "SqlCapture.md"));
  }
}
