package flowcdk.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code @Resource} class, validated.
 *
 * @param type the resource class
 * @param name the resource name
 * @param key the key pointers
 * @param document the document model
 * @param documentCodec the document model's codec (holds {@code SCHEMA})
 * @param interval the ISO-8601 interval, if any
 * @param schedule the cron schedule, if any
 * @param snapshot whether it is a snapshot resource
 * @param schemaInference whether Flow infers the schema
 * @param reductionStrategy the reduction strategy, if any
 * @param disable whether discovery proposes it disabled
 */
public record ResourceModel(
    ClassRef type,
    String name,
    List<String> key,
    ClassRef document,
    ClassRef documentCodec,
    Optional<String> interval,
    Optional<String> schedule,
    boolean snapshot,
    boolean schemaInference,
    Optional<String> reductionStrategy,
    boolean disable) {

  /** Copies the key. */
  public ResourceModel {
    key = List.copyOf(key);
  }
}
