package flowcdk.runtime.protocol;

/**
 * One message a capture connector writes to Flow, as one JSON line on stdout. Encode it with {@link
 * ResponseWriter}, decode it with {@link ResponseReader}.
 *
 * <p>{@link SpecResponse}, {@link DiscoveredResponse}, {@link ValidatedResponse} and {@link
 * AppliedResponse} answer the request of the same name. After an {@code open} request the connector
 * writes one {@link OpenedResponse}, then any number of {@link CapturedResponse}, {@link
 * SourcedSchemaResponse} and {@link CheckpointResponse} messages.
 */
public sealed interface Response
    permits SpecResponse,
        DiscoveredResponse,
        ValidatedResponse,
        AppliedResponse,
        OpenedResponse,
        CapturedResponse,
        CheckpointResponse,
        SourcedSchemaResponse {}
