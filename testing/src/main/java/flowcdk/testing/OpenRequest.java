package flowcdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import flowcdk.runtime.json.MergePatch;
import flowcdk.runtime.json.RawJson;
import java.util.List;

/**
 * Builds the Open request Flow would send for the bindings a discovery proposed, and reduces the
 * checkpoints a session printed into the state the next Open carries, as Flow does.
 */
public final class OpenRequest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenRequest() {}

  /**
   * {@code {"open":...}} for every binding of {@code discoveredLine}, with each resource config's
   * interval set to {@code interval} (null: as discovered), state key = resource path joined with
   * dots.
   */
  public static String of(String discoveredLine, String config, String interval, String state) {
    ObjectNode capture = JSON.createObjectNode();
    capture.put("name", "acme/capture");
    capture.put("connectorType", "IMAGE");
    capture.set("config", Captured.parse(config));
    ArrayNode bindings = capture.putArray("bindings");
    for (JsonNode discovered : Captured.parse(discoveredLine).get("discovered").get("bindings")) {
      ObjectNode binding = bindings.addObject();
      ObjectNode resourceConfig = ((ObjectNode) discovered.get("resourceConfig")).deepCopy();
      if (interval != null) {
        resourceConfig.put("interval", interval);
      }
      binding.set("resourceConfig", resourceConfig);
      binding.set("resourcePath", discovered.get("resourcePath"));
      ObjectNode collection = binding.putObject("collection");
      collection.put("name", "acme/" + discovered.get("recommendedName").asText());
      collection.set("key", discovered.get("key"));
      collection.set("writeSchema", discovered.get("documentSchema"));
      StringBuilder stateKey = new StringBuilder();
      discovered
          .get("resourcePath")
          .forEach(p -> stateKey.append(stateKey.length() == 0 ? "" : ".").append(p.asText()));
      binding.put("stateKey", stateKey.toString());
    }
    ObjectNode open = JSON.createObjectNode();
    ObjectNode body = open.putObject("open");
    body.set("capture", capture);
    body.set("state", Captured.parse(state));
    return open.toString();
  }

  /** {@code state} with every checkpoint of {@code lines} applied in order. */
  public static String reduce(String state, List<String> lines) {
    RawJson reduced = RawJson.parse(state);
    for (String line : lines) {
      JsonNode node = Captured.parse(line);
      if (node.has("checkpoint")) {
        JsonNode update = node.get("checkpoint").get("state");
        RawJson updated = RawJson.parse(update.get("updated").toString());
        reduced =
            update.path("mergePatch").asBoolean(false)
                ? MergePatch.apply(reduced, updated)
                : updated;
      }
    }
    return reduced.toString();
  }
}
