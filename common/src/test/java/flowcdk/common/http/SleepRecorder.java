package flowcdk.common.http;

import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.StopSignal;
import flowcdk.testing.ManualClock;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ManualClock} that tells the test about every sleep: {@link #nextSleep()} waits (without
 * sleeping) until the code under test asks to sleep and returns for how long, so a test advances
 * the clock only once the wait it wants to check is in place. In auto mode every sleep instead
 * advances the clock by its duration and ends at once, for tests that check what happens after the
 * waits rather than the waits themselves.
 */
public final class SleepRecorder implements CaptureClock {

  /** Where the clocks of these tests start. */
  public static final Instant START = Instant.parse("2024-05-01T12:00:00Z");

  private final ManualClock clock = new ManualClock(START);
  private final boolean auto;
  private final BlockingQueue<Duration> requested = new LinkedBlockingQueue<>();
  private final List<Duration> all = new CopyOnWriteArrayList<>();

  private SleepRecorder(boolean auto) {
    this.auto = auto;
  }

  /** A clock the test advances by hand. */
  public static SleepRecorder manual() {
    return new SleepRecorder(false);
  }

  /** A clock whose sleeps end at once, advancing it. */
  public static SleepRecorder auto() {
    return new SleepRecorder(true);
  }

  @Override
  public Instant now() {
    return clock.now();
  }

  @Override
  public Future<Boolean> sleep(Duration duration, StopSignal stop) {
    all.add(duration);
    Future<Boolean> sleeping = clock.sleep(duration, stop);
    requested.add(duration);
    if (auto) {
      clock.advance(duration);
    }
    return sleeping;
  }

  /** The duration of the next sleep asked for (waits up to 30 s for it, then fails). */
  public Duration nextSleep() throws InterruptedException {
    Duration next = requested.poll(30, TimeUnit.SECONDS);
    if (next == null) {
      throw new AssertionError("nothing asked to sleep within 30 s");
    }
    return next;
  }

  /** Every sleep asked for so far, in order. */
  public List<Duration> sleeps() {
    return List.copyOf(all);
  }

  /** The deadlines of the sleepers still waiting. */
  public List<Instant> pendingDeadlines() {
    return clock.pendingDeadlines();
  }

  /** Moves time forward, waking the sleepers due. */
  public void advance(Duration duration) {
    clock.advance(duration);
  }
}
