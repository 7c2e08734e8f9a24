package flowcdk.example.resources;

import flowcdk.connector.BindingContext;
import flowcdk.connector.Blocking;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.Strategies;
import flowcdk.example.api.Column;
import flowcdk.example.api.ConnectionPool;
import flowcdk.example.api.Database;
import flowcdk.example.api.SqlFailures;
import flowcdk.example.api.Table;
import flowcdk.example.models.SqlConfig;
import flowcdk.example.models.TableConfig;
import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * A table without a primary key (or without a cursor column): read whole every interval, in a
 * stable order. The snapshot strategy numbers the rows ({@code _meta.row_id}), emits the table only
 * when it changed, and emits a deletion for each row number past the table's new end.
 */
final class SnapshotTable implements ResourceOpener<SqlConfig, TableConfig> {

  private final Table table;
  private final Database database;

  SnapshotTable(Table table, Database database) {
    this.table = table;
    this.database = database;
  }

  @Override
  public List<String> check(SqlConfig config, TableConfig tableConfig) {
    List<String> problems =
        Stream.concat(
                TableConfigs.intervalProblems(table, tableConfig).stream(),
                TableConfigs.cursorLagProblems(table, tableConfig, null).stream())
            .toList();
    String cursor = tableConfig.cursor();
    if (cursor != null) {
      return Stream.concat(
              problems.stream(),
              Stream.of(
                  "table "
                      + table.qualifiedName()
                      + " is captured by snapshots ("
                      + (table.keysetPageable()
                          ? "it has no updated_at column of an orderable type"
                          : "it has no primary key that can be paged by")
                      + "), so it takes no cursor; remove cursor "
                      + cursor))
          .toList();
    }
    return problems;
  }

  @Override
  public Future<?> open(BindingContext<SqlConfig, TableConfig> binding) {
    LiveTable live =
        new LiveTable(table, database, binding.writeSchema(), DocumentSchemas::snapshot);
    return Strategies.forBinding(binding)
        .defaultInterval(CursorTable.DEFAULT_INTERVAL)
        .snapshot(
            Blocking.snapshot(
                sink -> SqlFailures.run(table, database, "a snapshot", () -> snapshot(live, sink))))
        .open();
  }

  /**
   * The whole table, after refreshing it: a changed schema is given to the sink before the rows.
   */
  // "try": the cancel registration is only held, by try-with-resources.
  @SuppressWarnings("try")
  private void snapshot(LiveTable live, Blocking.Sink sink) throws SQLException {
    try (ConnectionPool.Lease lease = database.pool().borrow();
        var cancel = sink.onStop(lease::cancel)) {
      Connection connection = CursorTable.inTransaction(lease);
      live.refresh(connection, sink::sourcedSchema);
      List<Column> columns = live.table().columns();
      try (PreparedStatement statement = connection.prepareStatement(live.queries().snapshot())) {
        // The driver streams the rows in a transaction (adaptive fetch, memory-bounded).
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            sink.document(Rows.document(rows, columns));
          }
        }
      }
    }
  }
}
