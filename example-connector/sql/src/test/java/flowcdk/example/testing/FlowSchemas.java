package flowcdk.example.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import flowcdk.testing.Captured;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The collection schemas Flow would hold while a capture runs, as a model of how it applies {@code
 * sourcedSchema} responses: each binding starts with its discovered schema, and each sourced schema
 * committed in a transaction widens it by union, so a document is valid if its binding's discovered
 * schema, or any sourced schema committed in its own or an earlier transaction, accepts it.
 * Validation is by a real JSON Schema validator (networknt, draft 2020-12, formats asserted).
 */
public final class FlowSchemas {

  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private final SchemaValidatorsConfig config =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private final Map<Integer, List<JsonSchema>> held = new LinkedHashMap<>();
  private final Map<Integer, List<JsonNode>> sourced = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private int checked;

  /** The discovered schemas of a {@code discover --json} line, by binding index. */
  public FlowSchemas(String discoveredLine) {
    int index = 0;
    for (JsonNode binding : Captured.parse(discoveredLine).get("discovered").get("bindings")) {
      List<JsonSchema> schemas = new ArrayList<>();
      schemas.add(factory.getSchema(binding.get("documentSchema"), config));
      held.put(index++, schemas);
    }
  }

  /**
   * Checks the documents of a session's stdout {@code lines} transaction by transaction (the lines
   * up to each checkpoint): first the transaction's sourced schemas are added, then every document
   * must validate against one of its binding's schemas.
   */
  public void check(List<String> lines) {
    List<JsonNode> transaction = new ArrayList<>();
    for (String line : lines) {
      JsonNode node = Captured.parse(line);
      transaction.add(node);
      if (node.has("checkpoint")) {
        commit(transaction);
        transaction.clear();
      }
    }
    commit(transaction); // documents of an unfinished transaction are checked all the same
  }

  private void commit(List<JsonNode> transaction) {
    for (JsonNode node : transaction) {
      if (node.has("sourcedSchema")) {
        int binding = node.get("sourcedSchema").get("binding").asInt();
        JsonNode schema = node.get("sourcedSchema").get("schema_json");
        held.get(binding).add(factory.getSchema(schema, config));
        sourced.computeIfAbsent(binding, b -> new ArrayList<>()).add(schema);
      }
    }
    for (JsonNode node : transaction) {
      if (node.has("captured")) {
        int binding = node.get("captured").get("binding").asInt();
        JsonNode document = node.get("captured").get("doc");
        checked++;
        List<String> messages = new ArrayList<>();
        boolean valid = false;
        for (JsonSchema schema : held.get(binding)) {
          Set<ValidationMessage> found = schema.validate(document);
          valid |= found.isEmpty();
          messages.add(found.toString());
        }
        if (!valid) {
          problems.add("binding " + binding + ": " + document + ": " + messages);
        }
      }
    }
  }

  /** The documents that no schema held at their commit accepts (with each schema's messages). */
  public List<String> problems() {
    return problems;
  }

  /** How many documents were checked. */
  public int checked() {
    return checked;
  }

  /** The sourced schemas of binding {@code index} so far, in order. */
  public List<JsonNode> sourced(int index) {
    return sourced.getOrDefault(index, List.of());
  }
}
