package flowcdk.connector.http;

import flowcdk.runtime.codec.JsonCodec;
import io.vertx.core.Future;

/**
 * The capture's HTTP client, shared by every binding: one connection pool, one adaptive rate
 * limiter, one {@link RateBudget} and one credentials source for the whole capture.
 *
 * <p>Every call runs the attempt loop described in the {@linkplain flowcdk.connector.http package
 * documentation}: 429 and 5xx responses are retried (paced and backed off), other 4xx responses
 * fail with an {@link HttpError}, connection failures are retried 3 times. Requests carry the
 * capture's credentials unless made {@link HttpRequest#withoutToken()}.
 *
 * <pre>{@code
 * http.request(HttpRequest.get(base + "/users").query("page", page), UsersPageJson.INSTANCE)
 *     .compose(usersPage -> ...);
 * }</pre>
 *
 * <p>Implementations are thread-safe; returned futures may complete on any thread.
 */
public interface Http {

  /**
   * Sends {@code request} and completes with the whole response once its body has been read.
   *
   * <p>Besides the attempt loop's retries, a failure while reading the body (a timeout, a reset or
   * closed connection) logs a warning and repeats the entire request, at most 3 times (4 attempts
   * in all); then the call fails with an {@link HttpTransportException}. Use {@link
   * #requestStream(HttpRequest)} for bodies too large to hold in memory.
   *
   * @return the response, whose status is below 400 and not a redirect that was followed
   */
  Future<HttpResponse> request(HttpRequest request);

  /**
   * Like {@link #request(HttpRequest)}, decoding the body with a generated codec. A body that does
   * not decode fails the call with an {@link HttpDecodeException} naming the URL and every decode
   * problem.
   */
  <T> Future<T> request(HttpRequest request, JsonCodec<T> codec);

  /**
   * Sends {@code request} and completes once the response head arrives, with the body as a stream
   * of chunks read from the connection as the consumer asks for them ({@code pause}, {@code resume}
   * and {@code fetch} reach the socket, so nothing buffers the body). The connection is released
   * when the body has been read to its end or the stream is {@linkplain HttpStream#cancel()
   * cancelled}. A failure while reading the body is not retried: it reaches the body's exception
   * handler.
   */
  Future<HttpStream> requestStream(HttpRequest request);

  /**
   * Like {@link #requestStream(HttpRequest)}, with the body split into lines at {@code "\n"}; see
   * {@link #requestLines(HttpRequest, String)}.
   */
  default Future<HttpLines> requestLines(HttpRequest request) {
    return requestLines(request, "\n");
  }

  /**
   * Like {@link #requestStream(HttpRequest)}, with the body split at {@code delimiter} (compared as
   * UTF-8 bytes, e.g. {@code "\r\n"}). Delimiters are removed; an empty line between two delimiters
   * is delivered as an empty buffer; a last fragment without a delimiter after it is delivered if
   * it is not empty, so a body ending with a delimiter has no empty last line. Back-pressure is
   * kept: the body is read only as fast as lines are consumed.
   *
   * @throws IllegalArgumentException if {@code delimiter} is empty
   */
  default Future<HttpLines> requestLines(HttpRequest request, String delimiter) {
    byte[] bytes = LineSplitter.delimiterBytes(delimiter);
    return requestStream(request).map(stream -> new SplitLines(stream, bytes));
  }
}
