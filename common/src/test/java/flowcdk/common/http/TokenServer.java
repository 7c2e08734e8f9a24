package flowcdk.common.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 (a free port) standing for a token endpoint or the config
 * encryption service: it records every request and answers with what the test's responder says,
 * when the responder's future completes (so a test can hold a response back).
 */
final class TokenServer implements AutoCloseable {

  /**
   * One request as the server received it.
   *
   * @param method the HTTP method
   * @param path the path
   * @param headers the headers, names in lower case
   * @param body the body as text
   */
  record Request(String method, String path, Map<String, String> headers, String body) {

    /** The body as a url-encoded form, fields in order. */
    Map<String, String> form() {
      Map<String, String> form = new LinkedHashMap<>();
      if (body.isEmpty()) {
        return form;
      }
      for (String pair : body.split("&", -1)) {
        int split = pair.indexOf('=');
        form.put(
            URLDecoder.decode(pair.substring(0, split), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(split + 1), StandardCharsets.UTF_8));
      }
      return form;
    }
  }

  /**
   * A response.
   *
   * @param status the status code
   * @param body the body, JSON
   */
  record Reply(int status, String body) {
    /** A 200 response with {@code json}. */
    static Reply ok(String json) {
      return new Reply(200, json);
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new ArrayList<>();

  private TokenServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server answering with {@code responder}. */
  static TokenServer start(Vertx vertx, Function<Request, Future<Reply>> responder) {
    HttpServer server = vertx.createHttpServer();
    TokenServer tokens = new TokenServer(server);
    server.requestHandler(request -> tokens.handle(request, responder));
    Await.result(server.listen(0, "127.0.0.1"));
    return tokens;
  }

  private void handle(HttpServerRequest request, Function<Request, Future<Reply>> responder) {
    request
        .body()
        .compose(
            body -> {
              Map<String, String> headers = new LinkedHashMap<>();
              request
                  .headers()
                  .forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
              Request received =
                  new Request(
                      request.method().name(),
                      request.path(),
                      headers,
                      body.toString(StandardCharsets.UTF_8));
              synchronized (requests) {
                requests.add(received);
              }
              return responder.apply(received);
            })
        .onComplete(
            reply -> {
              Reply answer = reply.succeeded() ? reply.result() : new Reply(500, "{}");
              request
                  .response()
                  .setStatusCode(answer.status())
                  .putHeader("content-type", "application/json")
                  .end(answer.body());
            });
  }

  /** The URL of {@code path} on this server. */
  String url(String path) {
    return "http://127.0.0.1:" + server.actualPort() + path;
  }

  /** The requests received so far, in order. */
  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  @Override
  public void close() {
    Await.result(server.close());
  }
}
