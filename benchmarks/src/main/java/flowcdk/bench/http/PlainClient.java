package flowcdk.bench.http;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The server's own limit in the HTTP benchmark (docs/benchmarks.md#over-http): fetches every page
 * of every binding of a {@link PageServer} with a plain Vert.x {@link HttpClient}, with the
 * connector's concurrency (one sequential pager per binding, following {@code next}, all bindings
 * at once, one connection each), and counts the documents ({@link PageCount}). No CDK class is
 * involved: no documents are decoded or written, no state is kept. With {@code --work} it also does
 * the connector's own work on each page ({@link PageWork}: decode, re-encode), still without the
 * CDK.
 */
public final class PlainClient {

  private static final Set<String> FLAGS = Set.of("base-url", "bindings", "work");

  private PlainClient() {}

  /**
   * Pages bindings {@code 0 .. bindings-1} of the server at {@code baseUrl} ({@code
   * http://host:port}) to their last page; completes with the number of documents of all of them,
   * or fails with the first failed request (naming its URL).
   */
  public static Future<Long> fetchAll(Vertx vertx, String baseUrl, int bindings) {
    return fetchAll(vertx, baseUrl, bindings, PageCount::parse);
  }

  /** Reads a page body: its count and next page. */
  interface PageReader {
    PageCount read(byte[] body) throws IOException;
  }

  /** {@link #fetchAll(Vertx, String, int)}, each page read by {@code reader}. */
  static Future<Long> fetchAll(Vertx vertx, String baseUrl, int bindings, PageReader reader) {
    // Every step runs on one event loop: a caller's thread that composed on a response future
    // completed meanwhile would set the body handler while the loop delivers the body, and could
    // miss it.
    Promise<Long> done = Promise.promise();
    vertx
        .getOrCreateContext()
        .runOnContext(v -> fetchOnLoop(vertx, baseUrl, bindings, reader).onComplete(done));
    return done.future();
  }

  private static Future<Long> fetchOnLoop(
      Vertx vertx, String baseUrl, int bindings, PageReader reader) {
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true),
            new PoolOptions().setHttp1MaxSize(Math.max(1, bindings)));
    List<Future<Long>> pagers = new ArrayList<>();
    for (int b = 0; b < bindings; b++) {
      pagers.add(pageFrom(client, reader, baseUrl + "/items" + b, 0, 0));
    }
    return Future.all(pagers)
        .map(all -> pagers.stream().mapToLong(Future::result).sum())
        .eventually(() -> client.close());
  }

  /** Fetches {@code page} and the ones after it; completes with {@code counted} plus theirs. */
  private static Future<Long> pageFrom(
      HttpClient client, PageReader reader, String url, int page, long counted) {
    String pageUrl = url + "?page=" + page;
    return client
        .request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(pageUrl))
        .compose(request -> request.send())
        .compose(response -> body(response, reader, pageUrl))
        .compose(
            count -> {
              long total = counted + count.documents();
              return count.next() < 0
                  ? Future.succeededFuture(total)
                  : pageFrom(client, reader, url, count.next(), total);
            });
  }

  private static Future<PageCount> body(
      HttpClientResponse response, PageReader reader, String url) {
    return response
        .body()
        .compose(
            body -> {
              if (response.statusCode() != 200) {
                return Future.failedFuture(
                    new IOException(
                        "GET " + url + ": status " + response.statusCode() + ": " + body));
              }
              try {
                return Future.succeededFuture(reader.read(body.getBytes()));
              } catch (IOException e) {
                return Future.failedFuture(
                    new IOException("GET " + url + ": " + e.getMessage(), e));
              }
            });
  }

  /**
   * Fetches everything and prints the number of documents on stdout; exits 0, or 1 with the error
   * on stderr. Flags: {@code --base-url http://127.0.0.1:<port>} (required), {@code --bindings N}
   * (1), {@code --work true} (also decode and re-encode every page, {@link PageWork}).
   */
  public static void main(String[] args) {
    String baseUrl;
    int bindings;
    boolean work;
    try {
      Flags flags = Flags.parse("PlainClient", args, FLAGS);
      baseUrl = flags.string("base-url", null);
      bindings = flags.integer("bindings", 1, 1);
      work = flags.bool("work", false);
      if (baseUrl == null) {
        throw new IllegalArgumentException(
            "PlainClient: --base-url is required, e.g. --base-url http://127.0.0.1:8080");
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Vertx vertx = Vertx.vertx();
    int status = 0;
    try {
      // One PageWork per run: every page is read on the client's one event loop.
      PageReader reader = work ? new PageWork()::apply : PageCount::parse;
      System.out.println(fetchAll(vertx, baseUrl, bindings, reader).await());
    } catch (Exception e) { // await rethrows the failure as it is, checked or not
      System.err.println("PlainClient: " + e.getMessage());
      status = 1;
    }
    vertx.close().await();
    System.exit(status);
  }
}
