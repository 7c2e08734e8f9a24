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
 * @param webhook the webhook match rules, in order: empty for a polled resource; one rule per
 *     resource the class declares otherwise
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
    boolean disable,
    List<WebhookRule> webhook) {

  /** Copies the lists. */
  public ResourceModel {
    key = List.copyOf(key);
    webhook = List.copyOf(webhook);
  }

  /** Whether this is a webhook resource, pushed to instead of polled. */
  public boolean isWebhook() {
    return !webhook.isEmpty();
  }

  /**
   * The name of the resource of webhook rule {@code index}: the resource name for a single rule,
   * {@code <name>_<rule's display name>} for each of several (a discriminator).
   */
  public String webhookName(int index) {
    return webhook.size() == 1 ? name : name + "_" + webhook.get(index).displayName();
  }
}
