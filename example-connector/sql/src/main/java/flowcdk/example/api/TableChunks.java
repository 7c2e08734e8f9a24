package flowcdk.example.api;

import flowcdk.connector.state.PageCursor;
import flowcdk.runtime.json.JsonValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's primary key cut into chunks of about equal row counts, so that its backfill runs as one
 * subtask per chunk, which the instances of a capture split into shards claim separately
 * (docs/scale-out.md). A chunk's page cursor is an object: {@code "after"}, the key the next page
 * starts after (absent: the chunk's start), and {@code "until"}, the chunk's last key (absent for
 * the last chunk, which takes every key above the others, rows added since included).
 */
public final class TableChunks {

  /** The most chunks a table's backfill is split into. */
  public static final int MAX_CHUNKS = 1024;

  private TableChunks() {}

  /**
   * The starting page cursor of each chunk of {@code table}, by subtask id ({@code chunk-0000},
   * ..., in key order): {@code chunks} chunks, or fewer when the table has fewer distinct keys. One
   * query counts the rows, then one more per boundary, on {@code connection}.
   */
  public static Map<String, PageCursor> starts(Connection connection, Table table, int chunks)
      throws SQLException {
    Queries queries = new Queries(table);
    long rows;
    try (PreparedStatement statement = connection.prepareStatement(queries.count());
        ResultSet result = statement.executeQuery()) {
      result.next();
      rows = result.getLong(1);
    }
    // The last key of chunk i is the row at (i + 1) * rows / chunks - 1.
    List<Map<String, Object>> bounds = new ArrayList<>();
    for (int i = 0; i < chunks - 1; i++) {
      long offset = (i + 1) * rows / chunks - 1;
      if (offset < 0) {
        continue;
      }
      Map<String, Object> key = keyAt(connection, table, queries.keyAt(offset));
      if (key != null && (bounds.isEmpty() || !bounds.get(bounds.size() - 1).equals(key))) {
        bounds.add(key);
      }
    }
    Map<String, PageCursor> starts = new LinkedHashMap<>();
    for (int i = 0; i <= bounds.size(); i++) {
      Map<String, Object> cursor = new LinkedHashMap<>();
      if (i > 0) {
        cursor.put("after", bounds.get(i - 1));
      }
      if (i < bounds.size()) {
        cursor.put("until", bounds.get(i));
      }
      starts.put(id(i), new PageCursor(JsonValues.toRawJson(cursor)));
    }
    return starts;
  }

  /** The subtask id of chunk {@code index}: zero-padded, so ids sort in key order. */
  public static String id(int index) {
    return String.format("chunk-%04d", index);
  }

  private static Map<String, Object> keyAt(Connection connection, Table table, String sql)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      if (!result.next()) {
        return null;
      }
      Map<String, Object> key = new LinkedHashMap<>();
      int index = 1;
      for (Column column : table.primaryKey()) {
        key.put(
            column.name(),
            SqlValues.json(column.type(), SqlValues.read(result, index++, column.type())));
      }
      return key;
    }
  }
}
