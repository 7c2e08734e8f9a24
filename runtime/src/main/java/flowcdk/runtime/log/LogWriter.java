package flowcdk.runtime.log;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.JsonValues;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders log records and writes each as one line to an output stream (stderr in production).
 *
 * <p>In {@link LogFormat#JSON} a line is exactly Flow's ops-log shape:
 *
 * <pre>
 * {"level":"INFO","msg":"...","fields":{...record fields...,"source":"flow.capture","traceback":[...]}}
 * </pre>
 *
 * <p>Every string that reaches the line, and every config passed as a field, goes through the
 * {@link Redactor} first. Thread-safe: a whole line is written under one lock.
 */
public final class LogWriter {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

  private final OutputStream out;
  private final LogFormat format;
  private final Level threshold;
  private final Redactor redactor;

  /** A writer to {@code out} with the given format and minimum level. */
  public LogWriter(OutputStream out, LogFormat format, Level threshold, Redactor redactor) {
    this.out = out;
    this.format = format;
    this.threshold = threshold;
    this.redactor = redactor;
  }

  /**
   * The writer for this process: stderr, the {@linkplain LogFormat#detect() detected format}, and
   * the level from {@code LOG_LEVEL} (default {@code INFO}; an unknown name falls back to INFO and
   * is reported on the first line).
   */
  public static LogWriter fromEnvironment() {
    return fromEnvironment(LogFormat.detect());
  }

  /** Like {@link #fromEnvironment()}, with the given format. */
  public static LogWriter fromEnvironment(LogFormat format) {
    String configured = System.getenv("LOG_LEVEL");
    Level level = Level.INFO;
    String problem = null;
    if (configured != null && !configured.isBlank()) {
      try {
        level = Level.parse(configured);
      } catch (IllegalArgumentException e) {
        problem = "LOG_LEVEL: " + e.getMessage() + "; logging at info";
      }
    }
    LogWriter writer =
        new LogWriter(new FileOutputStream(FileDescriptor.err), format, level, new Redactor());
    if (problem != null) {
      writer.write(Level.WARNING, "flow", problem, Fields.NONE, null);
    }
    return writer;
  }

  /** The redactor applied to every line. */
  public Redactor redactor() {
    return redactor;
  }

  /** Lines below this level are dropped. */
  public Level threshold() {
    return threshold;
  }

  /** The rendering format. */
  public LogFormat format() {
    return format;
  }

  /** Whether a record at {@code level} would be written. */
  public boolean isEnabled(Level level) {
    return level.compareTo(threshold) >= 0;
  }

  /**
   * Writes one record if its level is enabled.
   *
   * @param source the logger name, e.g. {@code flow.capture.users.incremental}
   * @param fields structured fields, written before {@code source}
   * @param error an exception whose stack trace goes into {@code fields.traceback}, or null
   */
  public void write(Level level, String source, String msg, Fields fields, Throwable error) {
    if (!isEnabled(level)) {
      return;
    }
    byte[] line;
    try {
      line =
          format == LogFormat.JSON
              ? renderJson(level, source, msg, fields, error)
              : renderText(level, source, msg, fields, error);
    } catch (IOException | RuntimeException e) {
      line =
          ("{\"level\":\"ERROR\",\"msg\":\"failed to render a log line: "
                  + e.getClass().getName()
                  + "\",\"fields\":{\"source\":\"flow\"}}\n")
              .getBytes(StandardCharsets.UTF_8);
    }
    synchronized (this) {
      try {
        out.write(line);
        out.flush();
      } catch (IOException e) {
        // stderr is gone; there is nowhere left to report this.
      }
    }
  }

  private byte[] renderJson(Level level, String source, String msg, Fields fields, Throwable error)
      throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JsonFactories.factory().createGenerator(buffer)) {
      g.writeStartObject();
      g.writeStringField("level", level.name());
      g.writeStringField("msg", redactor.scrub(msg));
      g.writeObjectFieldStart("fields");
      for (Map.Entry<String, Object> field : fields.entries()) {
        g.writeFieldName(field.getKey());
        JsonValues.write(g, redactField(field.getValue()));
      }
      g.writeStringField("source", source);
      if (error != null) {
        g.writeArrayFieldStart("traceback");
        for (String traceLine : traceback(error)) {
          g.writeString(traceLine);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    buffer.write('\n');
    return buffer.toByteArray();
  }

  private byte[] renderText(Level level, String source, String msg, Fields fields, Throwable error)
      throws IOException {
    StringBuilder line = new StringBuilder(128);
    line.append(LocalTime.now(ZoneId.systemDefault()).format(TIME)).append(' ');
    line.append(String.format("%-7s ", level.name()));
    line.append(source).append(": ").append(redactor.scrub(msg));
    for (Map.Entry<String, Object> field : fields.entries()) {
      Object value = redactField(field.getValue());
      line.append("  ").append(field.getKey()).append('=');
      line.append(value instanceof String s ? s : JsonValues.toRawJson(value).toString());
    }
    line.append('\n');
    if (error != null) {
      for (String traceLine : traceback(error)) {
        line.append("    ").append(traceLine).append('\n');
      }
    }
    return line.toString().getBytes(StandardCharsets.UTF_8);
  }

  private Object redactField(Object value) {
    // A config update carries a config that is already encrypted: masking it by location would
    // destroy it, so it is only scrubbed of plaintext secret values.
    return value instanceof EncryptedConfig encrypted
        ? redactor.scrubValues(encrypted.config())
        : redactor.redact(value);
  }

  private List<String> traceback(Throwable error) {
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text));
    List<String> lines = new ArrayList<>();
    for (String traceLine : text.toString().lines().toList()) {
      lines.add(redactor.scrub(traceLine));
    }
    return lines;
  }
}
