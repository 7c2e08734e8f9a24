package flowcdk.docs;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.concurrent.TimeUnit;

/** A Vert.x HTTP server on 127.0.0.1, standing in for the API a docs page's connector calls. */
final class LocalApi implements AutoCloseable {

  private final Vertx vertx;
  private final HttpServer server;

  private LocalApi(Vertx vertx, HttpServer server) {
    this.vertx = vertx;
    this.server = server;
  }

  /** Starts a server on a free port whose requests go to {@code handler}. */
  static LocalApi start(Handler<HttpServerRequest> handler) throws Exception {
    Vertx vertx = Vertx.vertx();
    return new LocalApi(
        vertx, await(vertx.createHttpServer().requestHandler(handler).listen(0, "127.0.0.1")));
  }

  /** The URL of {@code path} (such as {@code /api}) on this server. */
  String url(String path) {
    return "http://127.0.0.1:" + server.actualPort() + path;
  }

  @Override
  public void close() throws Exception {
    await(vertx.close());
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
  }
}
