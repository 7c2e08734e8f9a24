package flowcdk.example.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;

/**
 * A small, bounded pool of JDBC connections for the worker threads that run queries: at most {@code
 * size} are open; a borrower waits (up to a timeout) for one to be returned. Connections are opened
 * lazily, checked when reused after being idle, and dropped after an error.
 */
public final class ConnectionPool implements AutoCloseable {

  private static final Duration IDLE_CHECK = Duration.ofSeconds(30);

  private final String url;
  private final Properties properties;
  private final Semaphore permits;
  private final Duration borrowTimeout;
  private final int size;
  private final Deque<Idle> idle = new ArrayDeque<>();
  private boolean closed;

  private record Idle(Connection connection, long since) {}

  /**
   * A pool of at most {@code size} connections to {@code url}, waiting up to {@code borrowTimeout}
   * for one.
   */
  public ConnectionPool(String url, Properties properties, int size, Duration borrowTimeout) {
    this.url = url;
    this.properties = properties;
    this.size = size;
    this.permits = new Semaphore(size, true);
    this.borrowTimeout = borrowTimeout;
  }

  /** A connection, returned to the pool when the lease is closed. */
  public Lease borrow() throws SQLException {
    try {
      if (!permits.tryAcquire(borrowTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new SQLException(
            "all "
                + size
                + " database connections stayed busy for "
                + (borrowTimeout.toMillis() < 1000
                    ? borrowTimeout.toMillis() + " ms"
                    : borrowTimeout.toSeconds() + " s")
                + "; is a query stuck? (the pool's size is fixed)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a database connection", e);
    }
    try {
      return new Lease(this, takeOrOpen());
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  private Connection takeOrOpen() throws SQLException {
    while (true) {
      Idle next;
      synchronized (this) {
        if (closed) {
          throw new SQLException("the connection pool is closed");
        }
        next = idle.pollFirst();
      }
      if (next == null) {
        return DriverManager.getConnection(url, properties);
      }
      boolean fresh = System.nanoTime() - next.since() < IDLE_CHECK.toNanos();
      if (fresh || next.connection().isValid(5)) {
        return next.connection();
      }
      closeQuietly(next.connection());
    }
  }

  private void giveBack(Connection connection, boolean broken) {
    try {
      boolean keep;
      synchronized (this) {
        keep = !broken && !closed;
        if (keep) {
          idle.addFirst(new Idle(connection, System.nanoTime()));
        }
      }
      if (!keep) {
        closeQuietly(connection);
      }
    } finally {
      permits.release();
    }
  }

  /** Closes the idle connections; borrowed ones are closed when returned. */
  @Override
  public void close() {
    Deque<Idle> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayDeque<>(idle);
      idle.clear();
    }
    toClose.forEach(i -> closeQuietly(i.connection()));
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // already broken; nothing to recover
    }
  }

  /** A borrowed connection; {@link #close()} returns it (rolled back) to the pool. */
  public static final class Lease implements AutoCloseable {
    private final ConnectionPool pool;
    private final Connection connection;
    private boolean returned;

    private Lease(ConnectionPool pool, Connection connection) {
      this.pool = pool;
      this.connection = connection;
    }

    /** The connection. */
    public Connection connection() {
      return connection;
    }

    /**
     * Cancels the query the connection is running, from another thread (a capture that stops does
     * not wait for a query blocked on a lock): PostgreSQL is sent a cancel request, as {@link
     * java.sql.Statement#cancel()} sends; an embedded database's queries never wait on another
     * process, so they are left to finish.
     */
    public void cancel() throws SQLException {
      if (connection.isWrapperFor(PGConnection.class)) {
        connection.unwrap(PGConnection.class).cancelQuery();
      }
    }

    /**
     * Returns the connection, ending any open transaction; a connection that fails that is dropped.
     */
    @Override
    public void close() {
      if (returned) {
        return;
      }
      returned = true;
      boolean broken = false;
      try {
        if (!connection.getAutoCommit()) {
          connection.rollback();
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        broken = true;
      }
      pool.giveBack(connection, broken);
    }
  }
}
