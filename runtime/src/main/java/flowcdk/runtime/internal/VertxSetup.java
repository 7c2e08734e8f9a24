package flowcdk.runtime.internal;

import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import java.util.concurrent.TimeUnit;

/**
 * The Vert.x options of the runtime. Blocking work on a worker (a JDBC query on a locked table, a
 * slow API call) is normal for a connector: Vert.x's blocked-thread checker does not watch workers
 * at all ({@code Blocking} warns once per stuck call instead, naming the task). A blocked event
 * loop is a bug and is still reported, every few seconds, but never with a stack trace: a trace
 * every second buries the log.
 */
final class VertxSetup {

  /** How often the blocked-thread checker looks (Vert.x's default is every second). */
  static final long CHECK_INTERVAL_SECONDS = 5;

  private VertxSetup() {}

  /** Options for a runtime's Vert.x instance. */
  static VertxOptions options() {
    return new VertxOptions()
        .setFileSystemOptions(
            new FileSystemOptions()
                .setFileCachingEnabled(false)
                .setClassPathResolvingEnabled(false))
        .setBlockedThreadCheckInterval(CHECK_INTERVAL_SECONDS)
        .setBlockedThreadCheckIntervalUnit(TimeUnit.SECONDS)
        .setMaxWorkerExecuteTime(Long.MAX_VALUE)
        .setMaxWorkerExecuteTimeUnit(TimeUnit.NANOSECONDS)
        .setWarningExceptionTime(Long.MAX_VALUE)
        .setWarningExceptionTimeUnit(TimeUnit.NANOSECONDS);
  }
}
