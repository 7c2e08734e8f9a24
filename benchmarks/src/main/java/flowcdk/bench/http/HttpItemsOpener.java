package flowcdk.bench.http;

import flowcdk.bench.Item;
import flowcdk.bench.ItemJson;
import flowcdk.connector.BindingContext;
import flowcdk.connector.ResourceConfig;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.Sink;
import flowcdk.connector.Strategies;
import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.ResourceState;
import flowcdk.connector.state.Slot;
import io.vertx.core.Future;
import java.time.Instant;

/**
 * Opens resource {@code items<number>}: a backfill from page 0 with cutoff 2024-01-01T00:00:00Z (as
 * the bench connector's), paging {@code GET <base_url>/items<number>?page=<k>} with the capture's
 * HTTP client. The page cursor is the page number; each page's documents are committed by the next
 * page's number, the last page's by the backfill's completion.
 */
final class HttpItemsOpener implements ResourceOpener<HttpBenchConfig, ResourceConfig> {

  /** The backfill cutoff of every binding (a constant, so runs are reproducible). */
  static final Instant CUTOFF = Instant.parse("2024-01-01T00:00:00Z");

  private final int number;

  HttpItemsOpener(int number) {
    this.number = number;
  }

  @Override
  public Future<ResourceState> initialState(
      HttpBenchConfig config, ResourceConfig resourceConfig, Instant now) {
    return Future.succeededFuture(
        ResourceState.EMPTY.withBackfill(
            Slot.of(new Backfill(LogCursor.at(CUTOFF), PageCursor.NONE))));
  }

  @Override
  public Future<?> open(BindingContext<HttpBenchConfig, ResourceConfig> binding) {
    Http http = binding.http();
    String url = binding.config().baseUrl() + "/items" + number;
    return Strategies.forBinding(binding)
        .backfill((page, cutoff, sink) -> page(http, url, page, sink))
        .open();
  }

  /** Fetches page {@code page} (none: the first) of {@code url} into {@code sink}. */
  static Future<Void> page(Http http, String url, PageCursor page, Sink.Page sink) {
    long number = page.isNone() ? 0 : page.asLong();
    return http.request(HttpRequest.get(url).query("page", number), ItemsPageJson.INSTANCE)
        .compose(
            result -> {
              for (Item item : result.items()) {
                sink.document(item, ItemJson.INSTANCE);
              }
              return result.next() == null
                  ? Future.succeededFuture()
                  : sink.checkpoint(PageCursor.of(result.next()));
            });
  }
}
