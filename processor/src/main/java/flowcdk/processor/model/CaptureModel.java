package flowcdk.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code @Capture} class, validated, with its resources.
 *
 * @param type the connector class
 * @param config the endpoint config model
 * @param configCodec its codec
 * @param resourceConfig the resource config model (the standard {@code ResourceConfig} unless the
 *     capture names its own)
 * @param resourceConfigCodec the resource config's codec (holds {@code SCHEMA})
 * @param docsUrl the documentation URL
 * @param resourcePath the resource path pointers into the resource config
 * @param resources the declared resources, in order
 * @param oauth2 the spec's {@code oauth2} object, from {@code @OAuth2Provider} on the class
 */
public record CaptureModel(
    ClassRef type,
    ClassRef config,
    ClassRef configCodec,
    ClassRef resourceConfig,
    ClassRef resourceConfigCodec,
    String docsUrl,
    List<String> resourcePath,
    List<ResourceModel> resources,
    Optional<OAuth2Spec> oauth2) {

  /** Copies the lists. */
  public CaptureModel {
    resourcePath = List.copyOf(resourcePath);
    resources = List.copyOf(resources);
  }

  /** Whether the resource path is the standard resource config's {@code ["/name"]}. */
  public boolean standardResourcePath() {
    return resourcePath.equals(List.of("/name"));
  }

  /** {@code <Name>_Resources}. */
  public ClassRef registry() {
    return type.generatedSibling("_Resources");
  }

  /** {@code <Name>_Dispatch}. */
  public ClassRef dispatch() {
    return type.generatedSibling("_Dispatch");
  }

  /** {@code <Name>_Main}. */
  public ClassRef main() {
    return type.generatedSibling("_Main");
  }
}
