package flowcdk.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How webhook requests find a {@link Resource}: the value of {@link Resource#webhook()}, which
 * makes the resource a webhook resource, pushed to by requests to the capture's webhook endpoint
 * instead of polled. Each rule is the Python CDK's {@code match_rule}: by the request's URL path
 * ({@link #url()}), by a header ({@link #header()}) or by a value in the document ({@link
 * #body()}).
 *
 * <pre>{@code
 * // Every request: one resource named "events".
 * @Resource(name = "events", key = "/_meta/webhookId", document = Event.class,
 *     webhook = @Webhook(url = "*"))
 *
 * // Documents whose "type" is "push" or "pull": resources "github_push" and "github_pull".
 * @Resource(name = "github", key = "/_meta/webhookId", document = Delivery.class,
 *     webhook = @Webhook(body = "type", value = {"push", "pull"}))
 * }</pre>
 *
 * <p>Exactly one of {@link #url()}, {@link #header()} and {@link #body()} is given. Its rules are
 * one per URL pattern, or one per {@link #value()} of the header or body key. One rule makes one
 * resource named {@link Resource#name()}; several (a discriminator) make one resource per rule, in
 * order, named {@code <name>_<rule>}: {@code all} for the URL wildcard, a URL pattern's runs of
 * characters other than letters and digits replaced by {@code _} and trimmed of it ({@code
 * /foo/{bar}/baz} is {@code foo_bar_baz}), a header's or body key's value as it is.
 *
 * <p>Rules the processor enforces, each a compile error on the {@code @Resource}, or on the
 * capture's {@code @Capture} when it concerns several resources:
 *
 * <ul>
 *   <li>A URL pattern is {@code *} (every request) or a path starting with {@code /} whose {@code
 *       {name}} and {@code {name:regex}} placeholders are well formed; {@link #value()} is empty.
 *   <li>With {@link #header()} or {@link #body()}, {@link #value()} holds at least one non-empty
 *       value; a body key is a dotted path of names ({@code event.type}).
 *   <li>No rule is listed twice, and the rules of all the webhook resources of a capture do not
 *       conflict as the Python CDK's router defines it (two wildcards, one value claimed twice, two
 *       URL patterns that match the same URLs); resource names stay unique after the expansion.
 * </ul>
 */
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Webhook {
  /**
   * URL path patterns, one rule each: {@code *} for every request, or a path such as {@code
   * /hooks/{id}} ({@code {name}} matches a segment, {@code {name:regex}} the regular expression).
   */
  String[] url() default {};

  /** A header name (compared without regard to case) whose {@link #value()}s are the rules. */
  String header() default "";

  /** A dotted path into the document, such as {@code event.type}, whose values are the rules. */
  String body() default "";

  /**
   * The values of {@link #header()} or {@link #body()} to match, one rule each, compared exactly (a
   * non-string body value as its JSON text); empty with {@link #url()}.
   */
  String[] value() default {};
}
