package flowcdk.example.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL the captures run, for one table. Identifiers are always quoted, so any table and column
 * name works; values are always bound parameters.
 */
public final class Queries {

  private final Table table;
  private final String select;

  /** Queries of {@code table}. */
  public Queries(Table table) {
    this.table = table;
    this.select =
        "SELECT "
            + table.columns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "))
            + " FROM "
            + quote(table.schema())
            + "."
            + quote(table.name());
  }

  /** {@code MAX(cursor)}: where a new binding's incremental capture starts. */
  public String maxCursor(Column cursor) {
    return "SELECT MAX("
        + quote(cursor.name())
        + ") FROM "
        + quote(table.schema())
        + "."
        + quote(table.name());
  }

  /**
   * The next changes: rows whose cursor is after {@code ?} (no parameter from the beginning) and,
   * if {@code upToLimit}, at or before a second {@code ?} (a binding's cursor lag), in cursor then
   * key order, at most {@code limit}.
   */
  public String changesAfter(Column cursor, boolean fromBeginning, boolean upToLimit, int limit) {
    String c = quote(cursor.name());
    return select
        + " WHERE "
        + c
        + (fromBeginning ? " IS NOT NULL" : " > ?")
        + (upToLimit ? " AND " + c + " <= ?" : "")
        + " ORDER BY "
        + c
        + ", "
        + keyList()
        + " LIMIT "
        + limit;
  }

  /**
   * Every row whose cursor equals {@code ?}, in key order: the rest of a group a page cut through.
   */
  public String changesAt(Column cursor) {
    return select + " WHERE " + quote(cursor.name()) + " = ? ORDER BY " + keyList();
  }

  /**
   * A backfill page: rows after the key {@code (?, ...)} (no parameters for the first page), whose
   * cursor is at or before the cutoff {@code ?} or NULL (no cutoff parameter when the cutoff is the
   * beginning: only NULL cursors), in key order, at most {@code limit}.
   */
  public String page(Column cursor, boolean firstPage, boolean cutoffIsBeginning, int limit) {
    return page(cursor, firstPage, false, cutoffIsBeginning, limit);
  }

  /**
   * Like {@link #page(Column, boolean, boolean, int)}, and with {@code upTo} only the keys at or
   * below a last key (a chunk's end): its placeholders follow the after-key's, before the cutoff's.
   */
  public String page(
      Column cursor, boolean firstPage, boolean upTo, boolean cutoffIsBeginning, int limit) {
    String c = quote(cursor.name());
    String keys = placeholders(table.primaryKey().size());
    String after = firstPage ? "" : "(" + keyList() + ") > (" + keys + ") AND ";
    String until = upTo ? "(" + keyList() + ") <= (" + keys + ") AND " : "";
    String below = cutoffIsBeginning ? c + " IS NULL" : "(" + c + " <= ? OR " + c + " IS NULL)";
    return select
        + " WHERE "
        + after
        + until
        + below
        + " ORDER BY "
        + keyList()
        + " LIMIT "
        + limit;
  }

  /** The number of rows. */
  public String count() {
    return "SELECT COUNT(*) FROM " + from();
  }

  /** The primary key of the row at position {@code offset} (from 0) in key order. */
  public String keyAt(long offset) {
    return "SELECT "
        + keyList()
        + " FROM "
        + from()
        + " ORDER BY "
        + keyList()
        + " LIMIT 1 OFFSET "
        + offset;
  }

  /**
   * The whole table for a snapshot, in a stable order so row numbers stay with rows: by primary
   * key, else by every orderable column.
   */
  public String snapshot() {
    List<Column> order =
        table.primaryKey().isEmpty()
            ? table.columns().stream().filter(c -> c.type().keyable()).toList()
            : table.primaryKey();
    return order.isEmpty()
        ? select
        : select
            + " ORDER BY "
            + order.stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
  }

  private String from() {
    return quote(table.schema()) + "." + quote(table.name());
  }

  private String keyList() {
    return table.primaryKey().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  /** A quoted SQL identifier. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
