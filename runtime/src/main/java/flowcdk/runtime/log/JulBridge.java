package flowcdk.runtime.log;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

/**
 * Routes {@code java.util.logging} (used by JDBC drivers, the JDK's platform loggers and other
 * libraries) into the ops log, so every stderr line has Flow's shape. As in the Python CDK,
 * third-party records pass only at WARNING and above; their logger name becomes {@code
 * fields.source}.
 *
 * <p>The runtime does not start {@code java.util.logging} itself: {@link LibraryLogs#route()} names
 * {@link Config} as its configuration class, so the bridge is set up when something first logs
 * through it.
 */
public final class JulBridge extends Handler {

  /**
   * {@code java.util.logging} makes the bridge from its class name (the {@code handlers} property
   * {@link Config} sets); connectors have no use for it.
   */
  public JulBridge() {}

  /**
   * The configuration {@code java.util.logging} reads at its start when this class is named in the
   * system property {@code java.util.logging.config.class}: the root logger at WARNING, with the
   * bridge as its only handler (no console handler).
   */
  public static final class Config {

    /**
     * Configures {@code java.util.logging}; it calls this itself.
     *
     * @throws IOException never: the configuration is read from memory
     */
    public Config() throws IOException {
      String properties = "handlers=" + JulBridge.class.getName() + "\n.level=WARNING\n";
      LogManager.getLogManager()
          .readConfiguration(
              new ByteArrayInputStream(properties.getBytes(StandardCharsets.ISO_8859_1)));
    }
  }

  /**
   * Replaces the root logger's handlers with the bridge and sets it to WARNING, for when {@code
   * java.util.logging} has started before {@link LibraryLogs#route()} could name {@link Config}.
   * Idempotent.
   */
  public static void install() {
    java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
    for (Handler handler : root.getHandlers()) {
      if (handler instanceof JulBridge) {
        return;
      }
      root.removeHandler(handler);
    }
    root.setLevel(java.util.logging.Level.WARNING);
    root.addHandler(new JulBridge());
  }

  @Override
  public void publish(LogRecord record) {
    int value = record.getLevel().intValue();
    if (value < java.util.logging.Level.WARNING.intValue()) {
      return;
    }
    Level level = value >= java.util.logging.Level.SEVERE.intValue() ? Level.ERROR : Level.WARNING;
    String msg = record.getMessage();
    if (msg != null && record.getParameters() != null && record.getParameters().length > 0) {
      try {
        msg = java.text.MessageFormat.format(msg, record.getParameters());
      } catch (IllegalArgumentException e) {
        // Keep the raw template, as the Python CDK does when interpolation fails.
      }
    }
    String source = record.getLoggerName() == null ? "jul" : record.getLoggerName();
    LibraryRecord.write(level, source, msg, record.getThrown());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
