package flowcdk.example.greenhouse.api;

import flowcdk.connector.Fetch;
import flowcdk.connector.Sink;
import flowcdk.example.greenhouse.models.GreenhouseSnapshotResourceJson;
import io.vertx.core.Future;

/** The snapshot of a resource: every page of its listing. */
public final class FullListing implements Fetch.Snapshot {

  private final Harvest harvest;
  private final String path;

  /** Lists the resource at {@code path}. */
  public FullListing(Harvest harvest, String path) {
    this.harvest = harvest;
    this.path = path;
  }

  @Override
  public Future<Void> fetch(Sink sink) {
    return harvest.pages(
        path,
        harvest.listing(path).query("per_page", Harvest.MAX_PER_PAGE),
        Items.SNAPSHOT,
        record -> sink.document(record, GreenhouseSnapshotResourceJson.INSTANCE));
  }
}
