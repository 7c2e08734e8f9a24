package flowcdk.connector;

import flowcdk.common.context.ConnectorStatus;
import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.Incremental;
import flowcdk.connector.state.Slot;
import flowcdk.connector.state.Snapshot;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Starts the common strategies for one binding (docs/strategies.md#opening-a-binding), the Python
 * CDK's {@code open_binding}: build it with {@link Strategies#forBinding(Binding)}, give the fetch
 * functions, then {@link #open()}.
 *
 * <pre>{@code
 * return Strategies.forBinding(binding).incremental(api::changes).backfill(api::page).open();
 * }</pre>
 *
 * <p>Each strategy runs as a child task of the binding's root task, named {@code
 * <prefix>.incremental}, {@code <prefix>.backfill} or {@code <prefix>.snapshot} (the prefix is the
 * resource path joined with dots), or with a map of functions one child per subtask id, {@code
 * <prefix>.incremental.<id>} and so on, each with its own state entry. The binding's state must
 * have the matching shape (single or per-subtask); a mismatch fails {@link #open()}, as the Python
 * CDK's assertions fail its Open.
 */
public final class OpenBinding {

  /** A step of configuration, for helpers that set several strategies at once. */
  @FunctionalInterface
  public interface Configure {
    /** Configures {@code open} and returns it. */
    OpenBinding apply(OpenBinding open);
  }

  private final BindingContext<?, ?> binding;
  private Functions<Fetch.Changes> changes;
  private Functions<Fetch.RecurringPage> pages;
  private Functions<Fetch.Snapshot> snapshots;
  private Functions<RawJson> tombstone;

  /** One strategy's functions (or tombstones): a single one, or one per subtask id. */
  private record Functions<T>(T single, Map<String, T> subtasks) {
    static <T> Functions<T> one(T single) {
      return new Functions<>(Objects.requireNonNull(single, "fetch"), null);
    }

    static <T> Functions<T> each(Map<String, ? extends T> map) {
      return new Functions<>(null, copy(map));
    }
  }

  private Duration defaultInterval = Duration.ZERO;
  private BackfillSchedule schedule = CronSchedule.INSTANCE;

  OpenBinding(BindingContext<?, ?> binding) {
    this.binding = Objects.requireNonNull(binding, "binding");
  }

  /** Incremental capture with one function; the state's {@code inc} must be a single state. */
  public OpenBinding incremental(Fetch.Changes fetch) {
    this.changes = Functions.one(fetch);
    return this;
  }

  /**
   * Incremental capture with one function per subtask id; the state's {@code inc} must be a map
   * with a state for every id.
   */
  public OpenBinding incremental(Map<String, ? extends Fetch.Changes> fetch) {
    this.changes = Functions.each(fetch);
    return this;
  }

  /** Backfill with one function; runs only while the state has a {@code backfill}. */
  public OpenBinding backfill(Fetch.Page fetch) {
    Objects.requireNonNull(fetch, "fetch");
    this.pages = Functions.one(recurring(fetch));
    return this;
  }

  /** Backfill with one function per subtask id; ids without a backfill state are done. */
  public OpenBinding backfill(Map<String, ? extends Fetch.Page> fetch) {
    Map<String, Fetch.RecurringPage> converted = new LinkedHashMap<>();
    copy(fetch).forEach((id, f) -> converted.put(id, recurring(f)));
    this.pages = Functions.each(converted);
    return this;
  }

  /** Backfill with a function told whether the schedule started this backfill. */
  public OpenBinding recurringBackfill(Fetch.RecurringPage fetch) {
    this.pages = Functions.one(fetch);
    return this;
  }

  /** Backfill with one recurring function per subtask id. */
  public OpenBinding recurringBackfill(Map<String, ? extends Fetch.RecurringPage> fetch) {
    this.pages = Functions.each(fetch);
    return this;
  }

  /** Periodic snapshots with one function. */
  public OpenBinding snapshot(Fetch.Snapshot fetch) {
    this.snapshots = Functions.one(fetch);
    return this;
  }

  /**
   * Periodic snapshots with one function per subtask id; needs a compound collection key and a
   * {@linkplain #tombstones(Map) tombstone per subtask} carrying its discriminator.
   */
  public OpenBinding snapshot(Map<String, ? extends Fetch.Snapshot> fetch) {
    this.snapshots = Functions.each(fetch);
    return this;
  }

  /**
   * The document emitted (with {@code _meta.op = "d"} and the row's {@code _meta.row_id}) for each
   * row a snapshot no longer has. It must set every collection key field other than {@code
   * /_meta/row_id}. Default: {@code {"_meta":{"op":"d"}}}.
   */
  public OpenBinding tombstone(RawJson tombstone) {
    this.tombstone = Functions.one(tombstone);
    return this;
  }

  /** The tombstone of each snapshot subtask (same ids as the snapshot functions). */
  public OpenBinding tombstones(Map<String, RawJson> tombstones) {
    this.tombstone = Functions.each(tombstones);
    return this;
  }

  /**
   * The interval used when the binding's resource config has no {@code interval} (default {@code
   * PT0S}, the standard resource config's default).
   */
  public OpenBinding defaultInterval(Duration interval) {
    this.defaultInterval = Objects.requireNonNull(interval, "interval");
    return this;
  }

  /**
   * The cron evaluation for the re-backfill schedule of resource configs with a {@code schedule}
   * (docs/strategies.md#schedules); the CDK's {@link flowcdk.common.time.Cron} by default. Tests
   * replace it.
   */
  public OpenBinding schedule(BackfillSchedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    return this;
  }

  /**
   * Checks the state shapes and starts the strategies as child tasks. Completes once they are
   * started; fails (starting nothing) if the state or the tombstones do not fit the functions.
   */
  public Future<Void> open() {
    List<Runnable> spawns;
    Duration interval;
    ConnectorStatus status;
    try {
      status = binding.scope().capture().status();
      status.bindingOpened();
      interval =
          ResourceConfigValues.interval(binding.scope().resourceConfigJson(), defaultInterval);
      spawns = new ArrayList<>();
      planIncremental(spawns, interval, status);
      planBackfill(spawns, interval, status);
      planSnapshot(spawns, interval, status);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    spawns.forEach(Runnable::run);
    return Future.succeededFuture();
  }

  private void planIncremental(List<Runnable> spawns, Duration interval, ConnectorStatus status) {
    if (changes == null) {
      return;
    }
    Slot<Incremental> inc = binding.state().inc();
    if (changes.single() != null) {
      Fetch.Changes single = changes.single();
      if (!(inc instanceof Slot.Single<Incremental> one)) {
        throw shape("a single Fetch.Changes was given", "inc", "a single Incremental state", inc);
      }
      spawns.add(
          spawn(
              "incremental",
              null,
              interval,
              status,
              w -> new IncrementalTask(w, single, one.state()).run()));
      return;
    }
    if (!(inc instanceof Slot.Subtasks<Incremental> many)) {
      throw shape(
          "Fetch.Changes subtasks were given",
          "inc",
          "a map of subtask id to Incremental state",
          inc);
    }
    for (Map.Entry<String, Fetch.Changes> entry : changes.subtasks().entrySet()) {
      Incremental state = many.states().get(entry.getKey());
      if (state == null) {
        throw new IllegalStateException(
            "Fetch.Changes subtask '"
                + entry.getKey()
                + "' has no Incremental state in"
                + " the resource state's inc "
                + many.states().keySet()
                + "; adding a subtask needs a state migration");
      }
      spawns.add(
          spawn(
              "incremental",
              entry.getKey(),
              interval,
              status,
              w -> new IncrementalTask(w, entry.getValue(), state).run()));
    }
  }

  private void planBackfill(List<Runnable> spawns, Duration interval, ConnectorStatus status) {
    Slot<Backfill> backfill = binding.state().backfill();
    if (pages == null
        || backfill == null
        || (backfill instanceof Slot.Subtasks<Backfill> none && none.states().isEmpty())) {
      return;
    }
    boolean connectorInitiated = Boolean.TRUE.equals(binding.state().isConnectorInitiated());
    ScheduleFollowUp followUp = new ScheduleFollowUp(schedule);
    if (pages.single() != null) {
      Fetch.RecurringPage single = pages.single();
      if (!(backfill instanceof Slot.Single<Backfill> one)) {
        throw shape(
            "a single Fetch.Page was given", "backfill", "a single Backfill state", backfill);
      }
      spawns.add(
          spawn(
              "backfill",
              null,
              interval,
              status,
              w ->
                  new BackfillTask(
                          w,
                          single,
                          one.state(),
                          connectorInitiated,
                          binding.captureName(),
                          followUp)
                      .run()));
      return;
    }
    if (!(backfill instanceof Slot.Subtasks<Backfill> many)) {
      throw shape(
          "Fetch.Page subtasks were given",
          "backfill",
          "a map of subtask id to Backfill state",
          backfill);
    }
    for (Map.Entry<String, Fetch.RecurringPage> entry : pages.subtasks().entrySet()) {
      Backfill state = many.states().get(entry.getKey());
      if (state != null) { // no (or a null) entry: that subtask's backfill is done
        spawns.add(
            spawn(
                "backfill",
                entry.getKey(),
                interval,
                status,
                w ->
                    new BackfillTask(
                            w,
                            entry.getValue(),
                            state,
                            connectorInitiated,
                            binding.captureName(),
                            followUp)
                        .run()));
      }
    }
  }

  private void planSnapshot(List<Runnable> spawns, Duration interval, ConnectorStatus status) {
    if (snapshots == null) {
      return;
    }
    List<String> key = binding.key();
    Slot<Snapshot> snapshot = binding.state().snapshot();
    if (snapshots.single() != null) {
      Fetch.Snapshot single = snapshots.single();
      if (tombstone != null && tombstone.single() == null) {
        throw new IllegalStateException(
            "a single Fetch.Snapshot takes a single tombstone document, not a Map of them");
      }
      RawJson single0 = tombstone == null ? Tombstones.DEFAULT : tombstone.single();
      Tombstones.checkPreset(key, single0);
      if (snapshot != null && !(snapshot instanceof Slot.Single<Snapshot>)) {
        throw shape(
            "a single Fetch.Snapshot was given",
            "snapshot",
            "null or a single Snapshot state",
            snapshot);
      }
      Snapshot state = snapshot == null ? null : ((Slot.Single<Snapshot>) snapshot).state();
      spawns.add(
          spawn(
              "snapshot",
              null,
              interval,
              status,
              w -> new SnapshotTask(w, single, state, single0).run()));
      return;
    }
    Map<String, Fetch.Snapshot> functions = snapshots.subtasks();
    Map<String, RawJson> tombstones = tombstone == null ? null : tombstone.subtasks();
    Tombstones.checkSubtasks(key, functions.keySet(), tombstones);
    if (snapshot != null && !(snapshot instanceof Slot.Subtasks<Snapshot>)) {
      throw shape(
          "Fetch.Snapshot subtasks were given",
          "snapshot",
          "null or a map of subtask id to Snapshot state",
          snapshot);
    }
    Map<String, Snapshot> states =
        snapshot == null ? Map.of() : ((Slot.Subtasks<Snapshot>) snapshot).states();
    for (Map.Entry<String, Fetch.Snapshot> entry : functions.entrySet()) {
      Snapshot state = states.get(entry.getKey());
      spawns.add(
          spawn(
              "snapshot",
              entry.getKey(),
              interval,
              status,
              w ->
                  new SnapshotTask(w, entry.getValue(), state, tombstones.get(entry.getKey()))
                      .run()));
    }
  }

  private Runnable spawn(
      String kind,
      String subtaskId,
      Duration interval,
      ConnectorStatus status,
      Function<Worker, Future<Void>> body) {
    String name = kind + (subtaskId == null ? "" : "." + subtaskId);
    if (!binding.claims(
        subtaskId == null ? binding.stateKey() : KeyRange.subtask(binding.stateKey(), subtaskId))) {
      return () -> {}; // another instance of the capture runs it (docs/scale-out.md)
    }
    return () ->
        binding.spawn(
            name, task -> body.apply(new Worker(binding, task, subtaskId, interval, status)));
  }

  private IllegalStateException shape(String given, String part, String expected, Slot<?> actual) {
    String found =
        actual == null
            ? "absent"
            : actual instanceof Slot.Single<?> ? "a single state" : "a subtask map";
    return new IllegalStateException(
        given
            + ", so the resource state's "
            + part
            + " must be "
            + expected
            + ", but it is "
            + found
            + " (binding "
            + binding.index()
            + ", state key "
            + binding.stateKey()
            + ")");
  }

  private static Fetch.RecurringPage recurring(Fetch.Page fetch) {
    return (page, cutoff, connectorInitiated, sink) -> fetch.fetch(page, cutoff, sink);
  }

  private static <T> Map<String, T> copy(Map<String, ? extends T> map) {
    Objects.requireNonNull(map, "map");
    Map<String, T> copy = new LinkedHashMap<>();
    map.forEach(
        (id, value) ->
            copy.put(Objects.requireNonNull(id, "subtask id"), Objects.requireNonNull(value, id)));
    return copy;
  }
}
