package flowcdk.connector.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole connector state, in the Python CDK's shape, so a connector ported from Python resumes
 * from the state its Python version left:
 *
 * <pre>{"bindingStateV1": {stateKey: ResourceState or null}, "backfillRequests": {stateKey: true}}
 * </pre>
 *
 * @param bindingStateV1 per-binding states; a {@code null} value means no state
 * @param backfillRequests state keys whose binding asked to be backfilled again ({@code true})
 */
public record ConnectorState(
    Map<String, ResourceState> bindingStateV1, Map<String, Boolean> backfillRequests) {

  /** The empty state. */
  public static final ConnectorState EMPTY = new ConnectorState(Map.of(), Map.of());

  /** Copies the maps, keeping order and null values. */
  public ConnectorState {
    bindingStateV1 = Collections.unmodifiableMap(new LinkedHashMap<>(bindingStateV1));
    backfillRequests = Collections.unmodifiableMap(new LinkedHashMap<>(backfillRequests));
  }
}
