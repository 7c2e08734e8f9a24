package flowcdk.example.resources;

import flowcdk.common.resource.Binding;
import flowcdk.common.resource.BindingOpener;
import flowcdk.common.state.Backfill;
import flowcdk.common.state.Incremental;
import flowcdk.common.state.LogCursor;
import flowcdk.common.state.PageCursor;
import flowcdk.common.state.ResourceState;
import flowcdk.common.state.Slot;
import flowcdk.common.strategy.Blocking;
import flowcdk.common.strategy.BlockingChangeSink;
import flowcdk.common.strategy.BlockingPageSink;
import flowcdk.common.strategy.Strategies;
import flowcdk.example.api.Column;
import flowcdk.example.api.ColumnType;
import flowcdk.example.api.ConnectionPool;
import flowcdk.example.api.Database;
import flowcdk.example.api.Queries;
import flowcdk.example.api.SqlValues;
import flowcdk.example.api.Table;
import flowcdk.example.models.SqlConfig;
import flowcdk.example.models.TableConfig;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.CaptureBinding;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table with a primary key and a cursor column: incremental capture of rows whose cursor moved
 * past the state's, and, concurrently, a backfill by keyset pagination over the primary key of the
 * rows at or before the cutoff (the cursor's maximum when the binding was created).
 *
 * <p>No row is lost when several rows share a cursor value: a batch of changes that a page limit
 * cuts through a group of equal cursors commits only the cursors before the group, then reads the
 * whole group, then commits its cursor.
 */
final class CursorTable implements BindingOpener<SqlConfig> {

  /** Polling interval of a binding whose resource config has none. */
  static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

  private final Table table;
  private final Database database;
  private final Queries queries;

  CursorTable(Table table, Database database) {
    this.table = table;
    this.database = database;
    this.queries = new Queries(table);
  }

  @Override
  public List<String> check(SqlConfig config, RawJson resourceConfig) {
    TableConfig tableConfig = TableConfigs.decode(resourceConfig);
    List<String> problems = new ArrayList<>(TableConfigs.intervalProblems(table, tableConfig));
    problems.addAll(cursorProblems(tableConfig));
    return problems;
  }

  private List<String> cursorProblems(TableConfig tableConfig) {
    if (tableConfig.cursor() == null) {
      return List.of(
          "table "
              + table.qualifiedName()
              + " is captured incrementally and needs a cursor column;"
              + " set cursor (discovery proposes updated_at)");
    }
    Column cursor = table.column(tableConfig.cursor()).orElse(null);
    if (cursor == null) {
      return List.of(
          "table "
              + table.qualifiedName()
              + " has no column "
              + tableConfig.cursor()
              + " for the cursor;"
              + " its columns are "
              + table.columns().stream().map(Column::name).toList()
              + ". Fix cursor");
    }
    if (!cursor.type().orderable()) {
      return List.of(
          "cursor column "
              + cursor.name()
              + " of table "
              + table.qualifiedName()
              + " has type "
              + cursor.dataType()
              + ", which cannot order changes; choose a column of an integer, numeric, text, uuid,"
              + " date or timestamp type");
    }
    return List.of();
  }

  /** The cursor and the cutoff both start at the cursor column's current maximum (a query). */
  @Override
  public Future<ResourceState> initialState(SqlConfig config, CaptureBinding binding, Instant now) {
    Column cursor = cursorOf(binding.resourceConfig());
    return Blocking.call(
        () -> {
          LogCursor start;
          try (ConnectionPool.Lease lease = database.pool().borrow();
              PreparedStatement statement =
                  lease.connection().prepareStatement(queries.maxCursor(cursor));
              ResultSet rows = statement.executeQuery()) {
            rows.next();
            Object max = SqlValues.read(rows, 1, cursor.type());
            start =
                max == null
                    ? SqlValues.beginning(cursor.type())
                    : SqlValues.cursor(cursor.type(), max);
          }
          return ResourceState.EMPTY
              .withInc(Slot.of(new Incremental(start)))
              .withBackfill(Slot.of(new Backfill(start, PageCursor.NONE)));
        });
  }

  @Override
  public Future<?> open(Binding binding, SqlConfig config) {
    Column cursor = cursorOf(binding.binding().resourceConfig());
    int pageSize = config.pageSize();
    return Strategies.forBinding(binding)
        .defaultInterval(DEFAULT_INTERVAL)
        .incremental(
            Blocking.changes((position, sink) -> changes(cursor, pageSize, position, sink)))
        .backfill(
            Blocking.pages((page, cutoff, sink) -> page(cursor, pageSize, page, cutoff, sink)))
        .open();
  }

  private Column cursorOf(RawJson resourceConfig) {
    String name = TableConfigs.decode(resourceConfig).cursor();
    return table
        .column(name)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "table " + table.qualifiedName() + " has no cursor column " + name));
  }

  /** A row read as a document, with its cursor. */
  private record Change(RawJson document, LogCursor cursor) {}

  /** Reads changes after {@code position} in batches until a batch is not full (caught up). */
  // "try": the lease is closed early on purpose, before waiting on the checkpoint; the cancel
  // registrations are held by try-with-resources without being referenced.
  @SuppressWarnings("try")
  private void changes(Column cursor, int pageSize, LogCursor position, BlockingChangeSink sink)
      throws SQLException {
    ColumnType type = cursor.type();
    int cursorIndex = table.columns().indexOf(cursor) + 1;
    LogCursor at = position;
    while (true) {
      List<Change> batch = new ArrayList<>();
      boolean fromBeginning = SqlValues.isBeginning(type, at);
      try (ConnectionPool.Lease lease = database.pool().borrow()) {
        Connection connection = inTransaction(lease);
        try (PreparedStatement statement =
            connection.prepareStatement(queries.changesAfter(cursor, fromBeginning, pageSize))) {
          if (!fromBeginning) {
            SqlValues.bind(statement, 1, type, SqlValues.value(type, at));
          }
          try (StopSignal.Registration cancel = sink.onStop(statement::cancel);
              ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              batch.add(
                  new Change(
                      Rows.document(rows, table.columns()),
                      SqlValues.cursor(type, SqlValues.read(rows, cursorIndex, type))));
            }
          }
        }
        if (batch.isEmpty()) {
          return; // idle: the strategy waits for the interval
        }
        LogCursor last = batch.get(batch.size() - 1).cursor();
        boolean full = batch.size() == pageSize;
        for (Change change : batch) {
          if (!full || !change.cursor().equals(last)) {
            sink.document(change.document());
          }
        }
        if (full) { // the page may have cut the last cursor's group: read all of it
          try (PreparedStatement statement =
              connection.prepareStatement(queries.changesAt(cursor))) {
            statement.setFetchSize(1000); // a group of equal cursors has no limit: stream it
            SqlValues.bind(statement, 1, type, SqlValues.value(type, last));
            try (StopSignal.Registration cancel = sink.onStop(statement::cancel);
                ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                sink.document(Rows.document(rows, table.columns()));
              }
            }
          }
        }
        at = last;
        if (!full) {
          lease.close(); // before waiting on the checkpoint
          sink.checkpoint(last);
          return;
        }
      }
      sink.checkpoint(at);
    }
  }

  /**
   * One backfill page after {@code page}'s key; ends the backfill (no cursor) when it is not full.
   */
  // "try": the cancel registration is held by try-with-resources without being referenced.
  @SuppressWarnings("try")
  private void page(
      Column cursor, int pageSize, PageCursor page, LogCursor cutoff, BlockingPageSink sink)
      throws SQLException {
    List<Column> key = table.primaryKey();
    boolean first = page.isNone();
    boolean cutoffIsBeginning = SqlValues.isBeginning(cursor.type(), cutoff);
    Map<String, Object> lastKey = null;
    int count = 0;
    try (ConnectionPool.Lease lease = database.pool().borrow();
        PreparedStatement statement =
            inTransaction(lease)
                .prepareStatement(queries.page(cursor, first, cutoffIsBeginning, pageSize))) {
      int parameter = 1;
      if (!first) {
        Map<?, ?> after = (Map<?, ?>) JsonValues.read(page.json());
        for (Column column : key) {
          SqlValues.bind(
              statement,
              parameter++,
              column.type(),
              SqlValues.fromJson(column.type(), after.get(column.name())));
        }
      }
      if (!cutoffIsBeginning) {
        SqlValues.bind(statement, parameter, cursor.type(), SqlValues.value(cursor.type(), cutoff));
      }
      // A query waiting on a locked table ends at once when the capture stops.
      try (StopSignal.Registration cancel = sink.onStop(statement::cancel);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sink.document(Rows.document(rows, table.columns()));
          count++;
          lastKey = new LinkedHashMap<>();
          for (Column column : key) {
            int index = table.columns().indexOf(column) + 1;
            lastKey.put(
                column.name(),
                SqlValues.json(column.type(), SqlValues.read(rows, index, column.type())));
          }
        }
      }
    }
    if (count == pageSize) {
      sink.checkpointPatch(JsonValues.toRawJson(lastKey));
    }
  }

  /**
   * The lease's connection with auto-commit off: PostgreSQL's driver streams a result in batches of
   * the statement's fetch size only inside a transaction (the lease rolls it back when returned).
   */
  static Connection inTransaction(ConnectionPool.Lease lease) throws SQLException {
    Connection connection = lease.connection();
    connection.setAutoCommit(false);
    return connection;
  }
}
