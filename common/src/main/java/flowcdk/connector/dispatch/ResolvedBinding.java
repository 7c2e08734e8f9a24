package flowcdk.connector.dispatch;

import flowcdk.connector.ResourceSpec;

/**
 * A binding of a request paired with the resource it names.
 *
 * @param index the binding's position in the request
 * @param binding the binding as sent ({@code ValidateBinding} or {@code CaptureBinding})
 * @param resource the resource it resolved to
 * @param <B> the protocol binding type
 */
record ResolvedBinding<B>(int index, B binding, ResourceSpec resource) {}
