package flowcdk.runtime.protocol;

import java.util.List;

/**
 * The answer to {@link DiscoverRequest} (JSON key {@code discovered}).
 *
 * @param bindings one proposed binding per resource the endpoint offers; may be empty
 */
public record DiscoveredResponse(List<DiscoveredBinding> bindings) implements Response {

  /**
   * Creates the record. Checks that no binding is null and copies the list.
   *
   * @param bindings see {@link #bindings()}
   * @throws NullPointerException if a component is null
   */
  public DiscoveredResponse {
    bindings = Checks.list(bindings, "bindings");
  }
}
