package flowcdk.example.greenhouse;

import static flowcdk.example.greenhouse.testing.GreenhouseJar.JAR;
import static flowcdk.example.greenhouse.testing.GreenhouseJar.pythonRecording;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import flowcdk.testing.Captured;
import flowcdk.testing.ConnectorJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port's {@code spec} and {@code discover} are the Python connector's, as JSON values: the
 * recordings in {@code fixtures/python-connectors}.
 */
class SpecDiscoverIT {

  @Test
  void specIsThePythonConnectors() throws Exception {
    ConnectorJar.Run run = JAR.run("spec");
    assertEquals(0, run.status(), run.err());
    JsonNode ours = Captured.parse(run.out().get(0)).get("spec");
    assertEquals(pythonRecording("greenhouse-spec.json").get(0), ours);
  }

  /**
   * Every binding is the Python connector's, but for {@code resourcePath}: Flow's protocol field,
   * which the kit fills (the resource's name) and the Python CDK leaves to the runtime.
   */
  @Test
  void discoverIsThePythonConnectors(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("config.json");
    Files.writeString(
        config, "{\"credentials\": {\"client_id\": \"id\", \"client_secret\": \"secret\"}}");
    ConnectorJar.Run run = JAR.run("discover", "--config", config.toString(), "--json");
    assertEquals(0, run.status(), run.err());

    List<JsonNode> bindings = new ArrayList<>();
    for (JsonNode binding : Captured.parse(run.out().get(0)).get("discovered").get("bindings")) {
      ObjectNode copy = binding.deepCopy();
      JsonNode path = copy.remove("resourcePath");
      assertEquals(
          JsonNodeFactory.instance.arrayNode().add(binding.get("recommendedName").asText()),
          path,
          "the resource path of " + binding.get("recommendedName"));
      bindings.add(copy);
    }
    // The Python connector's snapshot test sorts the bindings by name.
    bindings.sort(Comparator.comparing(b -> b.get("recommendedName").asText()));
    JsonNode python = pythonRecording("greenhouse-discover.json");
    assertEquals(python.size(), bindings.size(), "the number of bindings");
    for (int i = 0; i < bindings.size(); i++) {
      assertEquals(python.get(i), bindings.get(i), "binding " + i);
    }
  }
}
