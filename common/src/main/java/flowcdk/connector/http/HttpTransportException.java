package flowcdk.connector.http;

import flowcdk.runtime.task.ExpectedFailure;
import io.vertx.core.http.HttpMethod;

/**
 * An exchange could not be completed: the server could not be reached or the connection failed
 * (after the attempt loop's retries), the body could not be read, or the redirects did not end. The
 * message names the method, the URL and the cause.
 */
public final class HttpTransportException extends RuntimeException implements ExpectedFailure {

  private static final long serialVersionUID = 1L;

  private final transient HttpMethod method;
  private final String url;

  /** An exception about {@code method url}, saying {@code what} went wrong. */
  public HttpTransportException(HttpMethod method, String url, String what, Throwable cause) {
    super(method + " " + url + ": " + what, cause);
    this.method = method;
    this.url = url;
  }

  /** The request's method. */
  public HttpMethod method() {
    return method;
  }

  /** The request's URL. */
  public String url() {
    return url;
  }
}
