package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;
import java.util.Optional;

/**
 * {@code spec}: Flow asks for the connector's specification (its config schemas, documentation URL
 * and OAuth settings). The connector answers with one {@link SpecResponse}.
 *
 * @param connectorType how the connector is run; {@link ConnectorType#IMAGE} when absent
 * @param config an endpoint config Flow may send along (a JSON object); connectors normally ignore
 *     it, and it is empty when the request has none
 */
public record SpecRequest(ConnectorType connectorType, Optional<RawJson> config)
    implements Request {

  /**
   * Creates the record. Checks that no component is null and that a present config is a JSON
   * object.
   *
   * @param connectorType see {@link #connectorType()}
   * @param config see {@link #config()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public SpecRequest {
    Checks.notNull(connectorType, "connectorType");
    Checks.notNull(config, "config");
    config.ifPresent(c -> Checks.object(c, "config"));
  }
}
