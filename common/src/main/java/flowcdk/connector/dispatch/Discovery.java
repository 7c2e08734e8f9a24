package flowcdk.connector.dispatch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.connector.ResourceSpec;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.DiscoveredBinding;
import flowcdk.runtime.protocol.DiscoveredResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code discovered} response from resources, decorating each document schema exactly as
 * Estuary's Python CDK does (docs/models.md#schema-decoration-at-discovery):
 *
 * <ul>
 *   <li>with schema inference: {@code "x-infer-schema": true} and the deletion reduction {@code
 *       "if": {_meta.op is "d"}, "then": {"reduce": {"strategy": "merge", "delete": true}}}, plus
 *       {@code "else": {"reduce": {"strategy": <reduction>}}} when a reduction strategy is set;
 *   <li>without inference but with a reduction strategy: {@code "reduce": {"strategy": ...}};
 *   <li>otherwise the schema as it is.
 * </ul>
 */
final class Discovery {

  private static final String DELETION_IF =
      "{\"required\":[\"_meta\"],\"properties\":{\"_meta\":{\"required\":[\"op\"],\"properties\":{\"op\":{\"const\":\"d\"}}}}}";
  private static final String DELETION_THEN =
      "{\"reduce\":{\"strategy\":\"merge\",\"delete\":true}}";

  private Discovery() {}

  /** One discovered binding per resource, in order. */
  static DiscoveredResponse discovered(List<ResourceSpec> resources) {
    List<DiscoveredBinding> bindings = new ArrayList<>();
    for (ResourceSpec resource : resources) {
      bindings.add(
          new DiscoveredBinding(
              resource.name(),
              resource.resourceConfig(),
              decorate(resource),
              resource.key(),
              resource.disable(),
              resource.resourcePath()));
    }
    return new DiscoveredResponse(bindings);
  }

  /**
   * The resource's document schema with the decoration appended
   * (docs/models.md#schema-decoration-at-discovery).
   */
  static RawJson decorate(ResourceSpec resource) {
    if (!resource.schemaInference() && resource.reductionStrategy().isEmpty()) {
      return resource.documentSchema();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonParser parser = resource.documentSchema().parser();
        JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(
            "the document schema of " + resource.name() + " is not an object");
      }
      g.writeStartObject();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        g.writeFieldName(parser.currentName());
        parser.nextToken();
        RawJson.copyOf(parser).writeTo(g);
      }
      if (resource.schemaInference()) {
        g.writeBooleanField("x-infer-schema", true);
        g.writeFieldName("if");
        RawJson.parse(DELETION_IF).writeTo(g);
        g.writeFieldName("then");
        RawJson.parse(DELETION_THEN).writeTo(g);
        if (resource.reductionStrategy().isPresent()) {
          g.writeObjectFieldStart("else");
          g.writeObjectFieldStart("reduce");
          g.writeStringField("strategy", resource.reductionStrategy().get());
          g.writeEndObject();
          g.writeEndObject();
        }
      } else {
        g.writeObjectFieldStart("reduce");
        g.writeStringField("strategy", resource.reductionStrategy().get());
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RawJson.parse(out.toByteArray());
  }
}
