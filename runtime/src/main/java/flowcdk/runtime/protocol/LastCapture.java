package flowcdk.runtime.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The previously published version of a capture, sent in a {@link ValidateRequest} when the capture
 * already exists. Connectors use it to detect config changes, for example to refuse changing a
 * setting that must not change.
 *
 * @param name the capture's name
 * @param connectorType how the previous version was run
 * @param config the previous endpoint <em>wrapper</em> exactly as Flow sent it, such as {@code
 *     {"image": "ghcr.io/estuary/source-x:v1", "config": {...}}}; see {@link #endpointConfig()}
 * @param bindings the previous version's bindings
 */
public record LastCapture(
    String name, ConnectorType connectorType, RawJson config, List<ValidateBinding> bindings) {

  /**
   * Creates the record. Checks that no component is null, that the wrapper is an object, and copies
   * the bindings.
   *
   * @param name see {@link #name()}
   * @param connectorType see {@link #connectorType()}
   * @param config see {@link #config()}
   * @param bindings see {@link #bindings()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public LastCapture {
    Checks.notNull(name, "name");
    Checks.notNull(connectorType, "connectorType");
    Checks.object(config, "config");
    bindings = Checks.list(bindings, "bindings");
  }

  /**
   * The previous endpoint config itself: the {@code config} member of the {@link #config()}
   * wrapper, or empty if the wrapper has none (or it is null). Parses the wrapper on every call.
   *
   * @return the previous endpoint config (a JSON object when present, as the reader checks)
   */
  public Optional<RawJson> endpointConfig() {
    return Optional.ofNullable(innerConfig(config));
  }

  /** The {@code config} member of {@code wrapper}, or null if absent or null. */
  static RawJson innerConfig(RawJson wrapper) {
    try (JsonParser parser = wrapper.parser()) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      RawJson found = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("config")) {
          RawJson value = RawJson.copyOf(parser);
          found = value.isNull() ? null : value; // the last occurrence wins, as in the reader
        } else {
          parser.skipChildren();
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("a RawJson value could not be re-read", e);
    }
  }
}
