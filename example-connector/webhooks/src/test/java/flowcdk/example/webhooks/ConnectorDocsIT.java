package flowcdk.example.webhooks;

import flowcdk.example.webhooks.testing.FlowSide;
import flowcdk.testing.ConnectorDocsCheck;
import flowcdk.testing.ConnectorJar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/connectors/StoreHooksCapture.md} is what the jar's {@code docs} command prints: its
 * resources are all declared with {@code @Resource}, so no config is needed.
 */
class ConnectorDocsIT {

  @Test
  void theCommittedPageIsCurrent() throws Exception {
    ConnectorDocsCheck.assertCurrent(
        ConnectorJar.at(FlowSide.JAR),
        null,
        Path.of("..", "..", "docs", "connectors", "StoreHooksCapture.md"));
  }
}
