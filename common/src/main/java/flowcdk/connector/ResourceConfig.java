package flowcdk.connector;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import flowcdk.annotations.Nonsensitive;
import flowcdk.runtime.json.RawJson;
import java.time.Duration;

/**
 * The standard resource config, as in Estuary's Python CDK: the resource's {@code name} (its
 * resource path), the {@code interval} between polls, and an opaque {@code _meta}. Unknown
 * properties are rejected.
 *
 * @param name the resource name
 * @param interval the minimum spacing between polls; absent means the resource's own default
 * @param meta opaque metadata Flow may attach; accepted and ignored
 */
@Model(strict = true)
@JsonClassDescription("ResourceConfig is a common resource configuration shape.")
public record ResourceConfig(
    @JsonProperty(required = true) @JsonPropertyDescription("Name of this resource") String name,
    @Nonsensitive @JsonPropertyDescription("Interval between updates for this resource")
        Duration interval,
    @JsonProperty("_meta") RawJson meta) {

  /** A config naming {@code name}, with no interval. */
  public static ResourceConfig named(String name) {
    return new ResourceConfig(name, null, null);
  }
}
