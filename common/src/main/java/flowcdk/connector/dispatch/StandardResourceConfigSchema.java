package flowcdk.connector.dispatch;

import flowcdk.connector.ResourceConfig;
import flowcdk.connector.ResourceConfigJson;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;

/**
 * The resource config schema a spec gives for the standard {@link ResourceConfig}: the Python
 * CDK's, as its connectors send it, so a connector ported from Python keeps the same spec. It says
 * two things the generated {@link ResourceConfigJson#SCHEMA} cannot: {@code _meta} is an object or
 * {@code null} (default {@code null}), and an absent {@code interval} means {@code PT0S}, which is
 * the strategies' default interval. What either schema accepts, the codec decodes.
 */
final class StandardResourceConfigSchema {

  /** The schema, compact. */
  static final RawJson SCHEMA =
      RawJson.parse(
          ("{\"additionalProperties\":false,"
              + "\"description\":\"ResourceConfig is a common resource configuration shape.\","
              + "\"properties\":{"
              + "\"_meta\":{\"anyOf\":[{\"additionalProperties\":true,\"type\":\"object\"},"
              + "{\"type\":\"null\"}],\"default\":null,\"title\":\"Meta\"},"
              + "\"name\":{\"description\":\"Name of this resource\",\"title\":\"Name\","
              + "\"type\":\"string\"},"
              + "\"interval\":{\"default\":\"PT0S\","
              + "\"description\":\"Interval between updates for this resource\","
              + "\"format\":\"duration\",\"nonsensitive\":true,\"title\":\"Interval\","
              + "\"type\":\"string\"}},"
              + "\"required\":[\"name\"],\"title\":\"ResourceConfig\",\"type\":\"object\"}"));

  private StandardResourceConfigSchema() {}

  /** The schema the spec gives for the resource configs {@code codec} decodes. */
  static RawJson forSpec(JsonCodec<?> codec) {
    return codec == ResourceConfigJson.INSTANCE ? SCHEMA : codec.schema();
  }
}
