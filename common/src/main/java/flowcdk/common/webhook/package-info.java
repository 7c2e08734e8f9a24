/**
 * The machinery of webhook capture: how a request becomes documents of its bindings ({@link
 * flowcdk.common.webhook.RequestDocuments}). Not exported: connectors declare webhook bindings
 * through {@code flowcdk.connector.webhook}.
 */
package flowcdk.common.webhook;
