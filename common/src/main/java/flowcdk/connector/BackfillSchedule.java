package flowcdk.connector;

import java.time.Instant;
import java.util.Optional;

/**
 * Evaluates a resource's re-backfill schedule (a cron expression; docs/strategies.md#schedules),
 * for the follow-up after a backfill completes. The capture's cron implementation provides it; the
 * strategies only need the two questions below. Set it with {@link
 * OpenBinding#schedule(BackfillSchedule)}; by default the CDK's cron evaluation.
 */
public interface BackfillSchedule {

  /**
   * The first minute after {@code start}'s minute that matches {@code expression}, looking no
   * further than {@code end} (the Python CDK's {@code next_fire(expr, start, end)}, including its
   * quirk of returning up to one minute past {@code end}); empty for an empty expression.
   */
  Optional<Instant> nextFire(String expression, Instant start, Instant end);

  /** {@link #nextFire(String, Instant, Instant)} with the default end bound. */
  Optional<Instant> nextFire(String expression, Instant start);
}
