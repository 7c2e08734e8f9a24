package flowcdk.example.greenhouse.api;

import flowcdk.connector.state.LogCursor;
import java.time.Instant;

/** The instants this connector keeps in its state: every cursor and cutoff is a point in time. */
final class Instants {

  private Instants() {}

  /**
   * The instant of {@code cursor}, the {@code what} (such as "cursor") of the resource at {@code
   * path}; fails, naming the fix, when the state holds another kind of cursor.
   */
  static Instant of(LogCursor cursor, String what, String path) {
    if (cursor instanceof LogCursor.At at) {
      return at.instant();
    }
    throw new IllegalStateException(
        "the "
            + what
            + " of "
            + path
            + " is "
            + cursor
            + ", not a point in time: its state is not this connector's; backfill the binding to"
            + " start it afresh");
  }
}
