package flowcdk.common.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server for the client's tests, on {@code 127.0.0.1} and a free port: handlers by
 * path, and a record of every request that arrived (in order), so tests count and inspect what the
 * client sent. Unknown paths answer 404 {@code no route}.
 */
public final class TestServer implements AutoCloseable {

  /** One request as it arrived: its method, URI (path and raw query), headers and body. */
  public record Arrival(String method, String uri, Map<String, String> headers, String body) {
    /** A header, by name ignoring case; null if absent. */
    public String header(String name) {
      for (Map.Entry<String, String> header : headers.entrySet()) {
        if (header.getKey().equalsIgnoreCase(name)) {
          return header.getValue();
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final Map<String, Handler<HttpServerRequest>> routes = new ConcurrentHashMap<>();
  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
  private final AtomicInteger count = new AtomicInteger();
  private final String host;

  private TestServer(Vertx vertx, String host) {
    this.host = host;
    this.server =
        vertx
            .createHttpServer()
            .requestHandler(
                request -> {
                  Map<String, String> headers = new java.util.LinkedHashMap<>();
                  request.headers().forEach(h -> headers.put(h.getKey(), h.getValue()));
                  Handler<HttpServerRequest> route = routes.get(request.path());
                  // Bodies are recorded only for small requests the tests send; routes that
                  // read the body themselves get it through Arrival too.
                  request
                      .body()
                      .onComplete(
                          body -> {
                            arrivals.add(
                                new Arrival(
                                    request.method().name(),
                                    request.uri(),
                                    headers,
                                    body.succeeded() ? body.result().toString() : ""));
                            count.incrementAndGet();
                            if (route == null) {
                              request.response().setStatusCode(404).end("no route");
                            } else {
                              route.handle(request);
                            }
                          });
                });
  }

  /** Starts a server on {@code 127.0.0.1}. */
  public static TestServer start(Vertx vertx) throws Exception {
    return start(vertx, "127.0.0.1");
  }

  /** Starts a server listening on {@code bindHost}. */
  public static TestServer start(Vertx vertx, String bindHost) throws Exception {
    TestServer server = new TestServer(vertx, bindHost);
    server
        .server
        .listen(0, bindHost)
        .toCompletionStage()
        .toCompletableFuture()
        .get(30, TimeUnit.SECONDS);
    return server;
  }

  /** Handles requests to {@code path} with {@code handler} (after their body has arrived). */
  public TestServer route(String path, Handler<HttpServerRequest> handler) {
    routes.put(path, handler);
    return this;
  }

  /** {@code http://127.0.0.1:<port><pathAndQuery>}. */
  public String url(String pathAndQuery) {
    return "http://" + host + ":" + port() + pathAndQuery;
  }

  /** The port. */
  public int port() {
    return server.actualPort();
  }

  /** How many requests arrived (and got to their route). */
  public int count() {
    return count.get();
  }

  /** The requests that arrived, in order. */
  public List<Arrival> arrivals() {
    return List.copyOf(arrivals);
  }

  @Override
  public void close() throws ExecutionException, TimeoutException {
    try {
      server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while closing the test server", e);
    }
  }
}
