package flowcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the connector class of a capture. The processor generates, beside it:
 *
 * <ul>
 *   <li>{@code <Name>_Resources}: the registry of the {@link #resources() resources};
 *   <li>{@code <Name>_Dispatch}: the protocol dispatcher ({@code flowcdk.runtime.Connector}) that
 *       decodes configs with the generated codecs and calls the connector;
 *   <li>{@code <Name>_Main}: the entry point ({@code main}) of the connector jar.
 * </ul>
 *
 * <p>Rules the processor enforces: the class is a public final class with a public no-argument
 * constructor that implements {@code flowcdk.connector.CaptureConnector<C>} where {@code C} is
 * {@link #config()}; {@link #config()} and {@link #resourceConfig()} are {@code @Model} types;
 * every class in {@link #resources()} is a valid {@code @Resource}; resource names are unique (a
 * webhook resource with several rules has one name per rule, {@code <name>_<rule>}); the webhook
 * rules of all the resources do not conflict (see {@link Webhook}).
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Capture {
  /** The connector's documentation URL, shown by Flow ({@code documentationUrl}). */
  String docsUrl();

  /** The endpoint config model. */
  Class<?> config();

  /**
   * The resource config model; by default the CDK's standard {@code
   * flowcdk.connector.ResourceConfig} ({@code name}, {@code interval}, {@code _meta}), whose
   * resource path is its {@code name}.
   */
  Class<?> resourceConfig() default void.class;

  /**
   * The resource path: JSON pointers into the resource config whose values identify the resource a
   * binding captures (Flow's {@code resourcePathPointers}). Each must be {@code /<property>} of a
   * required {@code String} property of {@link #resourceConfig()}. Default {@code {"/name"}}, the
   * standard resource config's name; a database capture may use {@code {"/schema", "/table"}}.
   */
  String[] resourcePath() default {"/name"};

  /** The resources known at compile time, in discovery order. */
  Class<?>[] resources() default {};
}
