package flowcdk.example.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import flowcdk.example.webhooks.testing.FlowSide;
import flowcdk.testing.ConnectorJar;
import flowcdk.testing.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the jar's discovery proposes: one binding per webhook rule, keyed on the webhook id. */
class DiscoverIT {

  @Test
  void everyRuleIsABindingWithTheWebhookKeyConfigAndMeta() throws Exception {
    ConnectorJar.Session session = ConnectorJar.at(FlowSide.JAR).start();
    session.send("{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{}}}");
    session.await(
        lines -> lines.stream().anyMatch(line -> line.startsWith("{\"discovered\"")),
        Duration.ofMinutes(2),
        "the discovered bindings");
    String line =
        session.out().stream().filter(l -> l.startsWith("{\"discovered\"")).findFirst().get();
    session.awaitExit(Duration.ofMinutes(1));
    JsonNode bindings = new ObjectMapper().readTree(line).get("discovered").get("bindings");

    List<String> configs = new ArrayList<>();
    for (JsonNode binding : bindings) {
      assertEquals("[\"/_meta/webhookId\"]", binding.get("key").toString());
      configs.add(binding.get("resourceConfig").toString());
    }
    assertEquals(
        List.of(
            "{\"name\":\"orders\",\"match_rule\":{\"value\":\"/orders/{shop}\",\"type\":\"url\"}}",
            "{\"name\":\"app_events_install\",\"match_rule\":{\"value\":\"install\",\"key\":\"event_type\",\"type\":\"body\"}}",
            "{\"name\":\"app_events_uninstall\",\"match_rule\":{\"value\":\"uninstall\",\"key\":\"event_type\",\"type\":\"body\"}}",
            "{\"name\":\"deliveries\",\"match_rule\":{\"value\":\"delivery\",\"key\":\"X-Event-Type\",\"type\":\"header\"}}",
            "{\"name\":\"everything_else\",\"match_rule\":{\"value\":\"*\",\"type\":\"url\"}}"),
        configs);
    JsonNode orders = bindings.get(0).get("documentSchema");
    assertEquals("[\"_meta\",\"id\",\"total\"]", orders.get("required").toString());
    assertEquals(
        "[\"op\",\"webhookId\",\"receivedAt\",\"headers\",\"reqPath\"]",
        orders.get("properties").get("_meta").get("required").toString());
  }

  /**
   * Spec and discover, whole, against their snapshots (the test kit's approve-on-first-run files).
   */
  @Test
  void specAndDiscoverMatchTheirSnapshots(@TempDir Path dir) throws Exception {
    ConnectorJar jar = ConnectorJar.at(FlowSide.JAR);
    Path snapshots = Path.of("src", "test", "resources", "snapshots");
    Snapshot.assertSpec(jar, snapshots.resolve("spec.json"));
    Path config = Files.writeString(dir.resolve("config.json"), "{}");
    Snapshot.assertDiscover(jar, config, Map.of(), snapshots.resolve("discover.json"));
  }
}
