package flowcdk.connector.http;

import flowcdk.runtime.task.ExpectedFailure;

/**
 * A response body could not be read as the JSON or model the call expected. The message names the
 * URL and what was wrong (for a model, every decode problem with its JSON pointer).
 */
public final class HttpDecodeException extends RuntimeException implements ExpectedFailure {

  private static final long serialVersionUID = 1L;

  private final String url;

  /** An exception about the response of {@code url}, described by {@code message}. */
  public HttpDecodeException(String message, String url, Throwable cause) {
    super(message, cause);
    this.url = url;
  }

  /** The URL whose response did not decode. */
  public String url() {
    return url;
  }
}
