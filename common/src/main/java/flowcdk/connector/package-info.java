/**
 * The author API: with {@code flowcdk.annotations}, {@link flowcdk.connector.state} and {@code
 * flowcdk.runtime.json}, all a connector imports.
 *
 * <ul>
 *   <li>{@link flowcdk.connector.CaptureConnector}: the connector class of a {@code @Capture};
 *   <li>{@link flowcdk.connector.ResourceOpener}: a resource's behaviour, opened with a {@link
 *       flowcdk.connector.BindingContext} that carries the decoded config and resource config;
 *   <li>{@link flowcdk.connector.ResourceSpec#builder(String)}: resources known only at run time;
 *   <li>{@link flowcdk.connector.Strategies}: incremental, backfill and snapshot capture, reading
 *       the source through the shapes in {@link flowcdk.connector.Fetch} (or {@link
 *       flowcdk.connector.Blocking} for blocking sources) and writing to a {@link
 *       flowcdk.connector.Sink};
 *   <li>{@link flowcdk.connector.ValidationException} and {@link
 *       flowcdk.connector.ActionableException}: failures the user fixes.
 * </ul>
 *
 * The strategies' engines live here too, package-private.
 */
package flowcdk.connector;
