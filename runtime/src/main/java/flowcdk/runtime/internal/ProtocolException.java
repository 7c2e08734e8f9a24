package flowcdk.runtime.internal;

/** Requests arrived in an order the protocol does not allow (e.g. acknowledge before open). */
final class ProtocolException extends RuntimeException {

  ProtocolException(String message) {
    super(message, null, false, false);
  }
}
