package flowcdk.connector;

import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.StateJson;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Fields;
import io.vertx.core.Future;

/**
 * The backfill loop (docs/strategies.md#backfill): invoke the fetch with the next page and the
 * cutoff, commit each page cursor with the documents before it, and finish when an invocation ends
 * without a trailing cursor: the completion checkpoint removes the backfill state. Stops (without
 * completing) when the capture stops; the next run resumes from the last checkpoint.
 */
final class BackfillTask {

  private final Worker worker;
  private final Fetch.RecurringPage fetch;
  private final boolean connectorInitiated;
  private final String catalogTaskName;
  private final ScheduleFollowUp followUp;
  private Backfill state;
  private boolean completed;

  BackfillTask(
      Worker worker,
      Fetch.RecurringPage fetch,
      Backfill state,
      boolean connectorInitiated,
      String catalogTaskName,
      ScheduleFollowUp followUp) {
    this.worker = worker;
    this.fetch = fetch;
    this.state = state;
    this.connectorInitiated = connectorInitiated;
    this.catalogTaskName = catalogTaskName;
    this.followUp = followUp;
  }

  /** Runs until the backfill completes or the capture stops; fails on a contract error. */
  Future<Void> run() {
    Object args =
        Json.args(
            "state",
            StateJson.json(g -> StateJson.writeBackfill(g, state)),
            "subtask_id",
            worker.subtaskId());
    if (state.nextPage() != null && !state.nextPage().isNone()) {
      worker.log().info("resuming backfill", Fields.of("args", args));
    } else {
      worker
          .log()
          .info(
              "beginning backfill",
              Fields.of("observable", true, "catalog_task_name", catalogTaskName, "args", args));
    }
    worker.status().backfillStarted(worker.index());
    return Loop.repeat(worker.task().vertx(), Boolean.TRUE, ignored -> step())
        .compose(v -> completed ? complete() : Future.succeededFuture());
  }

  /** One invocation; completes with TRUE to go on, null when done or stopping. */
  private Future<Boolean> step() {
    if (worker.stopping().isSet()) {
      worker
          .log()
          .debug(
              "backfill stops, as the capture is stopping",
              Fields.of("args", Json.args("subtask_id", worker.subtaskId())));
      return Future.succeededFuture(null);
    }
    Pages sink = new Pages();
    PageCursor page = state.nextPage() == null ? PageCursor.NONE : state.nextPage();
    return Calls.future(
            "Fetch.Page", () -> fetch.fetch(page, state.cutoff(), connectorInitiated, sink))
        .transform(sink::settle)
        .map(
            x -> {
              if (sink.done) {
                completed = true;
                return null;
              }
              return Boolean.TRUE;
            });
  }

  private Future<Void> complete() {
    Future<Void> committed =
        worker.task().checkpoint(Patches.backfillDone(worker.stateKey(), worker.subtaskId()));
    worker
        .log()
        .info("completed backfill", Fields.of("args", Json.args("subtask_id", worker.subtaskId())));
    worker.status().backfillCompleted(worker.index());
    if (followUp != null) {
      followUp.backfillCompleted(worker);
    }
    return committed;
  }

  /** The sink of one invocation. */
  private final class Pages extends TaskSink implements Sink.Page {
    boolean done = true;

    Pages() {
      super(BackfillTask.this.worker, "Fetch.Page");
    }

    @Override
    void onDocument() {
      done = true;
    }

    @Override
    public Future<Void> checkpoint(PageCursor next) {
      ensureOpen();
      if (next == null || next.isNone()) {
        return fail(
            new IllegalStateException(
                "Implementation error: Fetch.Page checkpointed PageCursor.NONE (or null). To end"
                    + " the backfill, give the documents and complete without a final"
                    + " PageCursor."));
      }
      if (next.json().isObject()) {
        return checkpointPatch(next.json());
      }
      try {
        CursorRules.checkResumable(worker, "Fetch.Page", next);
      } catch (IllegalStateException e) {
        return fail(e);
      }
      state = new Backfill(state.cutoff(), next);
      done = false;
      return commit(Patches.backfill(worker.stateKey(), worker.subtaskId(), state));
    }

    @Override
    public Future<Void> checkpointPatch(RawJson objectPatch) {
      ensureOpen();
      boolean replace = state.nextPage() == null || state.nextPage().isNone();
      PageCursor merged;
      try {
        merged = ObjectCursor.apply(state.nextPage(), objectPatch);
        CursorRules.checkResumable(worker, "Fetch.Page", new PageCursor(objectPatch));
      } catch (RuntimeException e) {
        return fail(e);
      }
      state = new Backfill(state.cutoff(), merged);
      done = false;
      Backfill written =
          replace ? state : new Backfill(state.cutoff(), new PageCursor(objectPatch));
      return commit(Patches.backfill(worker.stateKey(), worker.subtaskId(), written));
    }
  }
}
