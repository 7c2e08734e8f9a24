package flowcdk.example.resources;

import flowcdk.connector.ActionableException;
import flowcdk.connector.state.LogCursor;
import flowcdk.example.api.ColumnType;
import flowcdk.example.api.SqlValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * A binding's {@code cursor_lag}: its change queries read only rows whose cursor is at or before
 * the database's clock minus the lag. A transaction that sets {@code updated_at = now()} writes its
 * start time and commits later, possibly after rows with later cursors were captured and the cursor
 * moved past it; staying the lag behind captures it if it took less than the lag.
 *
 * <p>The clock is the database's {@code CURRENT_TIMESTAMP} (PostgreSQL: the start of the fetch's
 * transaction), never the connector's. A {@code timestamp} cursor is compared in UTC, as the
 * connector reads such values. A {@code date} cursor reads only days that ended at least the lag
 * ago: rows keep being written with today's date until midnight.
 */
final class CursorLag {

  private static final Duration DAY = Duration.ofDays(1);

  private CursorLag() {}

  /** Whether a cursor of {@code type} can lag: a date or timestamp, whose values follow a clock. */
  static boolean applies(ColumnType type) {
    return type == ColumnType.DATE
        || type == ColumnType.TIMESTAMP
        || type == ColumnType.TIMESTAMPTZ;
  }

  /**
   * The newest cursor a change query with {@code lag} may read now, from the database's clock.
   *
   * @throws ActionableException if the cursor column is no longer a date or timestamp
   */
  static LogCursor limit(Connection connection, ColumnType type, Duration lag) throws SQLException {
    if (!applies(type)) {
      throw new ActionableException(
          "cursor_lag needs a date or timestamp cursor column, but the cursor column now has type "
              + type
              + "; remove cursor_lag or restore the column's type");
    }
    Instant now;
    try (PreparedStatement statement = connection.prepareStatement("SELECT CURRENT_TIMESTAMP");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      now = (Instant) SqlValues.read(rows, 1, ColumnType.TIMESTAMPTZ);
    }
    Instant limit = now.minus(lag);
    if (type == ColumnType.DATE) {
      limit = limit.minus(DAY); // the last whole day before the limit
    }
    // Through the column's type, so a date limit is the start of its day as a date cursor is.
    return SqlValues.cursor(type, SqlValues.value(type, LogCursor.at(limit)));
  }

  /** The earlier of two point-in-time cursors. */
  static LogCursor earlier(LogCursor a, LogCursor b) {
    return ((LogCursor.At) a).instant().isAfter(((LogCursor.At) b).instant()) ? b : a;
  }
}
