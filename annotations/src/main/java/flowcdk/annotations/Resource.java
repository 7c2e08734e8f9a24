package flowcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class describing one resource of a capture: its name, collection key, document model and
 * polling interval, and (by implementing {@code flowcdk.connector.ResourceOpener}) what runs when a
 * binding of it is opened, typically the common strategies.
 *
 * <p>With {@link #webhook()}, it is a webhook resource instead: requests to the capture's webhook
 * endpoint are its documents, and the CDK opens its bindings itself, so the class only carries the
 * declaration (see {@link Webhook}):
 *
 * <pre>{@code
 * @Resource(name = "events", key = "/_meta/webhookId", document = Event.class,
 *     webhook = @Webhook(url = "/events"))
 * public final class Events {}
 * }</pre>
 *
 * <p>Rules the processor enforces, each a compile error on this annotation:
 *
 * <ul>
 *   <li>The class is public and final, has a public no-argument constructor and implements {@code
 *       ResourceOpener}. A webhook resource's class is a public class that does not implement
 *       {@code ResourceOpener} (its {@code open} would never run).
 *   <li>{@link #document()} is a {@code @Model} record or final class.
 *   <li>Every {@link #key()} pointer is a JSON pointer to a property of the document that is
 *       required and non-null (a primitive, {@code @NotNull}, or {@code @JsonProperty(required =
 *       true)}), through nested models; a snapshot resource's key contains {@code /_meta/row_id}
 *       instead, which the snapshot strategy assigns. A webhook resource's key may also name what
 *       the endpoint sets in every document: {@code /_meta/webhookId} (the usual key), {@code
 *       /_meta/receivedAt} and {@code /_meta/reqPath}.
 *   <li>{@link #interval()} is an ISO-8601 duration ({@code PT5M}, {@code P1D}); {@link
 *       #schedule()} is empty or a five-field cron expression (minute hour day-of-month month
 *       day-of-week).
 *   <li>{@link #webhook()} has at most one element, valid as {@link Webhook} says; a webhook
 *       resource is pushed to, not polled, so it has no {@link #snapshot()}, {@link #interval()} or
 *       {@link #schedule()}.
 * </ul>
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Resource {
  /** The resource's name: its identity, resource path and recommended collection name. */
  String name();

  /** The collection key, as JSON pointers into the document, e.g. {@code "/id"}. */
  String[] key();

  /** The document model. */
  Class<?> document();

  /** The minimum spacing between polls, an ISO-8601 duration; empty for none ({@code PT0S}). */
  String interval() default "";

  /** A cron schedule for automatic re-backfills; empty for none. */
  String schedule() default "";

  /**
   * Whether this is a snapshot resource: the whole resource is re-read each interval, documents are
   * keyed by their position ({@code /_meta/row_id}) and deletions are inferred.
   */
  boolean snapshot() default false;

  /**
   * Whether Flow should infer the collection's schema from its documents ({@code x-infer-schema}),
   * which also enables the deletion reduction for documents with {@code _meta.op = "d"}.
   */
  boolean schemaInference() default true;

  /**
   * A reduction strategy for the collection ({@code merge}, {@code lastWriteWins}, ...), or empty.
   */
  String reductionStrategy() default "";

  /** Whether the discovered binding is proposed disabled. */
  boolean disable() default false;

  /**
   * How webhook requests find this resource: empty (the default) for a polled resource; one element
   * for a webhook resource, whose rules may make several resources ({@link Webhook}).
   */
  Webhook[] webhook() default {};
}
