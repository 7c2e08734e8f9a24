package flowcdk.example.resources;

import flowcdk.example.api.Column;
import flowcdk.example.api.Table;
import flowcdk.example.models.TableConfig;
import java.time.Duration;
import java.util.List;

/** The checks of a binding's resource config that need its table. */
final class TableConfigs {

  private TableConfigs() {}

  /**
   * The smallest polling interval a binding may set: one second. A zero or negative interval would
   * poll the table again as soon as a poll finds nothing, a tight loop of queries that loads the
   * database and the connector for no new data; under a second, polls are dominated by their own
   * round trips rather than by waiting.
   */
  static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

  /** The problem with the config's interval (below {@link #MIN_INTERVAL}), if any. */
  static List<String> intervalProblems(Table table, TableConfig config) {
    Duration interval = config.interval();
    if (interval == null || interval.compareTo(MIN_INTERVAL) >= 0) {
      return List.of();
    }
    return List.of(
        "interval "
            + text(interval)
            + " of table "
            + table.qualifiedName()
            + " is below the minimum "
            + MIN_INTERVAL
            + ", which would poll the table in a tight loop; set interval to "
            + MIN_INTERVAL
            + " or more, or remove it for the default "
            + CursorTable.DEFAULT_INTERVAL);
  }

  /**
   * The problems with the config's cursor lag for a table captured by {@code cursor} ({@code null}
   * for a snapshot table), if any: a negative lag, a lag of a snapshot table, and a lag of a cursor
   * that is not a point in time (integers, numerics, text and UUIDs have no clock to stay behind).
   */
  static List<String> cursorLagProblems(Table table, TableConfig config, Column cursor) {
    Duration lag = config.cursorLag();
    if (lag == null) {
      return List.of();
    }
    if (lag.isNegative()) {
      return List.of(
          "cursor_lag "
              + text(lag)
              + " of table "
              + table.qualifiedName()
              + " is negative; set a duration of zero or more, such as PT5M, or remove it");
    }
    if (cursor == null) {
      return List.of(
          "table "
              + table.qualifiedName()
              + " is captured by snapshots, which read the whole table, so it takes no cursor_lag;"
              + " remove cursor_lag");
    }
    if (!CursorLag.applies(cursor.type())) {
      return List.of(
          "cursor_lag applies only to date and timestamp cursors, but cursor column "
              + cursor.name()
              + " of table "
              + table.qualifiedName()
              + " has type "
              + cursor.dataType()
              + ", whose values do not follow the database's clock; remove cursor_lag");
    }
    return List.of();
  }

  /** ISO 8601 as a resource config writes it: {@code -PT5S} rather than Java's {@code PT-5S}. */
  private static String text(Duration duration) {
    return duration.isNegative() ? "-" + duration.negated() : duration.toString();
  }
}
