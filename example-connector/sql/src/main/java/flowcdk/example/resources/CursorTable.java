package flowcdk.example.resources;

import flowcdk.connector.ActionableException;
import flowcdk.connector.BindingContext;
import flowcdk.connector.Blocking;
import flowcdk.connector.Fetch;
import flowcdk.connector.OpenBinding;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.Strategies;
import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.Incremental;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.ResourceState;
import flowcdk.connector.state.Slot;
import flowcdk.example.api.Column;
import flowcdk.example.api.ColumnType;
import flowcdk.example.api.ConnectionPool;
import flowcdk.example.api.Database;
import flowcdk.example.api.Queries;
import flowcdk.example.api.SqlFailures;
import flowcdk.example.api.SqlValues;
import flowcdk.example.api.Table;
import flowcdk.example.api.TableChunks;
import flowcdk.example.models.SqlConfig;
import flowcdk.example.models.TableConfig;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
final class CursorTable implements ResourceOpener<SqlConfig, TableConfig> {

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
  public List<String> check(SqlConfig config, TableConfig tableConfig) {
    List<String> problems = new ArrayList<>(TableConfigs.intervalProblems(table, tableConfig));
    List<String> cursorProblems = cursorProblems(tableConfig);
    problems.addAll(cursorProblems);
    if (cursorProblems.isEmpty()) {
      problems.addAll(
          TableConfigs.cursorLagProblems(
              table, tableConfig, table.column(tableConfig.cursor()).orElseThrow()));
    }
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

  /**
   * The cursor and the cutoff both start at the cursor column's current maximum (a query); with a
   * cursor lag, at most at the lag's limit, so rows that long transactions commit later with
   * earlier cursors are still read by the incremental capture.
   */
  @Override
  public Future<ResourceState> initialState(
      SqlConfig config, TableConfig tableConfig, Instant now) {
    Column cursor = cursorOf(tableConfig);
    Duration lag = lagOf(tableConfig);
    int chunks = tableConfig.chunks();
    return Blocking.call(
        () ->
            SqlFailures.call(
                table, database, "the cursor's maximum", () -> start(cursor, lag, chunks)));
  }

  /**
   * The cursor column's maximum, or the lag's limit if earlier, as the initial state's cursor and
   * cutoff.
   */
  private ResourceState start(Column cursor, Duration lag, int chunks) throws SQLException {
    LogCursor start;
    Map<String, PageCursor> chunkStarts = null;
    try (ConnectionPool.Lease lease = database.pool().borrow()) {
      try (PreparedStatement statement =
              lease.connection().prepareStatement(queries.maxCursor(cursor));
          ResultSet rows = statement.executeQuery()) {
        rows.next();
        Object max = SqlValues.read(rows, 1, cursor.type());
        start =
            max == null ? SqlValues.beginning(cursor.type()) : SqlValues.cursor(cursor.type(), max);
      }
      if (lag != null && !SqlValues.isBeginning(cursor.type(), start)) {
        start = CursorLag.earlier(start, CursorLag.limit(lease.connection(), cursor.type(), lag));
      }
      if (chunks > 1) {
        chunkStarts = TableChunks.starts(lease.connection(), table, chunks);
      }
    }
    ResourceState state = ResourceState.EMPTY.withInc(Slot.of(new Incremental(start)));
    if (chunkStarts == null) {
      return state.withBackfill(Slot.of(new Backfill(start, PageCursor.NONE)));
    }
    Map<String, Backfill> backfills = new LinkedHashMap<>();
    for (Map.Entry<String, PageCursor> chunk : chunkStarts.entrySet()) {
      backfills.put(chunk.getKey(), new Backfill(start, chunk.getValue()));
    }
    return state.withBackfill(Slot.subtasks(backfills));
  }

  @Override
  public Future<?> open(BindingContext<SqlConfig, TableConfig> binding) {
    String cursor = cursorOf(binding.resourceConfig()).name();
    Duration lag = lagOf(binding.resourceConfig());
    int pageSize = binding.config().pageSize();
    RawJson flowSchema = binding.writeSchema();
    LiveTable changing = new LiveTable(table, database, flowSchema, DocumentSchemas::incremental);
    LiveTable paging = new LiveTable(table, database, flowSchema, DocumentSchemas::incremental);
    boolean chunked = binding.state().backfill() instanceof Slot.Subtasks<Backfill>;
    Fetch.Page pages =
        Blocking.pages(
            (page, cutoff, sink) ->
                SqlFailures.run(
                    table,
                    database,
                    page.isNone() ? "the first backfill page" : "after key " + page.json(),
                    () -> page(paging, cursor, pageSize, chunked, page, cutoff, sink)));
    OpenBinding open =
        Strategies.forBinding(binding)
            .defaultInterval(DEFAULT_INTERVAL)
            .incremental(
                Blocking.changes(
                    (position, sink) ->
                        SqlFailures.run(
                            table,
                            database,
                            "changes after cursor " + position,
                            () -> changes(changing, cursor, lag, pageSize, position, sink))));
    // A backfill split into primary-key chunks (TableChunks) has a subtask per chunk, each with its
    // own object cursor; every chunk pages the same way.
    if (chunked) {
      Slot.Subtasks<Backfill> chunks = (Slot.Subtasks<Backfill>) binding.state().backfill();
      Map<String, Fetch.Page> perChunk = new LinkedHashMap<>();
      chunks.states().keySet().forEach(id -> perChunk.put(id, pages));
      return perChunk.isEmpty() ? open.open() : open.backfill(perChunk).open();
    }
    return open.backfill(pages).open();
  }

  /** The binding's cursor lag; {@code null} for none (absent or zero). */
  private static Duration lagOf(TableConfig tableConfig) {
    Duration lag = tableConfig.cursorLag();
    return lag == null || lag.isZero() ? null : lag;
  }

  /** The cursor column {@code name} of the table as it is now. */
  private static Column cursorIn(Table table, String name) {
    return table
        .column(name)
        .orElseThrow(
            () ->
                new ActionableException(
                    "table "
                        + table.qualifiedName()
                        + " no longer has its cursor column "
                        + name
                        + "; set cursor to another column and backfill the binding"));
  }

  private Column cursorOf(TableConfig tableConfig) {
    String name = tableConfig.cursor();
    return table
        .column(name)
        .orElseThrow(
            () ->
                new ActionableException(
                    "table " + table.qualifiedName() + " has no cursor column " + name));
  }

  /** A row read as a document, with its cursor. */
  private record Change(RawJson document, LogCursor cursor) {}

  /**
   * Reads changes after {@code position} (and, with a lag, at or before its limit) in batches until
   * a batch is not full (caught up). Each batch's transaction first refreshes the table, telling
   * Flow of a changed schema before the batch's documents.
   */
  // "try": the lease is closed early on purpose, before waiting on the checkpoint.
  @SuppressWarnings("try")
  private void changes(
      LiveTable live,
      String cursorName,
      Duration lag,
      int pageSize,
      LogCursor position,
      Blocking.Sink.Changes sink)
      throws SQLException {
    LogCursor at = position;
    while (true) {
      List<Change> batch = new ArrayList<>();
      try (ConnectionPool.Lease lease = database.pool().borrow();
          var cancel = sink.onStop(lease::cancel)) {
        Connection connection = inTransaction(lease);
        live.refresh(connection, sink::sourcedSchema);
        Table now = live.table();
        Queries sql = live.queries();
        Column cursor = cursorIn(now, cursorName);
        ColumnType type = cursor.type();
        int cursorIndex = now.columns().indexOf(cursor) + 1;
        boolean fromBeginning = SqlValues.isBeginning(type, at);
        Object after = fromBeginning ? null : SqlValues.value(type, at);
        Object limit =
            lag == null ? null : SqlValues.value(type, CursorLag.limit(connection, type, lag));
        try (PreparedStatement statement =
            connection.prepareStatement(
                sql.changesAfter(cursor, fromBeginning, limit != null, pageSize))) {
          int parameter = 1;
          if (!fromBeginning) {
            SqlValues.bind(statement, parameter++, type, after);
          }
          if (limit != null) {
            SqlValues.bind(statement, parameter, type, limit);
          }
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              batch.add(
                  new Change(
                      Rows.document(rows, now.columns()),
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
          try (PreparedStatement statement = connection.prepareStatement(sql.changesAt(cursor))) {
            // A group of equal cursors has no limit: the driver streams it (adaptive fetch).
            SqlValues.bind(statement, 1, type, SqlValues.value(type, last));
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                sink.document(Rows.document(rows, now.columns()));
              }
            }
          }
        }
        at = last;
        if (!full) {
          cancel.close(); // the connection goes back before waiting on the checkpoint
          lease.close();
          sink.checkpoint(last);
          return;
        }
      }
      sink.checkpoint(at);
    }
  }

  /**
   * One backfill page after {@code page}'s key; ends the backfill (no cursor) when it is not full.
   * The cursor is the last key read, or for a chunk of a split backfill ({@link TableChunks}) an
   * object of the key read last ({@code "after"}) and the chunk's last key ({@code "until"}).
   */
  // "try": the cancel registration is only held, by try-with-resources.
  @SuppressWarnings("try")
  private void page(
      LiveTable live,
      String cursorName,
      int pageSize,
      boolean chunk,
      PageCursor page,
      LogCursor cutoff,
      Blocking.Sink.Page sink)
      throws SQLException {
    Map<?, ?> read = page.isNone() ? Map.of() : (Map<?, ?>) JsonValues.read(page.json());
    Map<?, ?> after = chunk ? (Map<?, ?>) read.get("after") : page.isNone() ? null : read;
    Map<?, ?> until = chunk ? (Map<?, ?>) read.get("until") : null;
    Map<String, Object> lastKey = null;
    int count = 0;
    try (ConnectionPool.Lease lease = database.pool().borrow();
        var cancel = sink.onStop(lease::cancel)) {
      Connection connection = inTransaction(lease);
      live.refresh(connection, sink::sourcedSchema);
      Table now = live.table();
      List<Column> key = now.primaryKey();
      Column cursor = cursorIn(now, cursorName);
      boolean cutoffIsBeginning = SqlValues.isBeginning(cursor.type(), cutoff);
      Object below = cutoffIsBeginning ? null : SqlValues.value(cursor.type(), cutoff);
      try (PreparedStatement statement =
          connection.prepareStatement(
              live.queries()
                  .page(cursor, after == null, until != null, cutoffIsBeginning, pageSize))) {
        int parameter = 1;
        for (Map<?, ?> bound : Arrays.asList(after, until)) {
          if (bound == null) {
            continue;
          }
          for (Column column : key) {
            SqlValues.bind(
                statement,
                parameter++,
                column.type(),
                SqlValues.fromJson(column.type(), bound.get(column.name())));
          }
        }
        if (!cutoffIsBeginning) {
          SqlValues.bind(statement, parameter, cursor.type(), below);
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            sink.document(Rows.document(rows, now.columns()));
            count++;
            lastKey = new LinkedHashMap<>();
            for (Column column : key) {
              int index = now.columns().indexOf(column) + 1;
              lastKey.put(
                  column.name(),
                  SqlValues.json(column.type(), SqlValues.read(rows, index, column.type())));
            }
          }
        }
      }
    }
    if (count == pageSize) {
      sink.checkpointPatch(JsonValues.toRawJson(chunk ? Map.of("after", lastKey) : lastKey));
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
