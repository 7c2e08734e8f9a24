package flowcdk.testing;

import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A clock for tests: time stands still until {@link #advance(Duration)} moves it, which wakes every
 * sleeper whose deadline has passed, in deadline order. So timing rules are tested without waiting.
 * Thread-safe; wake-ups run on the thread that advances the clock.
 */
public final class ManualClock implements CaptureClock {

  private Instant now;
  private final List<Sleeper> sleepers = new ArrayList<>();

  private record Sleeper(Instant deadline, Promise<Boolean> done) {}

  /** A clock standing at {@code start}. */
  public ManualClock(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public Future<Boolean> sleep(Duration duration, StopSignal stop) {
    if (stop.isSet()) {
      return Future.succeededFuture(false);
    }
    if (duration.isZero() || duration.isNegative()) {
      return Future.succeededFuture(true);
    }
    Promise<Boolean> done = Promise.promise();
    synchronized (this) {
      sleepers.add(new Sleeper(now.plus(duration), done));
    }
    stop.future().onComplete(v -> done.tryComplete(false));
    return done.future();
  }

  /** The deadlines of the sleepers still waiting, earliest first. */
  public synchronized List<Instant> pendingDeadlines() {
    return sleepers.stream()
        .filter(s -> !s.done.future().isComplete())
        .map(Sleeper::deadline)
        .sorted()
        .toList();
  }

  /** Moves time forward by {@code duration}, waking every sleeper due by then. */
  public void advance(Duration duration) {
    List<Sleeper> due = new ArrayList<>();
    synchronized (this) {
      now = now.plus(duration);
      for (Sleeper sleeper : new ArrayList<>(sleepers)) {
        if (!sleeper.deadline.isAfter(now)) {
          due.add(sleeper);
          sleepers.remove(sleeper);
        }
      }
      sleepers.removeIf(s -> s.done.future().isComplete());
    }
    due.sort(Comparator.comparing(Sleeper::deadline));
    for (Sleeper sleeper : due) {
      sleeper.done.tryComplete(true);
    }
  }

  /** Moves time to {@code instant} (never backwards). */
  public void advanceTo(Instant instant) {
    Duration delta = Duration.between(now(), instant);
    if (!delta.isNegative()) {
      advance(delta);
    }
  }
}
