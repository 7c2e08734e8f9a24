package flowcdk.runtime.log;

import io.vertx.core.spi.logging.LogDelegate;
import io.vertx.core.spi.logging.LogDelegateFactory;

/**
 * Vert.x's loggers, writing WARNING and ERROR records into the ops log (a blocked event loop, for
 * one). {@link LibraryLogs#route()} names this class in the system property {@code
 * vertx.logger-delegate-factory-class-name}, from which Vert.x makes it when it first logs, so that
 * Vert.x neither probes for logging libraries nor starts {@code java.util.logging}.
 */
public final class VertxLogs implements LogDelegateFactory {

  /** Vert.x makes the factory from its class name; connectors have no use for it. */
  public VertxLogs() {}

  @Override
  public boolean isAvailable() {
    return true;
  }

  @Override
  public LogDelegate createDelegate(String name) {
    return new Delegate(name);
  }

  /** One named Vert.x logger: TRACE, DEBUG and INFO are off, WARN and ERROR reach the ops log. */
  private record Delegate(String name) implements LogDelegate {

    @Override
    public String implementation() {
      return "flowcdk";
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public void error(Object message) {
      error(message, null);
    }

    @Override
    public void error(Object message, Throwable t) {
      LibraryRecord.write(Level.ERROR, name, String.valueOf(message), t);
    }

    @Override
    public void warn(Object message) {
      warn(message, null);
    }

    @Override
    public void warn(Object message, Throwable t) {
      LibraryRecord.write(Level.WARNING, name, String.valueOf(message), t);
    }

    @Override
    public void info(Object message) {}

    @Override
    public void info(Object message, Throwable t) {}

    @Override
    public void debug(Object message) {}

    @Override
    public void debug(Object message, Throwable t) {}

    @Override
    public void trace(Object message) {}

    @Override
    public void trace(Object message, Throwable t) {}
  }
}
