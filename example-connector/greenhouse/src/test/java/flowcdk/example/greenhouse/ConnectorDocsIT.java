package flowcdk.example.greenhouse;

import flowcdk.example.greenhouse.testing.GreenhouseJar;
import flowcdk.testing.ConnectorDocsCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/connectors/GreenhouseCapture.md} is what the jar's {@code docs} command prints: the
 * processor's page and the 44 bindings {@code discover} offers (it needs no request to the API).
 */
class ConnectorDocsIT {

  @Test
  void theCommittedPageIsCurrent(@TempDir Path dir) throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("config.json"),
            "{\"credentials\": {\"credentials_title\": \"Client Credentials\", \"client_id\":"
                + " \"docs-id\", \"client_secret\": \"docs-secret\"}}");
    ConnectorDocsCheck.assertCurrent(
        GreenhouseJar.JAR,
        config,
        Path.of("..", "..", "docs", "connectors", "GreenhouseCapture.md"));
  }
}
