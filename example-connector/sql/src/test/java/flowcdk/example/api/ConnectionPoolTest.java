package flowcdk.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The bounded pool: at most its size in use, waiting borrowers, reuse, broken connections dropped.
 */
class ConnectionPoolTest {

  private static ConnectionPool pool(int size, Duration timeout) {
    return new ConnectionPool(
        "jdbc:h2:mem:pool" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
        new Properties(),
        size,
        timeout);
  }

  @Test
  void noMoreThanItsSizeAreLentAndABorrowerWaitsForOneToComeBack() throws Exception {
    try (ConnectionPool pool = pool(2, Duration.ofSeconds(10))) {
      ConnectionPool.Lease first = pool.borrow();
      ConnectionPool.Lease second = pool.borrow();
      CompletableFuture<ConnectionPool.Lease> third =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return pool.borrow();
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      Thread.sleep(200);
      assertFalse(third.isDone(), "the third borrower waits while two are lent");
      Connection returned = first.connection();
      first.close();
      ConnectionPool.Lease lease = third.get(5, TimeUnit.SECONDS);
      assertSame(returned, lease.connection(), "the returned connection is reused");
      lease.close();
      second.close();
    }
  }

  @Test
  @SuppressWarnings("try") // the lease is held, unused, so that the pool has none left
  void aBorrowerThatWaitsTooLongGetsAClearError() throws Exception {
    try (ConnectionPool pool = pool(1, Duration.ofMillis(100));
        ConnectionPool.Lease held = pool.borrow()) {
      SQLException e = assertThrows(SQLException.class, pool::borrow);
      assertEquals(
          "all 1 database connections stayed busy for 100 ms; is a query stuck? (the pool's size is fixed)",
          e.getMessage());
    }
  }

  @Test
  void aBrokenConnectionIsDroppedAndReplaced() throws Exception {
    try (ConnectionPool pool = pool(1, Duration.ofSeconds(5))) {
      ConnectionPool.Lease lease = pool.borrow();
      Connection broken = lease.connection();
      broken.setAutoCommit(false);
      broken.close(); // rolling back on return fails: the pool drops it
      lease.close();
      try (ConnectionPool.Lease next = pool.borrow()) {
        assertNotSame(broken, next.connection());
        assertTrue(next.connection().isValid(1));
      }
    }
  }
}
