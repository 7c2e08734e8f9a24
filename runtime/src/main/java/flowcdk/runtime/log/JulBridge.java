package flowcdk.runtime.log;

import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

/**
 * Routes {@code java.util.logging} (which Vert.x and Netty use when no other backend is present)
 * into the ops log, so every stderr line has Flow's shape. As in the Python CDK, third-party
 * records pass only at WARNING and above; their logger name becomes {@code fields.source}.
 */
public final class JulBridge extends Handler {

  private JulBridge() {}

  /** Replaces the root JUL handlers with the bridge. Idempotent. */
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
    Logging.writer().write(level, source, msg == null ? "" : msg, Fields.NONE, record.getThrown());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
