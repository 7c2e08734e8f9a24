package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;

/**
 * One binding of a capture being validated: a resource of the endpoint and the collection it will
 * be captured into.
 *
 * @param collection the target collection
 * @param resourceConfig the binding's resource config (a JSON object) as the user entered it
 * @param backfill a counter the user increments to ask for the resource to be captured again from
 *     the start; 0 when never incremented
 */
public record ValidateBinding(CollectionSpec collection, RawJson resourceConfig, long backfill) {

  /**
   * Creates the record. Checks that no component is null, that the resource config is an object,
   * and the counter.
   *
   * @param collection see {@link #collection()}
   * @param resourceConfig see {@link #resourceConfig()}
   * @param backfill see {@link #backfill()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public ValidateBinding {
    Checks.notNull(collection, "collection");
    Checks.object(resourceConfig, "resourceConfig");
    Checks.uint32(backfill, "backfill");
  }
}
