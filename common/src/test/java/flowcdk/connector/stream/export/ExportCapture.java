package flowcdk.connector.stream.export;

import flowcdk.annotations.Capture;
import flowcdk.connector.BindingContext;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ResourceConfig;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.Sink;
import flowcdk.connector.Strategies;
import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.ResourceState;
import flowcdk.connector.state.Slot;
import flowcdk.connector.stream.JsonItemStream;
import flowcdk.connector.stream.JsonItems;
import flowcdk.connector.stream.Streams;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A connector that backfills one huge export: {@code GET <base_url>/export?after=<id>} answers
 * {@code {"items":[...every record after id...],"total":n}} in one streamed body, read item by item
 * with {@link JsonItems}, its {@code total} checked against the records read once the body ends.
 * Every {@value #CHECKPOINT_EVERY} records it checkpoints the last id, so a restarted capture asks
 * only for the rest, and no transaction holds more than that many records.
 */
@Capture(
    docsUrl = "https://example.com/export",
    config = ExportConfig.class,
    resources = {})
public final class ExportCapture implements CaptureConnector<ExportConfig> {

  /** Records per checkpoint. */
  static final int CHECKPOINT_EVERY = 20_000;

  private static final JsonItems<ExportItem> ITEMS =
      JsonItems.at("items.item", ExportItemJson.INSTANCE);

  @Override
  public Future<List<ResourceSpec>> resources(ExportConfig config) {
    return Future.succeededFuture(
        List.of(
            ResourceSpec.builder("export")
                .key("/id")
                .schema(ExportItemJson.INSTANCE.schema())
                .opener(new Export())
                .build()));
  }

  /** The export, backfilled from the record after the page cursor. */
  private static final class Export implements ResourceOpener<ExportConfig, ResourceConfig> {

    @Override
    public Future<ResourceState> initialState(
        ExportConfig config, ResourceConfig resourceConfig, Instant now) {
      return Future.succeededFuture(
          ResourceState.EMPTY.withBackfill(
              Slot.of(new Backfill(LogCursor.at(now), PageCursor.NONE))));
    }

    @Override
    public Future<?> open(BindingContext<ExportConfig, ResourceConfig> binding) {
      Http http = binding.http();
      String url = binding.config().baseUrl() + "/export";
      return Strategies.forBinding(binding)
          .backfill((page, cutoff, sink) -> fetch(http, url, page, sink))
          .open();
    }

    private static Future<Void> fetch(Http http, String url, PageCursor page, Sink.Page sink) {
      long after = page.isNone() ? 0 : page.asLong();
      HttpRequest request = HttpRequest.get(url).query("after", after).timeout(Duration.ofHours(1));
      return http.requestStream(request)
          .compose(
              response -> {
                long[] count = {0};
                JsonItemStream<ExportItem> items = ITEMS.stream(response.body());
                return Streams.forEachAsync(
                        items,
                        item -> {
                          sink.document(item, ExportItemJson.INSTANCE);
                          return ++count[0] % CHECKPOINT_EVERY == 0
                              ? sink.checkpoint(PageCursor.of(item.id()))
                              : Future.succeededFuture();
                        })
                    .compose(v -> checkTotal(items.remainder(ExportSummaryJson.INSTANCE), count[0]))
                    .onFailure(e -> response.cancel());
              });
    }

    /** Fails unless the body said it held as many records as were read. */
    private static Future<Void> checkTotal(ExportSummary summary, long read) {
      return summary.total() == read
          ? Future.succeededFuture()
          : Future.failedFuture(
              new IllegalStateException(
                  "the export said it had "
                      + summary.total()
                      + " records, but "
                      + read
                      + " were read"));
    }
  }
}
