package flowcdk.example.api;

import flowcdk.connector.ActionableException;
import java.sql.SQLException;

/**
 * Turns the SQL errors of a table's reads into {@link ActionableException}s: a lost connection, a
 * missing privilege, a dropped table or a timeout is one message naming the table and what to do,
 * logged without a stack trace (see {@link Database#describe}). Other exceptions pass unchanged.
 */
public final class SqlFailures {

  private SqlFailures() {}

  /** Blocking SQL work. */
  @FunctionalInterface
  public interface SqlWork {
    /** Runs the work. */
    void run() throws SQLException;
  }

  /** Blocking SQL work with a result. */
  @FunctionalInterface
  public interface SqlCall<T> {
    /** Runs the work. */
    T call() throws SQLException;
  }

  /**
   * Runs {@code work}, reporting an {@link SQLException} as an {@link ActionableException} naming
   * {@code table}.
   */
  public static void run(Table table, Database database, SqlWork work) {
    run(table, database, null, work);
  }

  /**
   * Like {@link #run(Table, Database, SqlWork)}, naming where in the table the work was reading,
   * e.g. {@code "after key {\"id\":42}"}; null for nowhere in particular.
   */
  public static void run(Table table, Database database, String at, SqlWork work) {
    call(
        table,
        database,
        at,
        () -> {
          work.run();
          return null;
        });
  }

  /** Like {@link #run(Table, Database, String, SqlWork)}, returning the work's result. */
  public static <T> T call(Table table, Database database, String at, SqlCall<T> work) {
    try {
      return work.call();
    } catch (SQLException e) {
      throw new ActionableException(
          "table "
              + table.qualifiedName()
              + (at == null ? "" : " (reading " + at + ")")
              + ": "
              + database.describe(e),
          e);
    }
  }
}
