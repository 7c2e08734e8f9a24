package flowcdk.bench.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The one HTTP server of the HTTP benchmark (docs/benchmarks.md#over-http): {@code GET
 * /items<b>?page=<k>} answers page {@code k} (0 when absent) of binding {@code b} as {@code
 * {"items":[...],"next":k+1}}, the last page with {@code "next":null}. Bodies are rendered once at
 * start ({@link PageBodies}) and written with a {@code Content-Length} on keep-alive connections,
 * so every client pays the same, small, server cost. Anything else is a 404 (or 405) whose JSON
 * body says what exists.
 *
 * <p>Run it as a process with {@code java -cp bench-connector.jar flowcdk.bench.http.PageServer
 * --port 0 --bindings N --pages M --page-size P --pad 64} ({@link #main}), or in-process with
 * {@link #start}.
 */
public final class PageServer {

  private static final Set<String> FLAGS =
      Set.of("host", "port", "bindings", "pages", "page-size", "pad", "latency-ms");

  private final HttpServer server;
  private final String host;
  private final PageBodies bodies;

  private PageServer(HttpServer server, String host, PageBodies bodies) {
    this.server = server;
    this.host = host;
    this.bodies = bodies;
  }

  /**
   * Renders the pages of {@code shape} and starts serving them on {@code host} and {@code port} (0
   * for any free port) with one event loop of {@code vertx}. Rendering runs on the calling thread:
   * call this from a thread that may block (a main or a test), not from an event loop.
   */
  public static Future<PageServer> start(Vertx vertx, PageShape shape, String host, int port) {
    return start(vertx, shape, host, port, 0);
  }

  /**
   * Like {@link #start(Vertx, PageShape, String, int)}, answering each page {@code latencyMillis}
   * after it was asked for, as a remote API would (the scale-out benchmark).
   */
  public static Future<PageServer> start(
      Vertx vertx, PageShape shape, String host, int port, long latencyMillis) {
    PageBodies bodies = PageBodies.render(shape);
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port));
    return server
        .requestHandler(
            request -> {
              if (latencyMillis > 0) {
                vertx.setTimer(latencyMillis, t -> serve(bodies, request));
              } else {
                serve(bodies, request);
              }
            })
        .listen()
        .map(listening -> new PageServer(listening, host, bodies));
  }

  /** The port the server listens on. */
  public int port() {
    return server.actualPort();
  }

  /** {@code http://<host>:<port>}: the base URL the clients page, without a trailing slash. */
  public String baseUrl() {
    return "http://" + host + ":" + port();
  }

  /** What the server serves. */
  public PageShape shape() {
    return bodies.shape();
  }

  /** Stops listening and closes the open connections. */
  public Future<Void> close() {
    return server.close();
  }

  private static void serve(PageBodies bodies, HttpServerRequest request) {
    if (request.method() != HttpMethod.GET) {
      error(request, 405, "only GET is served, not " + request.method());
      return;
    }
    PageShape shape = bodies.shape();
    int binding = number(request.path(), "/items");
    String pageParam = request.getParam("page");
    int page = pageParam == null ? 0 : number(pageParam, "");
    if (binding < 0 || binding >= shape.bindings() || page < 0 || page >= shape.pages()) {
      error(
          request,
          404,
          "no such page: "
              + request.uri()
              + "; this server has /items0 to /items"
              + (shape.bindings() - 1)
              + ", each with ?page=0 to "
              + (shape.pages() - 1));
      return;
    }
    request
        .response()
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        // A slice per response: no two responses share the body's read position.
        .end(bodies.body(binding, page).slice());
  }

  /** The non-negative decimal number after {@code prefix} in {@code text}, or -1. */
  private static int number(String text, String prefix) {
    if (!text.startsWith(prefix)
        || text.length() == prefix.length()
        || text.length() > prefix.length() + 9) {
      return -1;
    }
    int value = 0;
    for (int i = prefix.length(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static void error(HttpServerRequest request, int status, String message) {
    String body = "{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    request
        .response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end(Buffer.buffer(body, StandardCharsets.UTF_8.name()));
  }

  /**
   * Serves pages until stdin closes (or the process is killed): prints the port on stdout's first
   * line, and nothing else on stdout; a summary of what it serves goes to stderr. Flags ({@code
   * --name value}): {@code --host} (127.0.0.1), {@code --port} (0: any free port), {@code
   * --bindings} (20), {@code --pages} (50), {@code --page-size} (1000), {@code --pad} (64), {@code
   * --latency-ms} (0: each page is answered that long after it was asked for).
   */
  public static void main(String[] args) throws IOException {
    PageShape shape;
    String host;
    int port;
    long latency;
    try {
      Flags flags = Flags.parse("PageServer", args, FLAGS);
      host = flags.string("host", "127.0.0.1");
      port = flags.integer("port", 0, 0);
      latency = flags.integer("latency-ms", 0, 0);
      shape =
          new PageShape(
              flags.integer("bindings", 20, 1),
              flags.integer("pages", 50, 1),
              flags.integer("page-size", 1000, 1),
              flags.integer("pad", 64, 0));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Vertx vertx = Vertx.vertx();
    PageServer server = start(vertx, shape, host, port, latency).await();
    PrintStream out = System.out;
    out.println(server.port());
    out.flush();
    System.err.printf(
        "PageServer: %s serves %d bindings x %d pages x %d documents (%d documents, %.1f MB of"
            + " bodies) until stdin closes%n",
        server.baseUrl(),
        shape.bindings(),
        shape.pages(),
        shape.pageSize(),
        shape.documents(),
        server.bodies.bytes() / 1e6);
    drain(System.in);
    vertx.close().await();
    System.exit(0);
  }

  /** Reads {@code in} to its end: the owner of the process closes stdin to stop the server. */
  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[256];
    while (in.read(buffer) >= 0) {
      // input is ignored; only its end matters
    }
  }
}
