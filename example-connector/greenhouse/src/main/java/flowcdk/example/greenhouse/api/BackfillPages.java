package flowcdk.example.greenhouse.api;

import flowcdk.connector.Fetch;
import flowcdk.connector.Sink;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.example.greenhouse.models.GreenhouseResourceJson;
import io.vertx.core.Future;
import java.time.Instant;

/**
 * The backfill of a resource: the records updated from the start date to the cutoff, one page per
 * call, the next page's Harvest cursor as the page cursor.
 */
public final class BackfillPages implements Fetch.Page {

  private final Harvest harvest;
  private final String path;
  private final Instant startDate;

  /** Backfills the resource at {@code path} from {@code startDate}. */
  public BackfillPages(Harvest harvest, String path, Instant startDate) {
    this.harvest = harvest;
    this.path = path;
    this.startDate = startDate;
  }

  @Override
  public Future<Void> fetch(PageCursor page, LogCursor cutoff, Sink.Page sink) {
    Instant end = Instants.of(cutoff, "backfill cutoff", path);
    HttpRequest request =
        page.isNone()
            ? harvest
                .listing(path)
                .query("updated_at", UpdatedAt.from(startDate, end))
                .query("per_page", Harvest.MAX_PER_PAGE)
            : harvest.nextPage(path, page.asString());
    return harvest
        .page(
            request,
            Items.INCREMENTAL,
            record -> sink.document(record, GreenhouseResourceJson.INSTANCE))
        .compose(
            next -> next == null ? Future.succeededFuture() : sink.checkpoint(PageCursor.of(next)));
  }
}
