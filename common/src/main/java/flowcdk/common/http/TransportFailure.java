package flowcdk.common.http;

/**
 * A failure of the network or the connection (not an HTTP status), tagged with the phase it
 * happened in, which decides how the attempt loop retries it. Never leaves this package: calls turn
 * it into an {@code HttpTransportException}.
 */
final class TransportFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** When the failure happened. */
  enum Phase {
    /** Connecting or sending, before the response head arrived. */
    CONNECT,
    /** Reading the response body. */
    BODY
  }

  private final Phase phase;

  TransportFailure(Phase phase, Throwable cause) {
    super(describe(cause), cause, false, false);
    this.phase = phase;
  }

  Phase phase() {
    return phase;
  }

  /**
   * The message of {@code error}, or its type's name when it has none (as the Python CDK), followed
   * by its root cause when that says more: Vert.x's "Failed to create SSL connection" means little
   * without the certificate problem under it.
   */
  static String describe(Throwable error) {
    String text = messageOf(error);
    Throwable root = error;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 16; depth++) {
      root = root.getCause();
    }
    if (root != error) {
      String rootText = messageOf(root);
      if (!text.contains(rootText)) {
        text += " (" + root.getClass().getSimpleName() + ": " + rootText + ")";
      }
    }
    return text;
  }

  private static String messageOf(Throwable error) {
    String message = error.getMessage();
    return message == null || message.isBlank() ? error.getClass().getName() : message;
  }
}
