package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;
import java.util.List;

/**
 * One resource the endpoint offers, proposed to the user as a binding.
 *
 * @param recommendedName the suggested collection name (Flow prefixes it with the capture's prefix)
 * @param resourceConfig the resource config (an object) that selects this resource
 * @param documentSchema the JSON schema (an object) of the documents this resource produces
 * @param key the suggested collection key, as JSON pointers into a document
 * @param disable whether the binding should be proposed disabled; written only when true
 * @param resourcePath the resource path of this binding (as {@link ValidatedBinding} would return
 *     it); written only when non-empty
 */
public record DiscoveredBinding(
    String recommendedName,
    RawJson resourceConfig,
    RawJson documentSchema,
    List<String> key,
    boolean disable,
    List<String> resourcePath) {

  /**
   * Creates the record. Checks that no component is null, that the configs are objects, and copies
   * the lists.
   *
   * @param recommendedName see {@link #recommendedName()}
   * @param resourceConfig see {@link #resourceConfig()}
   * @param documentSchema see {@link #documentSchema()}
   * @param key see {@link #key()}
   * @param disable see {@link #disable()}
   * @param resourcePath see {@link #resourcePath()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public DiscoveredBinding {
    Checks.notNull(recommendedName, "recommendedName");
    Checks.object(resourceConfig, "resourceConfig");
    Checks.object(documentSchema, "documentSchema");
    key = Checks.list(key, "key");
    resourcePath = Checks.list(resourcePath, "resourcePath");
  }
}
