package flowcdk.example.greenhouse.api;

import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.stream.JsonItems;
import flowcdk.connector.stream.Streams;
import io.vertx.core.Future;
import java.util.function.Consumer;

/**
 * Harvest v3 listings: a page is a JSON array, streamed item by item as it arrives, and the next
 * page is named by a cursor in the {@code Link} header.
 */
public final class Harvest {

  /** The largest page Harvest serves. */
  public static final int MAX_PER_PAGE = 500;

  private final Http http;
  private final Endpoints endpoints;

  /** Listings of the API at {@code endpoints}, through the capture's client {@code http}. */
  public Harvest(Http http, Endpoints endpoints) {
    this.http = http;
    this.endpoints = endpoints;
  }

  /** The first request of a listing of {@code path}: parameters are added by the caller. */
  public HttpRequest listing(String path) {
    return HttpRequest.get(endpoints.resourceUrl(path));
  }

  /**
   * A follow-up request of a listing of {@code path}: the cursor alone, as Harvest requires no
   * other parameter beside it.
   */
  public HttpRequest nextPage(String path, String cursor) {
    return listing(path).query("cursor", cursor);
  }

  /**
   * Fetches one page, giving each item to {@code each} as it is decoded.
   *
   * @return the next page's cursor, or {@code null} on the last page
   */
  public <T> Future<String> page(HttpRequest request, JsonItems<T> items, Consumer<T> each) {
    return http.requestStream(request)
        .compose(
            response -> {
              String next = LinkHeader.nextCursor(response.headers().get("Link"));
              return Streams.forEach(items.stream(response.body()), each)
                  .onFailure(e -> response.cancel())
                  .map(done -> next);
            });
  }

  /** Fetches the page of {@code first} and every page after it. */
  public <T> Future<Void> pages(
      String path, HttpRequest first, JsonItems<T> items, Consumer<T> each) {
    return page(first, items, each)
        .compose(
            next ->
                next == null
                    ? Future.succeededFuture()
                    : pages(path, nextPage(path, next), items, each));
  }
}
