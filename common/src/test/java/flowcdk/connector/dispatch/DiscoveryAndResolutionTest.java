package flowcdk.connector.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import flowcdk.connector.ResourceOpener;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.ValidationException;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.CollectionSpec;
import flowcdk.runtime.protocol.ValidateBinding;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Schema decoration (docs/models.md#schema-decoration-at-discovery) and binding resolution
 * (docs/protocol.md#binding-resolution).
 */
class DiscoveryAndResolutionTest {

  private static final RawJson SCHEMA = RawJson.parse("{\"type\":\"object\"}");
  private static final ResourceOpener<Object, Object> NOTHING = binding -> Future.succeededFuture();

  private static ResourceSpec resource(
      String name, boolean inference, String reduction, boolean snapshot) {
    ResourceSpec.Builder builder =
        ResourceSpec.builder(name).schema(SCHEMA).schemaInference(inference).opener(NOTHING);
    if (reduction != null) {
      builder.reductionStrategy(reduction);
    }
    return snapshot ? builder.snapshot().build() : builder.key("/id").build();
  }

  @Test
  void inferenceAddsTheDeletionReduction() {
    assertEquals(
        "{\"type\":\"object\",\"x-infer-schema\":true,\"if\":{\"required\":[\"_meta\"],\"properties\":{\"_meta\":"
            + "{\"required\":[\"op\"],\"properties\":{\"op\":{\"const\":\"d\"}}}}},\"then\":{\"reduce\":{\"strategy\":"
            + "\"merge\",\"delete\":true}}}",
        Discovery.decorate(resource("a", true, null, false)).toString());
  }

  @Test
  void inferenceWithAReductionAddsElse() {
    String decorated = Discovery.decorate(resource("a", true, "merge", false)).toString();
    assertEquals(
        true, decorated.endsWith(",\"else\":{\"reduce\":{\"strategy\":\"merge\"}}}"), decorated);
  }

  @Test
  void aReductionWithoutInferenceIsTopLevel() {
    assertEquals(
        "{\"type\":\"object\",\"reduce\":{\"strategy\":\"lastWriteWins\"}}",
        Discovery.decorate(resource("a", false, "lastWriteWins", false)).toString());
  }

  @Test
  void neitherLeavesTheSchemaAlone() {
    assertEquals(SCHEMA, Discovery.decorate(resource("a", false, null, false)));
  }

  @Test
  void discoveredBindingsFollowTheResources() {
    var discovered =
        Discovery.discovered(
            List.of(resource("a", false, null, false), resource("b", false, null, false)));
    assertEquals(
        List.of("a", "b"), discovered.bindings().stream().map(b -> b.recommendedName()).toList());
    assertEquals(List.of("b"), discovered.bindings().get(1).resourcePath());
  }

  private static ValidateBinding binding(String name, List<String> key) {
    return new ValidateBinding(
        new CollectionSpec("acmeCo/" + name, key, RawJson.EMPTY_OBJECT, Optional.empty()),
        RawJson.parse("{\"name\":\"" + name + "\"}"),
        0);
  }

  @Test
  void bindingsResolveToTheFirstResourceWithTheirPath() {
    List<ResourceSpec> resources =
        List.of(resource("a", true, null, false), resource("b", true, null, false));
    var resolved =
        BindingResolver.resolve(
            resources,
            List.of(binding("b", List.of("/id")), binding("a", List.of("/id"))),
            ValidateBinding::resourceConfig,
            ValidateBinding::collection,
            ResourcePaths.STANDARD_POINTERS);
    assertEquals(List.of("b", "a"), resolved.stream().map(r -> r.resource().name()).toList());
    assertEquals(List.of(0, 1), resolved.stream().map(ResolvedBinding::index).toList());
  }

  @Test
  void everyUnresolvedBindingIsReportedTogether() {
    List<ResourceSpec> resources = List.of(resource("snap", true, null, true));
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                BindingResolver.resolve(
                    resources,
                    List.of(
                        binding("foo", List.of("/id")),
                        binding("snap", List.of("/id")),
                        binding("bar", List.of("/id"))),
                    ValidateBinding::resourceConfig,
                    ValidateBinding::collection,
                    ResourcePaths.STANDARD_POINTERS));
    assertEquals(
        List.of(
            "Resource 'foo' was not found.",
            "Collection 'acmeCo/snap' is bound to snapshot resource 'snap' and so must be keyed on /_meta/row_id,"
                + " but its key is ['/id'].",
            "Resource 'bar' was not found."),
        error.messages());
  }
}
