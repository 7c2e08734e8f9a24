package flowcdk.runtime.protocol;

import java.util.List;

/**
 * The answer to a successful {@link ValidateRequest} (JSON key {@code validated}).
 *
 * @param bindings one result per request binding, in the request's order
 */
public record ValidatedResponse(List<ValidatedBinding> bindings) implements Response {

  /**
   * Creates the record. Checks that no binding is null and copies the list.
   *
   * @param bindings see {@link #bindings()}
   * @throws NullPointerException if a component is null
   */
  public ValidatedResponse {
    bindings = Checks.list(bindings, "bindings");
  }
}
