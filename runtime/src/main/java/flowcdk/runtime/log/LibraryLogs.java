package flowcdk.runtime.log;

import io.netty.util.internal.logging.InternalLoggerFactory;

/**
 * Routes the logging of the libraries under the runtime into the ops log, so every stderr line has
 * Flow's shape, without starting {@code java.util.logging} at start (that reads the JDK's {@code
 * logging.properties} and makes a console handler, milliseconds in every process) and without
 * Netty's and Vert.x's probing for logging libraries:
 *
 * <ul>
 *   <li>Netty logs through {@link NettyLogs}, set as its default factory;
 *   <li>Vert.x logs through {@link VertxLogs}, named in {@code
 *       vertx.logger-delegate-factory-class-name} unless that is set already;
 *   <li>{@code java.util.logging}, for any other library (a JDBC driver, the JDK's own platform
 *       loggers), gets {@link JulBridge} when something first uses it: {@link JulBridge.Config} is
 *       named in {@code java.util.logging.config.class}, unless that or {@code
 *       java.util.logging.config.file} is set already (the JVM's own configuration wins).
 * </ul>
 *
 * <p>Every route passes records at WARNING and above only, as the Python CDK does for third-party
 * loggers; the logger's name becomes {@code fields.source}.
 */
public final class LibraryLogs {

  static final String VERTX_FACTORY = "vertx.logger-delegate-factory-class-name";
  static final String JUL_CONFIG_CLASS = "java.util.logging.config.class";
  static final String JUL_CONFIG_FILE = "java.util.logging.config.file";

  private LibraryLogs() {}

  /**
   * Installs the routes; call it before Vert.x or Netty is first used. Idempotent. A library logger
   * made before it keeps its old route; if {@code java.util.logging} has started already, call
   * {@link JulBridge#install()} too.
   */
  public static void route() {
    InternalLoggerFactory.setDefaultFactory(NettyLogs.FACTORY);
    if (System.getProperty(VERTX_FACTORY) == null) {
      System.setProperty(VERTX_FACTORY, VertxLogs.class.getName());
    }
    if (System.getProperty(JUL_CONFIG_CLASS) == null
        && System.getProperty(JUL_CONFIG_FILE) == null) {
      System.setProperty(JUL_CONFIG_CLASS, JulBridge.Config.class.getName());
    }
  }
}
