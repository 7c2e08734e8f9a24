package flowcdk.connector.http;

import flowcdk.runtime.task.ExpectedFailure;
import io.vertx.core.buffer.Buffer;

/**
 * The server answered with an error status the call does not retry: a 4xx other than 429, or a 5xx
 * its {@link RetryPolicy} gave up on. The message is the Python CDK's, for a 5xx:
 *
 * <pre>
 * Encountered HTTP error status 500.
 * URL: https://api.example.com/v1/users?page=2
 * Content-Type: application/json
 * Response:
 * {"error": "internal"}
 * </pre>
 *
 * and for a 4xx the first line reads {@code Encountered HTTP error status 404 which cannot be
 * retried.} The body is shown as UTF-8, each invalid byte as {@code \xNN}, cut after about 4096
 * characters. Request headers (credentials) are never part of it.
 */
public final class HttpError extends RuntimeException implements ExpectedFailure {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String url;
  private final String contentType;
  private final String body;

  /** The error of {@code response}, an error status (400 or more). */
  public HttpError(HttpResponse response) {
    this(response.status(), response.url(), response.contentType(), bodyExcerpt(response.body()));
  }

  private HttpError(int status, String url, String contentType, String body) {
    super(message(status, url, contentType, body));
    this.status = status;
    this.url = url;
    this.contentType = contentType;
    this.body = body;
  }

  private static String message(int status, String url, String contentType, String body) {
    return "Encountered HTTP error status "
        + status
        + (status >= 500 ? "." : " which cannot be retried.")
        + "\nURL: "
        + url
        + "\nContent-Type: "
        + contentType
        + "\nResponse:\n"
        + body;
  }

  /**
   * A body as error messages show it: UTF-8 with each invalid byte as {@code \xNN}, cut after about
   * 4096 characters followed by {@code … (N more bytes)}.
   */
  public static String bodyExcerpt(Buffer body) {
    return BodyText.decode(body.getBytes(), BodyText.MAX_CHARS);
  }

  /** The status code. */
  public int status() {
    return status;
  }

  /** The final URL of the request, with its query. */
  public String url() {
    return url;
  }

  /** The response's bare media type; {@code application/octet-stream} when it had none. */
  public String contentType() {
    return contentType;
  }

  /** The response body as text, as shown in the message (possibly cut). */
  public String body() {
    return body;
  }
}
