package flowcdk.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.processor.schema.corpus.greenhouse.EndpointConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java model of source-greenhouse-native's endpoint config has the Python connector's config
 * schema ({@code python-connectors/greenhouse-spec.json}, {@code configSchema}).
 */
class GreenhouseSchemaTest {

  private static JsonNode fixture() throws Exception {
    JsonNode spec = VictoolsOracle.MAPPER.readTree(Fixtures.read("greenhouse-spec.json"));
    return (spec.isArray() ? spec.get(0) : spec).get("configSchema");
  }

  private static JsonNode ours() throws Exception {
    return VictoolsOracle.MAPPER.readTree(ProcessorSchemas.schemaJson(EndpointConfig.class));
  }

  /**
   * Properties, types, formats, required, secret and order of every object schema, as the fixture
   * has them.
   */
  @Test
  void sameShapeAsThePythonConnector() throws Exception {
    assertEquals(aspects(fixture()), aspects(ours()));
  }

  /** Beyond the aspects above, the whole config schema is the same JSON value. */
  @Test
  void sameConfigSchemaAsThePythonConnector() throws Exception {
    JsonNode fixture = fixture();
    JsonNode ours = ours();
    assertEquals(
        fixture,
        ours,
        () -> "first difference at " + JsonDiff.firstDifference(ours, fixture).orElse("?"));
  }

  /**
   * One line per compared aspect, e.g. {@code
   * /$defs/GreenhouseClientCredentials/properties/client_id secret=true}.
   */
  private static List<String> aspects(JsonNode schema) {
    List<String> out = new ArrayList<>();
    collect("", schema, out);
    java.util.Collections.sort(out);
    return out;
  }

  private static void collect(String path, JsonNode node, List<String> out) {
    if (!node.isObject()) {
      return;
    }
    for (String keyword : List.of("type", "format", "required", "secret", "order", "$ref")) {
      if (node.has(keyword)) {
        out.add(path + " " + keyword + "=" + node.get(keyword));
      }
    }
    if (node.has("properties")) {
      List<String> names = new ArrayList<>();
      node.get("properties").fieldNames().forEachRemaining(names::add);
      out.add(path + " properties=" + names);
    }
    for (Map.Entry<String, JsonNode> child : node.properties()) {
      if (child.getKey().equals("properties") || child.getKey().equals("$defs")) {
        child
            .getValue()
            .properties()
            .forEach(
                e -> collect(path + "/" + child.getKey() + "/" + e.getKey(), e.getValue(), out));
      }
    }
  }
}
