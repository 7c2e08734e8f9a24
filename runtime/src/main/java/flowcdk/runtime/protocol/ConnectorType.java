package flowcdk.runtime.protocol;

/**
 * How Flow runs the connector: as a container image or as a local command (used in development).
 * Connectors rarely care; it is carried for completeness. When a request omits {@code
 * connectorType}, the reader uses {@link #IMAGE}.
 */
public enum ConnectorType {
  /** The connector runs as a container image (the normal case in production). */
  IMAGE,
  /** The connector runs as a local command, as {@code flowctl} does in development. */
  LOCAL
}
