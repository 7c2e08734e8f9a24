package flowcdk.common.http;

import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link TokenEndpoint} on Vert.x's own HTTP client, standing for the capture's client in these
 * tests: a form POST, the body as JSON, an error status as a failure whose message has the status,
 * the URL and the body (as the capture's client reports it).
 */
final class VertxTokenEndpoint implements TokenEndpoint {

  /** An error status. */
  static final class StatusException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StatusException(int status, String url, String body) {
      super("HTTP " + status + " from " + url + ": " + body);
    }
  }

  private final HttpClient client;

  VertxTokenEndpoint(Vertx vertx) {
    this.client = vertx.createHttpClient();
  }

  @Override
  public Future<RawJson> postForm(
      String url, Map<String, String> form, Map<String, String> headers) {
    List<String> fields = new ArrayList<>();
    form.forEach(
        (name, value) ->
            fields.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setAbsoluteURI(url)
            .putHeader("content-type", "application/x-www-form-urlencoded");
    headers.forEach(options::putHeader);
    return post(options, url, String.join("&", fields));
  }

  /** POSTs {@code body} as JSON: what the capture's client does for the encryption service. */
  Future<RawJson> postJson(String url, RawJson body) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setAbsoluteURI(url)
            .putHeader("content-type", "application/json");
    return post(options, url, body.toString());
  }

  private Future<RawJson> post(RequestOptions options, String url, String body) {
    // The body is asked for in the callback that delivers the response, nested: a callback
    // chained outside may run later, after the body's chunks went by unread (an empty body).
    return client
        .request(options)
        .compose(
            request ->
                request
                    .send(Buffer.buffer(body, "UTF-8"))
                    .compose(
                        response ->
                            response
                                .body()
                                .map(
                                    bytes -> {
                                      if (response.statusCode() >= 400) {
                                        throw new StatusException(
                                            response.statusCode(), url, bytes.toString());
                                      }
                                      return RawJson.parse(bytes.getBytes());
                                    })));
  }
}
