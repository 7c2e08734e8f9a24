package flowcdk.common.http;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import java.util.List;
import java.util.Map;

/**
 * Collects the log lines written while installed (JSON, DEBUG and up); restores on close. The lines
 * go to stderr too ({@link StderrTee}), where the build's secrets check reads them.
 */
public final class CapturedLogs implements AutoCloseable {

  private final StderrTee out = new StderrTee();
  private final LogWriter previous;

  /** Installs a collecting writer. */
  public CapturedLogs() {
    previous = Logging.install(new LogWriter(out, LogFormat.JSON, Level.DEBUG, new Redactor()));
  }

  /** Everything written so far. */
  public String text() {
    return out.text();
  }

  /** The lines written so far, parsed. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> lines() {
    return text()
        .lines()
        .map(line -> (Map<String, Object>) JsonValues.read(RawJson.parse(line)))
        .toList();
  }

  /** The lines with message {@code msg}. */
  public List<Map<String, Object>> withMessage(String msg) {
    return lines().stream().filter(line -> msg.equals(line.get("msg"))).toList();
  }

  /** The fields of a line. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> fields(Map<String, Object> line) {
    return (Map<String, Object>) line.get("fields");
  }

  @Override
  public void close() {
    Logging.install(previous);
  }
}
