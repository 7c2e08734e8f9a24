package flowcdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.VertxOptions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Long blocking work on a worker never makes Vert.x print "Thread blocked" stack traces; a blocked
 * event loop is still reported, without a trace.
 */
class VertxSetupTest {

  @Test
  void workersAreNotWatchedAndNoWarningHasAStackTrace() {
    VertxOptions options = VertxSetup.options();
    long day = TimeUnit.DAYS.toNanos(1);
    assertTrue(
        options.getMaxWorkerExecuteTimeUnit().toNanos(options.getMaxWorkerExecuteTime()) > day);
    assertTrue(
        options.getWarningExceptionTimeUnit().toNanos(options.getWarningExceptionTime()) > day);
    assertEquals(
        TimeUnit.SECONDS.toNanos(2),
        options.getMaxEventLoopExecuteTimeUnit().toNanos(options.getMaxEventLoopExecuteTime()),
        "event-loop blocking is still reported");
    assertTrue(
        options
                .getBlockedThreadCheckIntervalUnit()
                .toMillis(options.getBlockedThreadCheckInterval())
            >= 5_000);
  }
}
