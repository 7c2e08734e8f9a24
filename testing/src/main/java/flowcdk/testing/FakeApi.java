package flowcdk.testing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A fake of an HTTP API for a connector's tests: a Vert.x server on 127.0.0.1 (a free port), with
 * handlers by method and path, a log of the requests it received, and switches for what APIs do
 * under load (429 with {@code Retry-After}, 5xx) so retries are tested against real HTTP.
 *
 * <pre>{@code
 * try (FakeApi api = FakeApi.start(routes -> routes
 *     .get("/v1/items", request -> request.response().end("{\"data\":[]}")))) {
 *   ... point the connector at api.url("/v1") ...
 * }
 * }</pre>
 */
public final class FakeApi implements AutoCloseable {

  /**
   * One request as the fake received it.
   *
   * @param method the method, such as {@code GET}
   * @param path the path, without the query
   * @param query the query string, or empty
   * @param authorization the {@code Authorization} header, or null; never shown by {@link
   *     #toString()}
   * @param status the status it was answered with (the response's status when the handler returned:
   *     200 for a handler that answers later)
   */
  public record Request(
      String method, String path, String query, String authorization, int status) {
    /** The request without its credentials. */
    @Override
    public String toString() {
      return method
          + " "
          + path
          + (query.isEmpty() ? "" : "?" + query)
          + (authorization == null ? "" : " (authorized)")
          + " -> "
          + status;
    }
  }

  /** The handlers, by {@code METHOD path}. */
  public static final class Routes {
    private final Map<String, Consumer<HttpServerRequest>> handlers = new LinkedHashMap<>();

    /** Answers {@code GET path} with {@code handler}. */
    public Routes get(String path, Consumer<HttpServerRequest> handler) {
      return on("GET", path, handler);
    }

    /** Answers {@code POST path} with {@code handler}. */
    public Routes post(String path, Consumer<HttpServerRequest> handler) {
      return on("POST", path, handler);
    }

    /** Answers {@code method path} with {@code handler}. */
    public Routes on(String method, String path, Consumer<HttpServerRequest> handler) {
      handlers.put(method.toUpperCase(Locale.ROOT) + " " + path, handler);
      return this;
    }
  }

  /** A canned failure for the next requests. */
  private record Failure(int status, String retryAfter) {}

  private final Vertx vertx;
  private final HttpServer server;
  private final Routes routes;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Failure> failures = new ArrayList<>();

  private FakeApi(Vertx vertx, HttpServer server, Routes routes) {
    this.vertx = vertx;
    this.server = server;
    this.routes = routes;
  }

  /** Starts a fake with the routes {@code setup} adds. */
  public static FakeApi start(Consumer<Routes> setup) throws Exception {
    Routes routes = new Routes();
    setup.accept(routes);
    Vertx vertx = Vertx.vertx();
    FakeApi[] api = new FakeApi[1];
    HttpServer server =
        vertx
            .createHttpServer()
            .requestHandler(request -> api[0].serve(request))
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
    api[0] = new FakeApi(vertx, server, routes);
    return api[0];
  }

  /** The URL of {@code path} on the fake, such as {@code http://127.0.0.1:41234/v1}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.actualPort() + path;
  }

  /** The requests received so far, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /**
   * Answers the next {@code count} requests with {@code status} and, when not null, a {@code
   * Retry-After} header of {@code retryAfter} (seconds or an HTTP date), before the handlers again.
   */
  public synchronized FakeApi failNext(int count, int status, String retryAfter) {
    for (int i = 0; i < count; i++) {
      failures.add(new Failure(status, retryAfter));
    }
    return this;
  }

  private void serve(HttpServerRequest request) {
    Failure failure;
    synchronized (this) {
      failure = failures.isEmpty() ? null : failures.remove(0);
    }
    Consumer<HttpServerRequest> handler =
        routes.handlers.get(request.method().name() + " " + request.path());
    if (failure != null) {
      if (failure.retryAfter() != null) {
        request.response().putHeader("Retry-After", failure.retryAfter());
      }
      request.response().setStatusCode(failure.status()).end("{\"error\":\"canned failure\"}");
    } else if (handler == null) {
      request
          .response()
          .setStatusCode(404)
          .end("{\"error\":\"no route for " + request.path() + "\"}");
    } else {
      handler.accept(request);
    }
    requests.add(
        new Request(
            request.method().name(),
            request.path(),
            request.query() == null ? "" : request.query(),
            request.getHeader("Authorization"),
            request.response().getStatusCode()));
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
