package flowcdk.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The named normalization rules applied before comparing our schema with victools'. Each is a
 * documented deviation (see the table in {@link SchemaAgreementTest}) with its own test in {@link
 * DeviationsTest}. Everything else that differs from victools' defaults is expressed as victools
 * configuration in {@link VictoolsOracle} instead.
 */
final class SchemaDeviations {

  private SchemaDeviations() {}

  /** {@code root-self-reference}, applied to our schema. */
  static final String ROOT_SELF_REFERENCE = "root-self-reference";

  /** Our schema with every rule applied. */
  static JsonNode normalizeOurs(JsonNode ours) {
    return rootSelfReference(ours.deepCopy());
  }

  /**
   * {@value #ROOT_SELF_REFERENCE}: a model that refers to itself is, in our schema, the root plus a
   * copy of itself under {@code $defs} that the self-references point to; victools points them at
   * the root ({@code "$ref": "#"}). Replaces references to a {@code $defs} entry equal to the root
   * (without its {@code $defs}) by {@code "#"} and drops the entry.
   */
  static JsonNode rootSelfReference(JsonNode schema) {
    if (!(schema instanceof ObjectNode root) || !(root.get("$defs") instanceof ObjectNode defs)) {
      return schema;
    }
    ObjectNode withoutDefs = root.deepCopy();
    withoutDefs.remove("$defs");
    List<String> copies = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : defs.properties()) {
      if (entry.getValue().equals(withoutDefs)) {
        copies.add(entry.getKey());
      }
    }
    for (String key : copies) {
      defs.remove(key);
      replaceRefs(root, "#/$defs/" + key, "#");
    }
    if (defs.isEmpty()) {
      root.remove("$defs");
    }
    return root;
  }

  private static void replaceRefs(JsonNode node, String from, String to) {
    if (node instanceof ObjectNode object) {
      if (from.equals(object.path("$ref").asText(null))) {
        object.put("$ref", to);
      }
      object.elements().forEachRemaining(child -> replaceRefs(child, from, to));
    } else if (node instanceof ArrayNode array) {
      array.elements().forEachRemaining(child -> replaceRefs(child, from, to));
    }
  }
}
