package flowcdk.runtime.protocol;

/**
 * The answer to {@link OpenRequest} (JSON key {@code opened}), written once before any captured
 * document or checkpoint. The boolean is always written, even when false.
 *
 * @param explicitAcknowledgements whether the connector wants an {@link AcknowledgeRequest} after
 *     Flow commits its checkpoints
 */
public record OpenedResponse(boolean explicitAcknowledgements) implements Response {}
