/**
 * The capture's HTTP client behind {@code flowcdk.connector.http}: its transport, attempt loop,
 * pacing and token sources. Not exported; connectors use {@code flowcdk.connector.http}.
 */
package flowcdk.common.http;
