package flowcdk.connector;

import flowcdk.common.time.Cron;
import java.time.Instant;
import java.util.Optional;

/** The default {@link BackfillSchedule}: the CDK's cron evaluation ({@link Cron}). */
final class CronSchedule implements BackfillSchedule {

  static final CronSchedule INSTANCE = new CronSchedule();

  private CronSchedule() {}

  @Override
  public Optional<Instant> nextFire(String expression, Instant start, Instant end) {
    return Cron.nextFire(expression, start, end);
  }

  @Override
  public Optional<Instant> nextFire(String expression, Instant start) {
    return Cron.nextFire(expression, start);
  }
}
