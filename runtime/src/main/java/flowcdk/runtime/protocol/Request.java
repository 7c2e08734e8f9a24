package flowcdk.runtime.protocol;

/**
 * One request Flow sends a capture connector, as one JSON line on stdin. Decode it with {@link
 * RequestReader}, encode it with {@link RequestWriter}.
 *
 * <p>The life cycle: {@link SpecRequest} asks what the connector is; {@link DiscoverRequest} asks
 * which resources an endpoint offers; {@link ValidateRequest} checks a proposed capture; {@link
 * ApplyRequest} tells the connector a capture was published; {@link OpenRequest} starts capturing;
 * {@link AcknowledgeRequest} confirms that earlier checkpoints were committed.
 */
public sealed interface Request
    permits SpecRequest,
        DiscoverRequest,
        ValidateRequest,
        ApplyRequest,
        OpenRequest,
        AcknowledgeRequest {}
