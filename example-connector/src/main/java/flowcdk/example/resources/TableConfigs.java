package flowcdk.example.resources;

import flowcdk.example.api.Table;
import flowcdk.example.models.TableConfig;
import flowcdk.example.models.TableConfigJson;
import flowcdk.runtime.ValidationException;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.json.RawJson;
import java.time.Duration;
import java.util.List;

/** Decodes a binding's resource config. */
final class TableConfigs {

  private TableConfigs() {}

  /**
   * The resource config.
   *
   * @throws ValidationException listing every problem with it
   */
  static TableConfig decode(RawJson resourceConfig) {
    try {
      return TableConfigJson.decode(resourceConfig);
    } catch (DecodeException e) {
      throw new ValidationException("resource config: " + e.getMessage());
    }
  }

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

  /** ISO 8601 as a resource config writes it: {@code -PT5S} rather than Java's {@code PT-5S}. */
  private static String text(Duration duration) {
    return duration.isNegative() ? "-" + duration.negated() : duration.toString();
  }
}
