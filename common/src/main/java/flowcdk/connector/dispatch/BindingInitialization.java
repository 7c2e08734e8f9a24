package flowcdk.connector.dispatch;

import flowcdk.common.context.BindingScope;
import flowcdk.common.context.CaptureContext;
import flowcdk.common.time.Cron;
import flowcdk.connector.BindingContext;
import flowcdk.connector.KeyRange;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.ValidationException;
import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.Checkpoints;
import flowcdk.connector.state.ConnectorState;
import flowcdk.connector.state.Incremental;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.ResourceState;
import flowcdk.connector.state.Slot;
import flowcdk.connector.state.StateJson;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Fields;
import flowcdk.runtime.protocol.CaptureBinding;
import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import flowcdk.runtime.task.Task;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Python CDK's standard capture procedure at Open (docs/strategies.md#binding-initialization),
 * run in the root task:
 *
 * <ol>
 *   <li>A: every backfill request is cleared with its binding's state (one checkpoint per key);
 *   <li>B: per binding, in order: a missing {@code last_initialized} is filled in; the schedule is
 *       evaluated; a new, backfill-requested or schedule-due binding is (re)initialized from its
 *       opener's {@code initialState} (awaited: it may query the source); then the opener runs (and
 *       is awaited) with that state;
 *   <li>C: a timer stops the capture at the soonest future scheduled time.
 * </ol>
 *
 * NOW is taken once from the capture's clock, before the first binding.
 *
 * @param <C> the endpoint config model
 * @param <R> the resource config model
 */
final class BindingInitialization<C, R> {

  /**
   * A binding to open: the resolved binding, its decoded resource config, its opener and its
   * schedule (empty if its resource config has none).
   */
  record Entry<C, R>(
      ResolvedBinding<CaptureBinding> resolved,
      R resourceConfig,
      ResourceOpener<C, R> opener,
      Optional<Cron> schedule) {}

  private final CaptureContext context;
  private final Task root;
  private final CaptureClock clock;
  private final ConnectorState state;
  private final List<Entry<C, R>> entries;
  private final Map<String, Integer> indexes = new HashMap<>();
  private final C config;
  private final Set<String> requested = new HashSet<>();
  private final Map<String, ResourceState> states = new HashMap<>();
  private final Set<String> unclearedRequests = new HashSet<>();
  private final KeyRange range;
  private int opened;
  private Instant now;
  private Instant soonest;

  private final String captureName;

  BindingInitialization(
      CaptureContext context,
      ConnectorState state,
      List<Entry<C, R>> entries,
      C config,
      String captureName) {
    this.captureName = captureName;
    this.context = context;
    this.root = context.root();
    this.clock = context.clock();
    this.range = KeyRange.of(context.range());
    this.state = state;
    this.entries = entries;
    for (Entry<C, R> entry : entries) {
      indexes.putIfAbsent(entry.resolved().resource().name(), entry.resolved().index());
    }
    this.config = config;
  }

  /**
   * The binding's schedule from its resource config JSON: empty if it has no {@code schedule}
   * member (a resource config kind without schedules), else the parsed expression.
   *
   * @throws ValidationException if the member is not a string in the cron grammar
   */
  static Optional<Cron> schedule(ResolvedBinding<CaptureBinding> binding) {
    return schedule(
        binding.index(), binding.resource().resourcePath(), binding.binding().resourceConfig());
  }

  /**
   * The schedule in {@code resourceConfig} of the binding at {@code index} with {@code path}.
   *
   * @throws ValidationException naming the binding, if the schedule is not a string in the cron
   *     grammar
   */
  static Optional<Cron> schedule(int index, List<String> path, RawJson resourceConfig) {
    Object config = JsonValues.read(resourceConfig);
    if (!(config instanceof Map<?, ?> members) || !members.containsKey("schedule")) {
      return Optional.empty();
    }
    String where =
        "binding " + index + " (" + String.join(".", path) + "): resource config /schedule: ";
    if (!(members.get("schedule") instanceof String text)) {
      throw new ValidationException(
          where
              + "expected a string (a cron expression, or \"\" for none),"
              + " got "
              + JsonValues.toRawJson(members.get("schedule")));
    }
    try {
      return Optional.of(Cron.parse(text));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(where + e.getMessage());
    }
  }

  /**
   * Runs steps A, B and C; completes when every opener has, with the number of bindings this
   * instance opened (fewer than the entries when it captures a part of the key space).
   */
  Future<Integer> run() {
    Future<Void> chain = Future.succeededFuture();
    for (String key : state.backfillRequests().keySet()) {
      requested.add(key);
      if (!range.claims(key)) {
        // Cleared when this instance opens the binding for a subtask it claims, if it does.
        unclearedRequests.add(key);
        continue;
      }
      chain = chain.compose(v -> clearBackfillRequest(key));
    }
    chain =
        chain.map(
            v -> {
              now = clock.now();
              return null;
            });
    for (Entry<C, R> entry : entries) {
      chain = chain.compose(v -> initialize(entry));
    }
    return chain.map(
        v -> {
          if (soonest != null) {
            StopTimer.arm(root, clock, soonest, "scheduled re-initialization at " + soonest);
          }
          return opened;
        });
  }

  private Future<Void> clearBackfillRequest(String key) {
    root.log().info("clearing checkpoint due to backfill trigger", Fields.of("stateKey", key));
    return root.checkpoint(Checkpoints.clearBackfillRequest(key));
  }

  /**
   * Initializes and opens the binding if this instance claims it (docs/scale-out.md): whole, by its
   * state key, or for one of its subtasks, by its state key and subtask id. A binding it does not
   * claim is neither initialized nor opened, so this instance writes none of its state.
   */
  private Future<Void> initialize(Entry<C, R> entry) {
    String key = entry.resolved().binding().stateKey();
    if (range.claims(key)) {
      return initializeClaimed(entry, null);
    }
    ResourceState current = state.bindingStateV1().get(key);
    boolean fresh = current == null || requested.contains(key);
    Future<ResourceState> known =
        fresh
            ? untilStopped(entry.opener().initialState(config, entry.resourceConfig(), now))
            : Future.succeededFuture(current);
    return known.compose(
        resourceState -> {
          if (!claimsASubtask(key, resourceState)) {
            root.log()
                .debug(
                    "binding left to the other instances of the capture: its state key is not in"
                        + " this instance's key range, nor is any of its subtasks",
                    Fields.of("stateKey", key, "keyRange", range.toString()));
            return Future.succeededFuture();
          }
          Future<Void> cleared =
              unclearedRequests.remove(key) ? clearBackfillRequest(key) : Future.succeededFuture();
          // A fresh binding's initial state was just read: it is not read again.
          return cleared.compose(v -> initializeClaimed(entry, fresh ? resourceState : null));
        });
  }

  /** Whether this instance claims a subtask of the binding with {@code state}. */
  private boolean claimsASubtask(String key, ResourceState state) {
    for (Slot<?> slot : Arrays.asList(state.inc(), state.backfill(), state.snapshot())) {
      if (slot instanceof Slot.Subtasks<?> subtasks) {
        for (String subtask : subtasks.states().keySet()) {
          if (range.claims(KeyRange.subtask(key, subtask))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Initializes and opens a binding this instance claims; {@code initialState}, when not null, is
   * the opener's initial state, already read.
   */
  private Future<Void> initializeClaimed(Entry<C, R> entry, ResourceState initialState) {
    opened++;
    String key = entry.resolved().binding().stateKey();
    ResourceState current = state.bindingStateV1().get(key);
    boolean initialize = current == null || requested.contains(key);
    boolean connectorInitiated = false;
    Future<Void> written = Future.succeededFuture();
    if (current != null) {
      if (current.lastInitialized() == null) {
        current = current.withLastInitialized(now);
        written = root.checkpoint(Checkpoints.bindingState(key, current));
      }
      if (noBackfill(current.backfill()) && entry.schedule().isPresent()) {
        Cron cron = entry.schedule().get();
        Optional<Instant> missed = cron.nextFire(current.lastInitialized(), now);
        Optional<Instant> future = cron.nextFire(now, now.plus(Cron.RESTART_INTERVAL));
        if (missed.isPresent()) {
          initialize = true;
          connectorInitiated = true;
        }
        if (future.isPresent() && (soonest == null || future.get().isBefore(soonest))) {
          soonest = future.get();
        }
      }
    }
    if (initialize) {
      ResourceState previous = current;
      boolean initiated = connectorInitiated;
      written =
          written
              .compose(
                  v ->
                      initialState != null
                          ? Future.succeededFuture(initialState)
                          : untilStopped(
                              entry.opener().initialState(config, entry.resourceConfig(), now)))
              .compose(
                  initial -> {
                    ResourceState next =
                        reinitialized(previous, initial, initiated).withLastInitialized(now);
                    try {
                      StateJson.requireRoundTrip(next);
                    } catch (IllegalArgumentException e) {
                      return Future.failedFuture(unresumable(entry, e));
                    }
                    states.put(key, next);
                    return root.checkpoint(Checkpoints.bindingState(key, next));
                  });
    } else {
      states.put(key, current);
    }
    return written.compose(
        v -> {
          ResolvedBinding<CaptureBinding> resolved = entry.resolved();
          BindingContext<C, R> binding =
              new BindingContext<>(
                  new BindingScope<>(
                      resolved.index(),
                      config,
                      entry.resourceConfig(),
                      resolved.binding().resourceConfig(),
                      resolved.resource().name(),
                      resolved.resource().resourcePath(),
                      resolved.binding().collection().key(),
                      resolved.binding().collection().writeSchema(),
                      key,
                      states.get(key),
                      indexes,
                      context,
                      captureName));
          try {
            return entry.opener().open(binding).mapEmpty();
          } catch (Exception e) {
            return Future.failedFuture(e);
          }
        });
  }

  /** The error for an initial state whose cursors would not read back from a checkpoint. */
  private static IllegalStateException unresumable(Entry<?, ?> entry, IllegalArgumentException e) {
    return new IllegalStateException(
        "the initial state of binding "
            + String.join(".", entry.resolved().resource().resourcePath())
            + " (state key "
            + entry.resolved().binding().stateKey()
            + ") cannot be checkpointed: its "
            + e.getMessage()
            + ". No checkpoint was written; make the connector's initial state use cursors the"
            + " connector state can hold (docs/strategies.md#cursor-rules)",
        e);
  }

  /**
   * The state a re-initialized binding opens with: the opener's initial state, except that a
   * schedule-initiated backfill keeps the incremental cursor and starts its backfill at the least
   * incremental cursor (docs/strategies.md#binding-initialization), so nothing between the two is
   * captured twice.
   */
  private static ResourceState reinitialized(
      ResourceState current, ResourceState initial, boolean connectorInitiated) {
    if (!connectorInitiated) {
      return initial;
    }
    Optional<Instant> minCursor = minCursor(current);
    ResourceState next = initial;
    if (minCursor.isPresent()
        && initial.backfill() instanceof Slot.Single<Backfill> backfill
        && backfill.state().cutoff() instanceof LogCursor.At) {
      next =
          current.withBackfill(
              Slot.of(new Backfill(LogCursor.at(minCursor.get()), backfill.state().nextPage())));
    }
    return next.withConnectorInitiated(true);
  }

  private static boolean noBackfill(Slot<Backfill> backfill) {
    return backfill == null
        || (backfill instanceof Slot.Subtasks<Backfill> subtasks && subtasks.states().isEmpty());
  }

  /** The single incremental cursor, or the least of the subtasks', if they are points in time. */
  private static Optional<Instant> minCursor(ResourceState state) {
    if (state.inc() instanceof Slot.Single<Incremental> single) {
      return single.state().cursor() instanceof LogCursor.At at
          ? Optional.of(at.instant())
          : Optional.empty();
    }
    Instant min = null;
    if (state.inc() instanceof Slot.Subtasks<Incremental> subtasks) {
      for (Incremental inc : subtasks.states().values()) {
        if (inc != null
            && inc.cursor() instanceof LogCursor.At at
            && (min == null || at.instant().isBefore(min))) {
          min = at.instant();
        }
      }
    }
    return Optional.ofNullable(min);
  }

  /**
   * {@code initial}, or a {@link CaptureStoppedException} as soon as the capture stops: an initial
   * state read from the source (a query waiting on a locked table) never holds a stop. The read
   * itself is abandoned, not cancelled; the process's exit closes its connection.
   */
  private Future<ResourceState> untilStopped(Future<ResourceState> initial) {
    Context context = Vertx.currentContext();
    Promise<ResourceState> result = Promise.promise();
    StopSignal.Registration stop =
        root.stopping()
            .onStop(
                () -> {
                  Runnable fail =
                      () ->
                          result.tryFail(
                              new CaptureStoppedException(root.name(), root.stopping().reason()));
                  if (context == null) {
                    fail.run();
                  } else {
                    context.runOnContext(x -> fail.run());
                  }
                });
    initial.onComplete(
        ar -> {
          stop.close();
          if (ar.succeeded()) {
            result.tryComplete(ar.result());
          } else {
            result.tryFail(ar.cause());
          }
        });
    return result.future();
  }
}
