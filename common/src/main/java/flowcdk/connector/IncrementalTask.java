package flowcdk.connector;

import flowcdk.connector.state.Incremental;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.StateJson;
import flowcdk.runtime.log.Fields;
import io.vertx.core.Future;
import java.time.Duration;

/**
 * The incremental loop (docs/strategies.md#idle-and-lag-timing): wait (initially until {@code
 * interval} has passed since the cursor, later by the idle back-off), invoke the fetch with the
 * cursor, commit each cursor with the documents before it, and stop when the capture stops or a
 * backfill is triggered.
 */
final class IncrementalTask {

  private final Worker worker;
  private final Fetch.Changes fetch;
  private Incremental state;

  IncrementalTask(Worker worker, Fetch.Changes fetch, Incremental state) {
    this.worker = worker;
    this.fetch = fetch;
    this.state = state;
  }

  /** Runs until stopped (or a backfill is triggered); fails on a contract error. */
  Future<Void> run() {
    worker
        .log()
        .info(
            "resuming incremental replication",
            Fields.of(
                "args",
                Json.args(
                    "state",
                    StateJson.json(g -> StateJson.writeIncremental(g, state)),
                    "subtask_id",
                    worker.subtaskId())));
    Duration delay = Duration.ZERO;
    if (state.cursor() instanceof LogCursor.At at) {
      Duration wait =
          Lag.untilIntervalElapsed(at.instant(), worker.clock().now(), worker.interval());
      if (!wait.isZero()) {
        delay = wait;
        worker
            .log()
            .info(
                "incremental task ran recently, sleeping until `interval` has fully elapsed",
                Fields.of(
                    "args",
                    Json.args(
                        "sleep_for",
                        Json.duration(delay),
                        "interval",
                        Json.duration(worker.interval()),
                        "subtask_id",
                        worker.subtaskId())));
      }
    }
    return loop(delay);
  }

  private Future<Void> loop(Duration initialDelay) {
    return Loop.repeat(
        worker.task().vertx(),
        initialDelay,
        delay ->
            await(delay)
                .compose(
                    elapsed -> {
                      if (!elapsed) {
                        worker
                            .log()
                            .debug(
                                "incremental replication is idle and stops, as the capture is"
                                    + " stopping");
                        return Future.succeededFuture(null);
                      }
                      return invoke();
                    }));
  }

  /**
   * Waits {@code delay} or until stopping. A zero delay still takes one more turn of the event loop
   * than a backfill's yield, as the Python CDK's {@code asyncio.wait_for(..., timeout=0)} takes two
   * loop iterations where {@code asyncio.sleep(0)} takes one: so a binding's first backfill
   * transaction is committed before its first incremental one, in the Python CDK's order.
   */
  private Future<Boolean> await(Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      return Yield.now(worker.task().vertx())
          .compose(v -> worker.clock().sleep(delay, worker.stopping()));
    }
    return worker.clock().sleep(delay, worker.stopping());
  }

  /** One invocation; completes with the next delay, or null when the task ends. */
  private Future<Duration> invoke() {
    Changes sink = new Changes();
    LogCursor cursor = state.cursor();
    return Calls.future("Fetch.Changes", () -> fetch.fetch(cursor, sink))
        .transform(sink::settle)
        .map(
            v -> {
              if (sink.triggered) {
                return null;
              }
              if (sink.pending) {
                throw new IllegalStateException(
                    "Implementation error: Fetch.Changes gave documents but no final LogCursor: checkpoint"
                        + " a LogCursor after the documents");
              }
              return nextDelay(sink.checkpoints);
            });
  }

  private Duration nextDelay(int checkpoints) {
    Duration delay;
    if (checkpoints == 0) {
      delay = worker.interval();
    } else if (state.cursor() instanceof LogCursor.At at) {
      delay = Lag.untilIntervalElapsed(at.instant(), worker.clock().now(), worker.interval());
      if (delay.isZero()) {
        return Duration.ZERO;
      }
    } else {
      return Duration.ZERO;
    }
    worker
        .log()
        .debug(
            "incremental task is idle",
            Fields.of(
                "args",
                Json.args(
                    "sleep_for",
                    Json.duration(delay),
                    "cursor",
                    StateJson.write(state.cursor()),
                    "subtask_id",
                    worker.subtaskId())));
    return delay;
  }

  /** The sink of one invocation. */
  private final class Changes extends TaskSink implements Sink.Changes {
    int checkpoints;
    boolean pending;
    boolean triggered;

    Changes() {
      super(IncrementalTask.this.worker, "Fetch.Changes");
    }

    @Override
    void onDocument() {
      pending = true;
    }

    @Override
    public Future<Void> checkpoint(LogCursor cursor) {
      ensureOpen();
      try {
        CursorRules.check(state.cursor(), cursor);
        CursorRules.checkResumable(worker, "Fetch.Changes", cursor);
      } catch (IllegalStateException e) {
        return fail(e);
      }
      state = new Incremental(cursor);
      checkpoints++;
      pending = false;
      return commit(Patches.incremental(worker.stateKey(), worker.subtaskId(), state));
    }

    @Override
    public Future<Void> triggerBackfill() {
      ensureOpen();
      worker
          .log()
          .info(
              "incremental task triggered backfill",
              Fields.of("args", Json.args("subtask_id", worker.subtaskId())));
      worker.stopping().set("incremental task " + worker.task().name() + " triggered a backfill");
      triggered = true;
      pending = false;
      Future<Void> committed = commit(Patches.backfillRequest(worker.stateKey()));
      close("after it triggered a backfill");
      return committed;
    }
  }
}
