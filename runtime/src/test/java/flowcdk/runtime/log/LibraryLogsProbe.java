package flowcdk.runtime.log;

import io.netty.util.internal.logging.InternalLoggerFactory;
import io.vertx.core.internal.logging.LoggerFactory;

/**
 * The child process of {@link LibraryLogsTest}: routes the libraries' logs as the runtime does,
 * logs through Netty, Vert.x and then {@code java.util.logging}, and loads {@link JulNext} in
 * between, so that the class-load log shows whether anything started {@code java.util.logging}
 * before its first use.
 */
public final class LibraryLogsProbe {

  private LibraryLogsProbe() {}

  /** Marks, in the class-load log, the point before the first use of java.util.logging. */
  static final class JulNext {
    static void reached() {}
  }

  public static void main(String[] args) {
    LibraryLogs.route();
    InternalLoggerFactory.getInstance("probe.netty").info("netty info {}", 1);
    InternalLoggerFactory.getInstance("probe.netty").warn("netty {} of {}", 1, 2);
    InternalLoggerFactory.getInstance("probe.netty")
        .error("netty failed: {}", "reason", new IllegalStateException("boom"));
    LoggerFactory.getLogger("probe.vertx").info("vertx info");
    LoggerFactory.getLogger("probe.vertx").warn("vertx warning");
    JulNext.reached();
    java.util.logging.Logger jul = java.util.logging.Logger.getLogger("probe.jul");
    jul.info("jul info");
    jul.log(java.util.logging.Level.WARNING, "jul {0} warning", "formatted");
    jul.severe("jul severe");
  }
}
