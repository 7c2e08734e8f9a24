package flowcdk.connector.http;

import flowcdk.runtime.json.RawJson;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A whole response.
 *
 * @param status the status code
 * @param headers the response headers (names compared ignoring case)
 * @param url the final URL, after any redirects that were followed
 * @param body the body, decompressed; empty if the response had none
 */
public record HttpResponse(int status, MultiMap headers, String url, Buffer body) {

  /** Checks the parts. */
  public HttpResponse {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
  }

  /** The body as UTF-8 text; invalid bytes become U+FFFD. */
  public String text() {
    return body.toString(StandardCharsets.UTF_8);
  }

  /**
   * The body as one JSON value.
   *
   * @throws HttpDecodeException naming the URL and content type if the body is not valid JSON
   */
  public RawJson json() {
    try {
      return RawJson.parse(body.getBytes());
    } catch (IllegalArgumentException e) {
      throw new HttpDecodeException(
          "the response of "
              + url
              + " (Content-Type: "
              + contentType()
              + ") is not JSON: "
              + e.getMessage(),
          url,
          e);
    }
  }

  /**
   * The bare media type of {@code Content-Type}, lower case ({@code application/json} for {@code
   * application/json; charset=utf-8}); {@code application/octet-stream} when absent.
   */
  public String contentType() {
    return MediaType.of(headers);
  }

  /** The status, URL and body size; never header values or the body. */
  @Override
  public String toString() {
    return "HttpResponse[" + status + " " + url + ", " + body.length() + " bytes]";
  }
}
