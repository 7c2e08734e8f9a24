package flowcdk.example.greenhouse.api;

import flowcdk.connector.Fetch;
import flowcdk.connector.Sink;
import flowcdk.connector.state.LogCursor;
import flowcdk.example.greenhouse.models.GreenhouseResourceJson;
import flowcdk.runtime.task.CaptureClock;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;

/**
 * The incremental fetch of a resource: every record updated after the cursor and at least {@link
 * #EVENTUAL_CONSISTENCY_LAG} ago, then the latest {@code updated_at} among them as the next cursor.
 */
public final class ChangesSince implements Fetch.Changes {

  /**
   * How long Harvest may take to show an update: a window ends this long before now, so a record
   * updated just before the window's end but listed late is not skipped for good.
   */
  public static final Duration EVENTUAL_CONSISTENCY_LAG = Duration.ofMinutes(5);

  private final Harvest harvest;
  private final String path;
  private final CaptureClock clock;

  /** Changes of the resource at {@code path}, with windows ending by {@code clock}. */
  public ChangesSince(Harvest harvest, String path, CaptureClock clock) {
    this.harvest = harvest;
    this.path = path;
    this.clock = clock;
  }

  @Override
  public Future<Void> fetch(LogCursor cursor, Sink.Changes sink) {
    Instant start = Instants.of(cursor, "cursor", path);
    Instant end = clock.now().minus(EVENTUAL_CONSISTENCY_LAG);
    if (!start.isBefore(end)) {
      return Future.succeededFuture();
    }
    Instant[] latest = {start};
    return harvest
        .pages(
            path,
            harvest
                .listing(path)
                .query("updated_at", UpdatedAt.after(start, end))
                .query("per_page", Harvest.MAX_PER_PAGE),
            Items.INCREMENTAL,
            record -> {
              Instant updated = record.updatedAt();
              // Harvest's filter should hold these back; the window is checked here regardless.
              if (!updated.isAfter(start) || updated.isAfter(end)) {
                return;
              }
              sink.document(record, GreenhouseResourceJson.INSTANCE);
              if (updated.isAfter(latest[0])) {
                latest[0] = updated;
              }
            })
        .compose(
            done ->
                latest[0].isAfter(start)
                    ? sink.checkpoint(LogCursor.at(latest[0]))
                    : Future.succeededFuture());
  }
}
