package flowcdk.connector.state;

import java.util.Objects;

/**
 * Incremental progress: {@code {"cursor": <LogCursor>}}.
 *
 * @param cursor where incremental replication stands
 */
public record Incremental(LogCursor cursor) {
  /** Checks the cursor. */
  public Incremental {
    Objects.requireNonNull(cursor, "cursor");
  }
}
