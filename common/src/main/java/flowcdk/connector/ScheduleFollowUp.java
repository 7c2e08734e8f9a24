package flowcdk.connector;

import flowcdk.runtime.log.Fields;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * After a backfill completes, keeps the binding's re-backfill schedule
 * (docs/strategies.md#schedules): if a scheduled time passed since the binding was last
 * initialized, stop now (the restart re-initializes it); otherwise stop at the next scheduled time.
 * Only for bindings whose resource config has a non-empty {@code schedule}.
 */
final class ScheduleFollowUp {

  private final BackfillSchedule cron;

  ScheduleFollowUp(BackfillSchedule cron) {
    this.cron = cron;
  }

  /** Runs the follow-up for the backfill of {@code worker} that just completed. */
  void backfillCompleted(Worker worker) {
    String schedule = ResourceConfigValues.schedule(worker.binding().scope().resourceConfigJson());
    if (schedule.isEmpty()) {
      return;
    }
    Instant lastInitialized = worker.binding().state().lastInitialized();
    if (lastInitialized == null) {
      throw new IllegalStateException(
          "a scheduled binding's state has no last_initialized after its backfill");
    }
    Instant now = worker.clock().now();
    Optional<Instant> missed = cron.nextFire(schedule, lastInitialized, now);
    Optional<Instant> future = cron.nextFire(schedule, now);
    if (missed.isPresent()) {
      worker
          .log()
          .info(
              "Backfill completed after the next backfill was scheduled. Resetting the connector to keep"
                  + " adherence to the schedule.",
              Fields.NONE);
      worker
          .stopping()
          .set(
              "backfill of "
                  + worker.task().name()
                  + " completed after its next scheduled backfill");
    } else if (future.isPresent()) {
      Duration wait = Duration.between(now, future.get());
      worker
          .clock()
          .sleep(wait, worker.stopping())
          .onSuccess(
              elapsed -> {
                if (elapsed) {
                  worker
                      .stopping()
                      .set("scheduled re-backfill of " + worker.task().name() + " is due");
                }
              });
    }
  }
}
