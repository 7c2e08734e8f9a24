package flowcdk.common.resource;

import flowcdk.runtime.json.RawJson;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource a capture can bind: what discovery proposes for it and what opening a binding runs.
 * The processor builds these from {@code @Resource} classes; a connector builds them itself for
 * resources known only at run time (tables of a database, custom objects of an API), with the
 * document schema given as JSON.
 *
 * @param name the resource name and recommended collection name
 * @param key the collection key (JSON pointers)
 * @param documentSchema the document schema before decoration (see {@link Discovery})
 * @param resourceConfig the resource config discovery proposes; its path identifies the resource
 * @param resourcePath the resource path, e.g. {@code [name]} for the standard resource config
 * @param schemaInference whether Flow infers the schema (and applies the deletion reduction)
 * @param reductionStrategy a reduction strategy name, if any
 * @param disable whether the discovered binding is proposed disabled
 * @param snapshot whether the resource is a snapshot resource (keyed on {@code /_meta/row_id})
 * @param explicitAcknowledgements whether capturing it needs Flow's explicit acknowledgements
 * @param opener what opening a binding of it runs
 */
public record ResourceSpec(
    String name,
    List<String> key,
    RawJson documentSchema,
    RawJson resourceConfig,
    List<String> resourcePath,
    boolean schemaInference,
    Optional<String> reductionStrategy,
    boolean disable,
    boolean snapshot,
    boolean explicitAcknowledgements,
    BindingOpener<?> opener) {

  /** Checks and copies the parts. */
  public ResourceSpec {
    Objects.requireNonNull(name, "name");
    key = List.copyOf(key);
    Objects.requireNonNull(documentSchema, "documentSchema");
    Objects.requireNonNull(resourceConfig, "resourceConfig");
    resourcePath = List.copyOf(resourcePath);
    Objects.requireNonNull(reductionStrategy, "reductionStrategy");
    Objects.requireNonNull(opener, "opener");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("resource " + name + " needs at least one key pointer");
    }
    if (snapshot && !key.contains("/_meta/row_id")) {
      throw new IllegalArgumentException(
          "A snapshot resource must be keyed on /_meta/row_id, which is how"
              + " the CDK addresses the document a deletion removes. Got: "
              + key);
    }
  }

  /**
   * A resource with the standard resource config {@code {"name": name}} (plus {@code interval} if
   * given), schema inference on, no reduction strategy, enabled.
   */
  public static ResourceSpec of(
      String name,
      List<String> key,
      RawJson documentSchema,
      java.time.Duration interval,
      BindingOpener<?> opener) {
    ResourceConfig config = new ResourceConfig(name, interval, null);
    return new ResourceSpec(
        name,
        key,
        documentSchema,
        ResourceConfigJson.encode(config),
        List.of(name),
        true,
        Optional.empty(),
        false,
        false,
        false,
        opener);
  }
}
