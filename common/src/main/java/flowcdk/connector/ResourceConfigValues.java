package flowcdk.connector;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeContext;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The two members of a binding's resource config the strategies read: {@code interval}
 * (docs/models.md#durations: ISO-8601, a clock string or seconds) and {@code schedule} (the cron
 * expression of the "with schedule" config kind).
 */
final class ResourceConfigValues {

  private ResourceConfigValues() {}

  /**
   * The config's {@code interval}, or {@code fallback} when it is absent or null.
   *
   * @throws IllegalArgumentException if it is not a duration
   */
  static Duration interval(RawJson config, Duration fallback) {
    try (JsonParser p = member(config, "interval")) {
      if (p == null || p.currentToken() == JsonToken.VALUE_NULL) {
        return fallback;
      }
      DecodeContext ctx = new DecodeContext();
      ctx.push("interval");
      Duration value = Codecs.readDuration(p, ctx);
      if (ctx.hasProblems() || value == null) {
        throw new IllegalArgumentException(
            "the binding's resource config has an invalid interval: " + ctx.problems());
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The config's {@code schedule}, or {@code ""} when it is absent, null or not a string. */
  static String schedule(RawJson config) {
    try (JsonParser p = member(config, "schedule")) {
      return p != null && p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A parser positioned on the value of the top-level member {@code name}, or null. */
  private static JsonParser member(RawJson config, String name) throws IOException {
    JsonParser p = config.parser();
    if (p.nextToken() != JsonToken.START_OBJECT) {
      p.close();
      return null;
    }
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      if (field.equals(name)) {
        return p;
      }
      p.skipChildren();
    }
    p.close();
    return null;
  }
}
