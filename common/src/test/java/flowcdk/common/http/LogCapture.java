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
 * Collects every log line (JSON, from DEBUG) while installed, with a redactor that knows no secrets
 * but those the code under test registers; restores the previous writer when closed. The lines go
 * to stderr too ({@link StderrTee}), where the build's secrets check reads them.
 */
final class LogCapture implements AutoCloseable {

  private final StderrTee out = new StderrTee();
  private final Redactor redactor = new Redactor();
  private final LogWriter previous;

  LogCapture() {
    previous = Logging.install(new LogWriter(out, LogFormat.JSON, Level.DEBUG, redactor));
  }

  /** The redactor of the installed writer. */
  Redactor redactor() {
    return redactor;
  }

  /** Everything written so far. */
  String text() {
    return out.text();
  }

  /** The lines written so far, each parsed. */
  @SuppressWarnings("unchecked") // a log line is a JSON object
  List<Map<String, Object>> lines() {
    return text()
        .lines()
        .map(line -> (Map<String, Object>) JsonValues.read(RawJson.parse(line)))
        .toList();
  }

  /** The lines whose message is {@code msg}. */
  List<Map<String, Object>> lines(String msg) {
    return lines().stream().filter(line -> msg.equals(line.get("msg"))).toList();
  }

  @Override
  public void close() {
    Logging.install(previous);
  }
}
