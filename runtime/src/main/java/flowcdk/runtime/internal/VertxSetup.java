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

  /**
   * Netty's switch for how it sizes its direct-memory budget: from {@code -XX:MaxDirectMemorySize},
   * which it finds by starting JMX and reading the JVM's arguments (about 10 ms, and ~100 classes,
   * at every start), or from the heap's maximum, which is the JVM's own default for that limit.
   */
  static final String IGNORE_MAX_DIRECT_MEMORY = "io.netty.ignoreMaxDirectMemorySize";

  private VertxSetup() {}

  /**
   * Options for a runtime's Vert.x instance. The first call also sets {@value
   * #IGNORE_MAX_DIRECT_MEMORY} to true unless it is set: connectors run without {@code
   * -XX:MaxDirectMemorySize}, so the heap's maximum is the direct-memory limit; a JVM started with
   * that flag should set the property to false.
   */
  static VertxOptions options() {
    if (System.getProperty(IGNORE_MAX_DIRECT_MEMORY) == null) {
      System.setProperty(IGNORE_MAX_DIRECT_MEMORY, "true");
    }
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
