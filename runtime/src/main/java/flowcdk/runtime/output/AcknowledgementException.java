package flowcdk.runtime.output;

/** Flow acknowledged checkpoints that were never emitted: the protocol is out of step. */
public final class AcknowledgementException extends Exception {

  /** An exception with the given message. */
  public AcknowledgementException(String message) {
    super(message);
  }
}
