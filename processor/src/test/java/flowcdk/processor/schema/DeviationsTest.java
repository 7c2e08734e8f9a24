package flowcdk.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import flowcdk.processor.schema.corpus.Forest;
import flowcdk.processor.schema.corpus.MetaWithDescription;
import flowcdk.processor.schema.corpus.TreeNode;
import flowcdk.processor.schema.corpus.deviation.Gadget;
import org.junit.jupiter.api.Test;

/** One test per deviation of the table in {@link SchemaAgreementTest}. */
class DeviationsTest {

  private static final VictoolsOracle ORACLE = new VictoolsOracle();

  private static JsonNode ours(Class<?> model) throws Exception {
    return VictoolsOracle.MAPPER.readTree(ProcessorSchemas.schemaJson(model));
  }

  /** root-self-reference: ours repeats the root under $defs; victools refers to "#". */
  @Test
  void rootSelfReference() throws Exception {
    JsonNode ours = ours(TreeNode.class);
    JsonNode theirs = ORACLE.schema(TreeNode.class);
    assertEquals("#/$defs/TreeNode", ours.at("/properties/parent/$ref").asText());
    assertEquals("#/$defs/TreeNode", ours.at("/properties/children/items/$ref").asText());
    ObjectNode rootWithoutDefs = ((ObjectNode) ours).deepCopy();
    rootWithoutDefs.remove("$defs");
    assertEquals(
        rootWithoutDefs, ours.at("/$defs/TreeNode"), "the $defs entry is a copy of the root");
    assertEquals("#", theirs.at("/properties/parent/$ref").asText());
    assertNotEquals(theirs, ours);
    assertEquals(theirs, SchemaDeviations.rootSelfReference(ours.deepCopy()));
  }

  /** root-self-reference does not touch recursion below the root: both sides use $defs there. */
  @Test
  void rootSelfReferenceLeavesNestedRecursionAlone() throws Exception {
    JsonNode ours = ours(Forest.class);
    assertEquals(ours, SchemaDeviations.rootSelfReference(ours.deepCopy()));
    assertEquals(ORACLE.schema(Forest.class), ours);
  }

  /**
   * record-style-accessor: a final class read through {@code name()} has the property in our schema
   * (our codec reads it that way); Jackson's introspection sees no getter and victools leaves it
   * out. Not normalized: such a class is kept out of the agreement corpus.
   */
  @Test
  void recordStyleAccessorOnFinalClass() throws Exception {
    JsonNode ours = ours(Gadget.class);
    JsonNode theirs = ORACLE.schema(Gadget.class);
    assertTrue(ours.at("/properties").has("name"));
    assertFalse(theirs.at("/properties").has("name"));
    ObjectNode withoutName = ((ObjectNode) ours).deepCopy();
    ((ObjectNode) withoutName.get("properties")).remove("name");
    assertEquals(theirs, withoutName, "the accessor is the only difference");
  }

  /** Not a deviation any more (fixed): a described _meta keeps its description, as in victools. */
  @Test
  void describedMetaKeepsItsDescription() throws Exception {
    assertEquals(
        "Row metadata from the source",
        ours(MetaWithDescription.class).at("/properties/_meta/description").asText());
    assertEquals(ORACLE.schema(MetaWithDescription.class), ours(MetaWithDescription.class));
  }
}
