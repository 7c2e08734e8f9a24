package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;

/**
 * {@code discover}: Flow asks which resources (tables, API streams, ...) the endpoint offers. The
 * connector answers with one {@link DiscoveredResponse}.
 *
 * @param connectorType how the connector is run
 * @param config the endpoint config the user entered, already decrypted by Flow (a JSON object)
 */
public record DiscoverRequest(ConnectorType connectorType, RawJson config) implements Request {

  /**
   * Creates the record. Checks that no component is null and that the config is a JSON object.
   *
   * @param connectorType see {@link #connectorType()}
   * @param config see {@link #config()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public DiscoverRequest {
    Checks.notNull(connectorType, "connectorType");
    Checks.object(config, "config");
  }
}
