package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;
import java.util.List;

/**
 * One binding of a published capture: a resource of the endpoint and the collection its documents
 * are captured into. Its position in {@link CaptureSpec#bindings()} is the binding index used in
 * {@link CapturedResponse#binding()}.
 *
 * @param collection the target collection
 * @param resourceConfig the binding's resource config (a JSON object)
 * @param resourcePath the resource path Flow recorded for this binding (what {@link
 *     ValidatedBinding#resourcePath()} returned); empty if none
 * @param stateKey the key under which this binding's state lives in the connector state; stable
 *     across re-publications and changed by Flow when the binding is backfilled
 * @param backfill the binding's backfill counter; 0 when never incremented
 */
public record CaptureBinding(
    CollectionSpec collection,
    RawJson resourceConfig,
    List<String> resourcePath,
    String stateKey,
    long backfill) {

  /**
   * Creates the record. Checks that no component is null, that the resource config is an object,
   * and copies lists.
   *
   * @param collection see {@link #collection()}
   * @param resourceConfig see {@link #resourceConfig()}
   * @param resourcePath see {@link #resourcePath()}
   * @param stateKey see {@link #stateKey()}
   * @param backfill see {@link #backfill()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public CaptureBinding {
    Checks.notNull(collection, "collection");
    Checks.object(resourceConfig, "resourceConfig");
    resourcePath = Checks.list(resourcePath, "resourcePath");
    Checks.notNull(stateKey, "stateKey");
    Checks.uint32(backfill, "backfill");
  }
}
