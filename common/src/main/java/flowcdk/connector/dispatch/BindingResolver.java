package flowcdk.connector.dispatch;

import flowcdk.connector.ResourceSpec;
import flowcdk.connector.ValidationException;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.CollectionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Pairs the bindings of a validate or open request with the resources they name, as Estuary's
 * Python CDK does: a binding resolves to the first resource whose resource path equals its resource
 * config's path. Every problem is collected and reported together as a {@link ValidationException}:
 *
 * <ul>
 *   <li>{@code Resource 'a.b' was not found.}
 *   <li>{@code Collection 'acmeCo/x' is bound to snapshot resource 'x' and so must be keyed on
 *       /_meta/row_id, but its key is ['/id'].}
 * </ul>
 */
final class BindingResolver {

  private BindingResolver() {}

  /**
   * Resolves {@code bindings} against {@code resources}.
   *
   * @param resourceConfig how to get a binding's resource config
   * @param collection how to get a binding's collection
   * @param pointers the capture's resource path pointers
   * @throws ValidationException listing every binding that does not resolve
   */
  static <B> List<ResolvedBinding<B>> resolve(
      List<ResourceSpec> resources,
      List<B> bindings,
      Function<B, RawJson> resourceConfig,
      Function<B, CollectionSpec> collection,
      List<String> pointers) {
    List<String> errors = new ArrayList<>();
    List<ResolvedBinding<B>> resolved = new ArrayList<>();
    for (int i = 0; i < bindings.size(); i++) {
      B binding = bindings.get(i);
      List<String> path = ResourcePaths.of(resourceConfig.apply(binding), pointers);
      ResourceSpec match = null;
      for (ResourceSpec resource : resources) {
        if (resource.resourcePath().equals(path)) {
          match = resource;
          break;
        }
      }
      if (match == null) {
        errors.add("Resource '" + String.join(".", path) + "' was not found.");
        continue;
      }
      CollectionSpec spec = collection.apply(binding);
      if (match.snapshot() && !spec.key().contains(ResourceSpec.SNAPSHOT_KEY)) {
        errors.add(
            "Collection '"
                + spec.name()
                + "' is bound to snapshot resource '"
                + String.join(".", path)
                + "' and so must be keyed on /_meta/row_id, but its key is "
                + pythonList(spec.key())
                + ".");
        continue;
      }
      resolved.add(new ResolvedBinding<>(i, binding, match));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return resolved;
  }

  private static String pythonList(List<String> items) {
    List<String> quoted = new ArrayList<>();
    for (String item : items) {
      quoted.add("'" + item + "'");
    }
    return "[" + String.join(", ", quoted) + "]";
  }
}
