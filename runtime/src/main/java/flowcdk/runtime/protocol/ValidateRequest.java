package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;
import java.util.List;
import java.util.Optional;

/**
 * {@code validate}: Flow asks the connector to check a proposed capture before publishing it:
 * whether the endpoint config works (credentials, reachability) and whether every binding names a
 * resource the connector can capture. The connector answers with one {@link ValidatedResponse}, or
 * fails with an error the user sees.
 *
 * @param name the capture's name, such as {@code acmeCo/my-capture}
 * @param connectorType how the connector is run
 * @param config the endpoint config (a JSON object), already decrypted by Flow
 * @param bindings the proposed bindings, in order; may be empty
 * @param lastCapture the currently published version of this capture, if it exists
 */
public record ValidateRequest(
    String name,
    ConnectorType connectorType,
    RawJson config,
    List<ValidateBinding> bindings,
    Optional<LastCapture> lastCapture)
    implements Request {

  /**
   * Creates the record. Checks that no component is null, that the config is an object, and copies
   * the bindings.
   *
   * @param name see {@link #name()}
   * @param connectorType see {@link #connectorType()}
   * @param config see {@link #config()}
   * @param bindings see {@link #bindings()}
   * @param lastCapture see {@link #lastCapture()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public ValidateRequest {
    Checks.notNull(name, "name");
    Checks.notNull(connectorType, "connectorType");
    Checks.object(config, "config");
    bindings = Checks.list(bindings, "bindings");
    Checks.notNull(lastCapture, "lastCapture");
  }
}
