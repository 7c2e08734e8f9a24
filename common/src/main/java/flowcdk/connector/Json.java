package flowcdk.connector;

import flowcdk.connector.state.StateJson;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.json.RawJson;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small JSON values for log fields, written the way the Python CDK writes them
 * (docs/protocol.md#logging).
 */
final class Json {

  private Json() {}

  /** A duration as ISO-8601 text ({@code PT5M}, {@code -PT5S}). */
  static RawJson duration(Duration value) {
    return StateJson.json(g -> Codecs.writeDuration(g, value));
  }

  /** An instant as RFC 3339 text. */
  static RawJson instant(Instant value) {
    return StateJson.json(g -> Codecs.writeInstant(g, value));
  }

  /**
   * The positional context map of a log call ({@code fields.args}): names and values in order,
   * {@code null} values kept.
   */
  static Map<String, Object> args(Object... namesAndValues) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return args;
  }
}
