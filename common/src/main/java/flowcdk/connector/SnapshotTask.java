package flowcdk.connector;

import flowcdk.connector.state.Snapshot;
import flowcdk.connector.state.StateJson;
import flowcdk.runtime.codec.Op;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Fields;
import flowcdk.runtime.task.DocumentWriter;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The snapshot loop (docs/strategies.md#snapshots): wait until {@code updated_at + interval}, take
 * the whole resource numbering rows from 0 ({@code _meta.op} {@code "u"} for rows the last emitted
 * pass had, {@code "c"} beyond), emit them only if their digest differs from the last emitted pass
 * (then tombstone the rows that disappeared), and always checkpoint the snapshot state.
 */
final class SnapshotTask {

  private final Worker worker;
  private final Fetch.Snapshot fetch;
  private final RawJson tombstone;
  private Snapshot state;

  SnapshotTask(Worker worker, Fetch.Snapshot fetch, Snapshot state, RawJson tombstone) {
    this.worker = worker;
    this.fetch = fetch;
    this.state = state == null ? Snapshot.INITIAL : state;
    this.tombstone = tombstone;
  }

  /** Runs until the capture stops; fails on an error of the fetch. */
  Future<Void> run() {
    return Loop.repeat(worker.task().vertx(), Boolean.TRUE, ignored -> pass());
  }

  /** Waits for and takes one pass; completes with TRUE to go on, null when stopping. */
  private Future<Boolean> pass() {
    Instant next = state.updatedAt().plus(worker.interval());
    Duration wait = Duration.between(worker.clock().now(), next);
    worker
        .log()
        .debug(
            "awaiting next snapshot",
            Fields.of(
                "args", Json.args("sleep_for", Json.duration(wait), "next", Json.instant(next))));
    return worker
        .clock()
        .sleep(wait, worker.stopping())
        .compose(
            elapsed -> {
              if (!elapsed) {
                worker
                    .log()
                    .debug("periodic snapshot is idle and stops, as the capture is stopping");
                return Future.succeededFuture(null);
              }
              Instant updatedAt = worker.clock().now();
              Rows sink = new Rows();
              return Calls.future("Fetch.Snapshot", () -> fetch.fetch(sink))
                  .transform(sink::settle)
                  .compose(v -> finish(updatedAt, sink));
            });
  }

  private Future<Boolean> finish(Instant updatedAt, Rows sink) {
    long count = sink.count;
    String digest = worker.task().pendingDigest();
    worker
        .log()
        .debug(
            "polled snapshot",
            Fields.of(
                "args",
                Json.args(
                    "count",
                    count,
                    "digest",
                    digest,
                    "last_count",
                    state.lastCount(),
                    "last_digest",
                    state.lastDigest())));
    if (!digest.equals(state.lastDigest())) {
      for (long row = count; row < state.lastCount(); row++) {
        worker.task().captured(worker.index(), SnapshotMeta.apply(tombstone, Op.DELETE, row));
      }
      state = new Snapshot(updatedAt, count, digest);
    } else {
      worker.task().reset(); // unchanged: emit nothing, but record the pass
      for (RawJson schema : sink.schemas) { // and keep its sourced schemas
        worker.task().sourcedSchema(worker.index(), schema);
      }
      state = new Snapshot(updatedAt, state.lastCount(), state.lastDigest());
    }
    return worker
        .task()
        .checkpoint(Patches.snapshot(worker.stateKey(), worker.subtaskId(), state))
        .map(Boolean.TRUE);
  }

  /** The sink of one pass: numbers rows and sets their {@code _meta}. */
  private final class Rows extends TaskSink {
    long count;
    final List<RawJson> schemas = new ArrayList<>();

    Rows() {
      super(SnapshotTask.this.worker, "Fetch.Snapshot");
    }

    @Override
    void onDocument() {}

    @Override
    public void document(RawJson document) {
      ensureOpen();
      Op op = count < state.lastCount() ? Op.UPDATE : Op.CREATE;
      worker.task().captured(worker.index(), SnapshotMeta.apply(document, op, count));
      count++;
    }

    @Override
    public void document(DocumentWriter writer) {
      document(StateJson.json(writer::write));
    }

    @Override
    public void sourcedSchema(RawJson schema) {
      super.sourcedSchema(schema);
      schemas.add(schema);
    }

    @Override
    public void documentFor(int binding, RawJson document) {
      throw new UnsupportedOperationException(
          "snapshots do not support documents for other bindings");
    }
  }
}
