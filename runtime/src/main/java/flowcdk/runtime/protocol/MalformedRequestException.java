package flowcdk.runtime.protocol;

/**
 * A request line that is not a valid capture request. The message says exactly what is wrong and
 * where, naming the offending member by its JSON path, for example {@code
 * open.capture.bindings[0].stateKey is missing} or {@code request is not valid JSON: Unexpected
 * character ('x' (code 120)): was expecting double-quote to start field name (at byte 1)}.
 *
 * <p>A malformed request is fatal for a connector: it logs the message and exits with status 1.
 */
public final class MalformedRequestException extends Exception {

  /**
   * A malformed request.
   *
   * @param message what is wrong and where
   */
  public MalformedRequestException(String message) {
    super(message);
  }

  /**
   * A malformed request caused by a JSON parse failure.
   *
   * @param message what is wrong and where
   * @param cause the parser's exception
   */
  public MalformedRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
