package flowcdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates captured documents against the document schemas discovery returned, with a real JSON
 * Schema validator (networknt, draft 2020-12, formats asserted).
 */
public final class SchemaCheck {

  private final Map<String, JsonSchema> schemas = new LinkedHashMap<>();

  /** The schemas of a {@code discover --json} output line, by recommended name. */
  public SchemaCheck(String discoveredLine) {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    for (JsonNode binding : Captured.parse(discoveredLine).get("discovered").get("bindings")) {
      schemas.put(
          binding.get("recommendedName").asText(),
          factory.getSchema(binding.get("documentSchema"), config));
    }
  }

  /** The binding names, in discovery order. */
  public List<String> names() {
    return List.copyOf(schemas.keySet());
  }

  /**
   * Asserts every document validates against binding {@code name}'s schema; returns how many were
   * checked.
   */
  public int assertValid(String name, List<JsonNode> documents) {
    JsonSchema schema = schemas.get(name);
    List<String> problems = new ArrayList<>();
    for (JsonNode document : documents) {
      Set<ValidationMessage> messages = schema.validate(document);
      if (!messages.isEmpty()) {
        problems.add(document + ": " + messages);
      }
    }
    assertEquals(
        List.of(),
        problems.subList(0, Math.min(5, problems.size())),
        problems.size() + " documents of " + name + " do not match its schema");
    return documents.size();
  }
}
