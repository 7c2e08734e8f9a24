package ${package};

import flowcdk.annotations.Resource;
import flowcdk.connector.BindingContext;
import flowcdk.connector.ResourceConfig;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.Sink;
import flowcdk.connector.Strategies;
import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.Incremental;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.ResourceState;
import flowcdk.connector.state.Slot;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;

/**
 * The items: a backfill of everything updated before the binding was created, page by page, and
 * from then on every change, by {@code updated_at}, every five minutes.
 *
 * <p>A new binding's state puts the incremental cursor and the backfill's cutoff at the same
 * instant, so the backfill covers everything up to it and the incremental capture everything after:
 * nothing falls between. Every window ends {@link #LAG} before now, because APIs often list an
 * update a little after it happened.
 */
@Resource(name = "items", key = "/id", document = Item.class, interval = "PT5M")
public final class Items implements ResourceOpener<ApiConfig, ResourceConfig> {

  /** How late the API may list an update: every window ends this long before now. */
  static final Duration LAG = Duration.ofMinutes(1);

  /** The resource, as the capture's processor-generated registry creates it. */
  public Items() {}

  /** A new binding: the cursor and the backfill's cutoff both at the lag before now. */
  @Override
  public Future<ResourceState> initialState(
      ApiConfig config, ResourceConfig resource, Instant now) {
    LogCursor cutoff = LogCursor.at(now.minus(LAG));
    return Future.succeededFuture(
        ResourceState.EMPTY
            .withInc(Slot.of(new Incremental(cutoff)))
            .withBackfill(Slot.of(new Backfill(cutoff, PageCursor.NONE))));
  }

  @Override
  public Future<?> open(BindingContext<ApiConfig, ResourceConfig> binding) {
    Api api = new Api(binding.http());
    Instant startDate = binding.config().startDate();
    return Strategies.forBinding(binding)
        .incremental((cursor, sink) -> changes(api, cursor, binding.clock().now().minus(LAG), sink))
        .backfill((page, cutoff, sink) -> backfill(api, page, cutoff, startDate, sink))
        .open();
  }

  /**
   * Emits every item updated after the cursor and at or before {@code end}, then the new cursor.
   */
  private static Future<Void> changes(Api api, LogCursor cursor, Instant end, Sink.Changes sink) {
    Instant start = ((LogCursor.At) cursor).instant();
    if (!start.isBefore(end)) {
      return Future.succeededFuture(); // Nothing to ask yet: try again next interval.
    }
    return changePages(api, start, end, null, start, sink)
        .compose(
            latest ->
                latest.isAfter(start)
                    ? sink.checkpoint(LogCursor.at(latest))
                    : Future.succeededFuture());
  }

  /** Emits the window's pages from {@code page} on; completes with the latest update emitted. */
  private static Future<Instant> changePages(
      Api api, Instant start, Instant end, String page, Instant latest, Sink.Changes sink) {
    return api.items(start, end, page)
        .compose(
            items -> {
              Instant newest = latest;
              for (Item item : items.data()) {
                sink.document(item, ItemJson.INSTANCE);
                if (item.updatedAt().isAfter(newest)) {
                  newest = item.updatedAt();
                }
              }
              return items.nextCursor() == null
                  ? Future.succeededFuture(newest)
                  : changePages(api, start, end, items.nextCursor(), newest, sink);
            });
  }

  /** Emits one page of the items updated up to the cutoff, then the next page's cursor. */
  private static Future<Void> backfill(
      Api api, PageCursor page, LogCursor cutoff, Instant startDate, Sink.Page sink) {
    Instant end = ((LogCursor.At) cutoff).instant();
    return api.items(startDate, end, page.isNone() ? null : page.asString())
        .compose(
            items -> {
              items.data().forEach(item -> sink.document(item, ItemJson.INSTANCE));
              return items.nextCursor() == null
                  ? Future.succeededFuture()
                  : sink.checkpoint(PageCursor.of(items.nextCursor()));
            });
  }
}
