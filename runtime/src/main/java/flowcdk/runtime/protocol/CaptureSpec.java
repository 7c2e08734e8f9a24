package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;
import java.util.List;

/**
 * A published capture, as sent in {@link ApplyRequest} and {@link OpenRequest}. Flow's task
 * settings that connectors do not use (shardTemplate, recoveryLogTemplate, networkPorts, ...) are
 * skipped when reading.
 *
 * @param name the capture's name, such as {@code acmeCo/my-capture}
 * @param connectorType how the connector is run
 * @param config the endpoint config (a JSON object), already decrypted by Flow
 * @param intervalSeconds how long Flow waits before restarting a capture that stopped on its own
 *     (the capture's polling interval); 0 when unset
 * @param bindings the capture's bindings, in binding-index order; may be empty
 */
public record CaptureSpec(
    String name,
    ConnectorType connectorType,
    RawJson config,
    long intervalSeconds,
    List<CaptureBinding> bindings) {

  /**
   * Creates the record. Checks that no component is null, that the config is an object, and copies
   * the bindings.
   *
   * @param name see {@link #name()}
   * @param connectorType see {@link #connectorType()}
   * @param config see {@link #config()}
   * @param intervalSeconds see {@link #intervalSeconds()}
   * @param bindings see {@link #bindings()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public CaptureSpec {
    Checks.notNull(name, "name");
    Checks.notNull(connectorType, "connectorType");
    Checks.object(config, "config");
    Checks.uint32(intervalSeconds, "intervalSeconds");
    bindings = Checks.list(bindings, "bindings");
  }
}
