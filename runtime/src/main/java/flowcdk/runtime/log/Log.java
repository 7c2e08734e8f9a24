package flowcdk.runtime.log;

import flowcdk.runtime.json.RawJson;

/**
 * A named logger writing Flow ops-log lines to stderr.
 *
 * <p>Names form a dotted hierarchy rooted at {@code flow}: the capture logs as {@code
 * flow.capture}, its tasks as {@code flow.capture.users.incremental} and so on. The name is written
 * as {@code fields.source}. Loggers are cheap immutable values; all of them write through the
 * process-wide {@link LogWriter} held by {@link Logging}.
 */
public final class Log {

  private static final Log ROOT = new Log("flow");

  private final String source;

  private Log(String source) {
    this.source = source;
  }

  /** The root logger, {@code flow}. */
  public static Log root() {
    return ROOT;
  }

  /** A logger with an explicit name (third-party sources keep their own names). */
  public static Log named(String source) {
    return new Log(source);
  }

  /** The logger {@code <this name>.<suffix>}. */
  public Log child(String suffix) {
    return new Log(source + "." + suffix);
  }

  /** This logger's name. */
  public String source() {
    return source;
  }

  /** Whether lines at {@code level} are written (see {@code LOG_LEVEL}). */
  public boolean isEnabled(Level level) {
    return Logging.writer().isEnabled(level);
  }

  /**
   * Writes one line with fields and an optional exception (its stack goes to {@code traceback}).
   */
  public void log(Level level, String msg, Fields fields, Throwable error) {
    Logging.writer().write(level, source, msg, fields, error);
  }

  /** A DEBUG line. */
  public void debug(String msg) {
    log(Level.DEBUG, msg, Fields.NONE, null);
  }

  /** A DEBUG line with fields. */
  public void debug(String msg, Fields fields) {
    log(Level.DEBUG, msg, fields, null);
  }

  /** An INFO line. */
  public void info(String msg) {
    log(Level.INFO, msg, Fields.NONE, null);
  }

  /** An INFO line with fields. */
  public void info(String msg, Fields fields) {
    log(Level.INFO, msg, fields, null);
  }

  /** A WARNING line. */
  public void warning(String msg) {
    log(Level.WARNING, msg, Fields.NONE, null);
  }

  /** A WARNING line with fields. */
  public void warning(String msg, Fields fields) {
    log(Level.WARNING, msg, fields, null);
  }

  /** An ERROR line. */
  public void error(String msg) {
    log(Level.ERROR, msg, Fields.NONE, null);
  }

  /** An ERROR line with fields. */
  public void error(String msg, Fields fields) {
    log(Level.ERROR, msg, fields, null);
  }

  /** An ERROR line carrying an exception's stack trace in {@code fields.traceback}. */
  public void error(String msg, Throwable error) {
    log(Level.ERROR, msg, Fields.NONE, error);
  }

  /**
   * A {@code connectorStatus} event: an INFO line with {@code fields.eventType =
   * "connectorStatus"}, which Flow shows as the capture's status.
   */
  public void connectorStatus(String status) {
    log(Level.INFO, status, Fields.of("eventType", "connectorStatus"), null);
  }

  /**
   * A {@code configUpdate} event: an INFO line with {@code fields.eventType = "configUpdate"} and
   * {@code fields.config} the complete endpoint config (never a patch), whose secrets the caller
   * has already encrypted. Flow replaces the capture's config with it (e.g. after an OAuth token
   * rotation).
   */
  public void configUpdate(String msg, RawJson encryptedConfig) {
    log(
        Level.INFO,
        msg,
        Fields.of("eventType", "configUpdate", "config", new EncryptedConfig(encryptedConfig)),
        null);
  }
}
