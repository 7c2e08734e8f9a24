package flowcdk.common.twins.scenario;

import flowcdk.connector.Sink;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import io.vertx.core.Future;
import java.time.Instant;

/** The scenario source's fetch functions, exactly as the Python scenario connector's. */
final class ScenarioApi {

  private ScenarioApi() {}

  /** Events with {@code cursor < ts <= now} in id order, then the greatest ts (if any). */
  static Future<Void> changes(ScenarioConfig config, LogCursor cursor, Sink.Changes sink) {
    Instant since = ((LogCursor.At) cursor).instant();
    Instant last = null;
    for (long i = 0; i < config.events(); i++) {
      Event event = Event.of(i);
      if (event.ts().isAfter(since) && !event.ts().isAfter(config.now())) {
        sink.document(event, EventJson.INSTANCE);
        last = event.ts();
      }
    }
    return last == null ? Future.succeededFuture() : sink.checkpoint(LogCursor.at(last));
  }

  /**
   * Events {@code [start, start + 10)} below the count whose ts is before the cutoff; then the next
   * start id, if that event exists and is before the cutoff.
   */
  static Future<Void> page(
      ScenarioConfig config, PageCursor page, LogCursor cutoff, Sink.Page sink) {
    Instant before = ((LogCursor.At) cutoff).instant();
    long start = page.isNone() ? 0 : page.asLong();
    for (long i = start; i < Math.min(start + 10, config.events()); i++) {
      Event event = Event.of(i);
      if (event.ts().isBefore(before)) {
        sink.document(event, EventJson.INSTANCE);
      }
    }
    long next = start + 10;
    if (next < config.events() && Event.of(next).ts().isBefore(before)) {
      return sink.checkpoint(PageCursor.of(next));
    }
    return Future.succeededFuture();
  }

  /** The lookup table: {@code rows} rows. */
  static Future<Void> snapshot(ScenarioConfig config, Sink sink) {
    for (long i = 0; i < config.rows(); i++) {
      sink.document(new Row(null, i, "row-" + i), RowJson.INSTANCE);
    }
    return Future.succeededFuture();
  }

  /** Three parents, each with one child captured for the {@code children} binding. */
  static Future<Void> parents(int childrenBinding, Sink sink) {
    for (long i = 0; i < 3; i++) {
      sink.document(new Node(i), NodeJson.INSTANCE);
      sink.documentFor(childrenBinding, NodeJson.encode(new Node(100 + i)));
    }
    return Future.succeededFuture();
  }
}
