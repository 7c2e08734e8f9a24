package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;
import java.util.List;
import java.util.Optional;

/**
 * The answer to {@link SpecRequest} (JSON key {@code spec}): what the connector is and what it
 * needs from the user.
 *
 * @param protocol the protocol version the connector speaks; always {@link #PROTOCOL_VERSION} for a
 *     capture
 * @param configSchema the JSON schema (an object) of the endpoint config; Flow's UI renders its
 *     form from it
 * @param resourceConfigSchema the JSON schema (an object) of a binding's resource config
 * @param documentationUrl where users find the connector's documentation
 * @param oauth2 the connector's OAuth2 settings (an object), only for connectors that support an
 *     OAuth sign-in flow; written only when present
 * @param resourcePathPointers JSON pointers into a resource config whose values together identify
 *     the resource, such as {@code ["/name"]}
 */
public record SpecResponse(
    long protocol,
    RawJson configSchema,
    RawJson resourceConfigSchema,
    String documentationUrl,
    Optional<RawJson> oauth2,
    List<String> resourcePathPointers)
    implements Response {

  /** The capture protocol version a capture connector speaks: 3032023. */
  public static final long PROTOCOL_VERSION = 3032023;

  /**
   * Creates the record. Checks that no component is null, that schemas and oauth2 are objects, and
   * copies lists.
   *
   * @param protocol see {@link #protocol()}
   * @param configSchema see {@link #configSchema()}
   * @param resourceConfigSchema see {@link #resourceConfigSchema()}
   * @param documentationUrl see {@link #documentationUrl()}
   * @param oauth2 see {@link #oauth2()}
   * @param resourcePathPointers see {@link #resourcePathPointers()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public SpecResponse {
    Checks.object(configSchema, "configSchema");
    Checks.object(resourceConfigSchema, "resourceConfigSchema");
    Checks.notNull(documentationUrl, "documentationUrl");
    Checks.notNull(oauth2, "oauth2");
    oauth2.ifPresent(o -> Checks.object(o, "oauth2"));
    resourcePathPointers = Checks.list(resourcePathPointers, "resourcePathPointers");
  }
}
