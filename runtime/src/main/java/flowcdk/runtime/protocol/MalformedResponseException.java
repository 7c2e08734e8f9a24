package flowcdk.runtime.protocol;

/**
 * A response line that is not a valid capture response. The message says what is wrong and where,
 * naming the offending member by its JSON path, for example {@code captured.doc is missing} or
 * {@code response is not valid JSON: ... (at byte 1)}.
 */
public final class MalformedResponseException extends Exception {

  /**
   * A malformed response.
   *
   * @param message what is wrong and where
   */
  public MalformedResponseException(String message) {
    super(message);
  }

  /**
   * A malformed response caused by a JSON parse failure.
   *
   * @param message what is wrong and where
   * @param cause the parser's exception
   */
  public MalformedResponseException(String message, Throwable cause) {
    super(message, cause);
  }
}
