package flowcdk.runtime.log;

import io.netty.util.internal.logging.AbstractInternalLogger;
import io.netty.util.internal.logging.InternalLogger;
import io.netty.util.internal.logging.InternalLoggerFactory;

/**
 * Netty's loggers, writing WARNING and ERROR records into the ops log. Installed by {@link
 * LibraryLogs#route()} so that Netty neither probes for logging libraries nor starts {@code
 * java.util.logging} when the runtime starts.
 */
final class NettyLogs extends InternalLoggerFactory {

  /** The factory {@link LibraryLogs} installs. */
  static final NettyLogs FACTORY = new NettyLogs();

  private NettyLogs() {}

  @Override
  protected InternalLogger newInstance(String name) {
    return new Logger(name);
  }

  /** One named Netty logger: TRACE, DEBUG and INFO are off, WARN and ERROR reach the ops log. */
  private static final class Logger extends AbstractInternalLogger {

    private static final long serialVersionUID = 1L;

    Logger(String name) {
      super(name);
    }

    private void toWarning(String template, Object... args) {
      LibraryRecord.writeFormatted(Level.WARNING, name(), template, args);
    }

    private void toError(String template, Object... args) {
      LibraryRecord.writeFormatted(Level.ERROR, name(), template, args);
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public void trace(String msg) {}

    @Override
    public void trace(String format, Object arg) {}

    @Override
    public void trace(String format, Object argA, Object argB) {}

    @Override
    public void trace(String format, Object... arguments) {}

    @Override
    public void trace(String msg, Throwable t) {}

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public void debug(String msg) {}

    @Override
    public void debug(String format, Object arg) {}

    @Override
    public void debug(String format, Object argA, Object argB) {}

    @Override
    public void debug(String format, Object... arguments) {}

    @Override
    public void debug(String msg, Throwable t) {}

    @Override
    public boolean isInfoEnabled() {
      return false;
    }

    @Override
    public void info(String msg) {}

    @Override
    public void info(String format, Object arg) {}

    @Override
    public void info(String format, Object argA, Object argB) {}

    @Override
    public void info(String format, Object... arguments) {}

    @Override
    public void info(String msg, Throwable t) {}

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public void warn(String msg) {
      toWarning(msg);
    }

    @Override
    public void warn(String format, Object arg) {
      toWarning(format, arg);
    }

    @Override
    public void warn(String format, Object... arguments) {
      toWarning(format, arguments);
    }

    @Override
    public void warn(String format, Object argA, Object argB) {
      toWarning(format, argA, argB);
    }

    @Override
    public void warn(String msg, Throwable t) {
      LibraryRecord.write(Level.WARNING, name(), msg, t);
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public void error(String msg) {
      toError(msg);
    }

    @Override
    public void error(String format, Object arg) {
      toError(format, arg);
    }

    @Override
    public void error(String format, Object argA, Object argB) {
      toError(format, argA, argB);
    }

    @Override
    public void error(String format, Object... arguments) {
      toError(format, arguments);
    }

    @Override
    public void error(String msg, Throwable t) {
      LibraryRecord.write(Level.ERROR, name(), msg, t);
    }
  }
}
