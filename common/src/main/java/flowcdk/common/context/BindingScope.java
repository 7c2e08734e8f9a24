package flowcdk.common.context;

import flowcdk.connector.state.ResourceState;
import flowcdk.runtime.json.RawJson;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the CDK knows about one opened binding, from which the dispatcher makes the author's
 * {@code BindingContext}: the parts authors see, plus the ones only the strategies use (the
 * capture's context and the resource config as Flow sent it).
 *
 * @param <C> the capture's endpoint config model
 * @param <R> the capture's resource config model
 * @param index the binding's position in the Open request: documents are captured for it
 * @param config the capture's decoded endpoint config
 * @param resourceConfig the binding's decoded resource config
 * @param resourceConfigJson the binding's resource config as Flow sent it (the strategies read its
 *     {@code interval} and {@code schedule} from it, whatever the model)
 * @param resourceName the name of the resource the binding captures
 * @param resourcePath the binding's resource path, e.g. {@code [schema, table]}
 * @param key the collection's key (JSON pointers)
 * @param writeSchema the collection's write schema as Flow has it (what a source's schema is
 *     compared with to tell Flow of a change)
 * @param stateKey the binding's state key ({@code bindingStateV1[stateKey]})
 * @param state the binding's state after initialization
 * @param bindingIndexes the index of every binding of the capture by its resource's name (the
 *     first, if several bind one resource)
 * @param capture what the capture's bindings share (root task, clock, stop signal, status)
 * @param captureName the capture's catalog name, e.g. {@code acmeCo/my-capture}; empty if unknown
 */
public record BindingScope<C, R>(
    int index,
    C config,
    R resourceConfig,
    RawJson resourceConfigJson,
    String resourceName,
    List<String> resourcePath,
    List<String> key,
    RawJson writeSchema,
    String stateKey,
    ResourceState state,
    Map<String, Integer> bindingIndexes,
    CaptureContext capture,
    String captureName) {

  /** Checks and copies the parts; a {@code null} capture name becomes empty. */
  public BindingScope {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(resourceConfig, "resourceConfig");
    Objects.requireNonNull(resourceConfigJson, "resourceConfigJson");
    Objects.requireNonNull(resourceName, "resourceName");
    resourcePath = List.copyOf(resourcePath);
    key = List.copyOf(key);
    Objects.requireNonNull(writeSchema, "writeSchema");
    Objects.requireNonNull(stateKey, "stateKey");
    Objects.requireNonNull(state, "state");
    bindingIndexes = Map.copyOf(bindingIndexes);
    Objects.requireNonNull(capture, "capture");
    captureName = captureName == null ? "" : captureName;
  }
}
