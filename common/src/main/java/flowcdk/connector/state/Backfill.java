package flowcdk.connector.state;

import java.util.Objects;

/**
 * Backfill progress: {@code {"cutoff": <LogCursor>, "next_page": <PageCursor>}}.
 *
 * @param cutoff the log position where incremental replication began; the backfill skips what
 *     changed at or after it
 * @param nextPage the next page to fetch; {@code null} means the member is absent (the Python CDK
 *     writes {@code next_page} only when it was given), {@link PageCursor#NONE} writes {@code null}
 */
public record Backfill(LogCursor cutoff, PageCursor nextPage) {
  /** Checks the cutoff. */
  public Backfill {
    Objects.requireNonNull(cutoff, "cutoff");
  }
}
