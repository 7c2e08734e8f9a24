package flowcdk.runtime.protocol;

/**
 * {@code acknowledge}: Flow confirms that earlier checkpoints have been durably committed. Only
 * connectors that asked for explicit acknowledgements (see {@link OpenedResponse}) act on it; no
 * response is written.
 *
 * <p>When the request omits {@code checkpoints} the reader uses 0: Flow's protobuf-JSON encoding
 * leaves out zero values. (The Python CDK would reject {@code {"acknowledge":{}}}; this reader
 * deliberately tolerates it.)
 *
 * @param checkpoints how many checkpoints are acknowledged (an unsigned 32-bit count)
 */
public record AcknowledgeRequest(long checkpoints) implements Request {

  /**
   * Creates the record. Checks that the count is an unsigned 32-bit integer.
   *
   * @param checkpoints see {@link #checkpoints()}
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public AcknowledgeRequest {
    Checks.uint32(checkpoints, "checkpoints");
  }
}
