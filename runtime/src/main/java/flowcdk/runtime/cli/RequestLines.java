package flowcdk.runtime.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.AcknowledgeRequest;
import flowcdk.runtime.protocol.CaptureBinding;
import flowcdk.runtime.protocol.CollectionSpec;
import flowcdk.runtime.protocol.DiscoverRequest;
import flowcdk.runtime.protocol.OpenRequest;
import flowcdk.runtime.protocol.Request;
import flowcdk.runtime.protocol.SpecRequest;
import flowcdk.runtime.protocol.ValidateBinding;
import flowcdk.runtime.protocol.ValidateRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Encodes the requests the tool sends as protocol lines ({@code RequestReader} reads them back):
 * spec, discover, validate (without {@code lastCapture}), open and acknowledge.
 */
final class RequestLines {

  private RequestLines() {}

  /** {@code request} as one compact JSON line, newline included. */
  static byte[] line(Request request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      g.writeStartObject();
      if (request instanceof SpecRequest spec) {
        g.writeObjectFieldStart("spec");
        g.writeStringField("connectorType", spec.connectorType().name());
        g.writeEndObject();
      } else if (request instanceof DiscoverRequest discover) {
        g.writeObjectFieldStart("discover");
        g.writeStringField("connectorType", discover.connectorType().name());
        raw(g, "config", discover.config());
        g.writeEndObject();
      } else if (request instanceof ValidateRequest validate) {
        g.writeObjectFieldStart("validate");
        g.writeStringField("name", validate.name());
        g.writeStringField("connectorType", validate.connectorType().name());
        raw(g, "config", validate.config());
        g.writeArrayFieldStart("bindings");
        for (ValidateBinding binding : validate.bindings()) {
          g.writeStartObject();
          collection(g, binding.collection());
          raw(g, "resourceConfig", binding.resourceConfig());
          g.writeNumberField("backfill", binding.backfill());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      } else if (request instanceof OpenRequest open) {
        open(g, open);
      } else if (request instanceof AcknowledgeRequest ack) {
        g.writeObjectFieldStart("acknowledge");
        g.writeNumberField("checkpoints", ack.checkpoints());
        g.writeEndObject();
      } else {
        throw new IllegalArgumentException(
            "the tool does not send " + request.getClass().getSimpleName());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static void open(JsonGenerator g, OpenRequest open) throws IOException {
    g.writeObjectFieldStart("open");
    g.writeObjectFieldStart("capture");
    g.writeStringField("name", open.capture().name());
    g.writeStringField("connectorType", open.capture().connectorType().name());
    raw(g, "config", open.capture().config());
    g.writeNumberField("intervalSeconds", open.capture().intervalSeconds());
    g.writeArrayFieldStart("bindings");
    for (CaptureBinding binding : open.capture().bindings()) {
      g.writeStartObject();
      collection(g, binding.collection());
      raw(g, "resourceConfig", binding.resourceConfig());
      strings(g, "resourcePath", binding.resourcePath());
      g.writeStringField("stateKey", binding.stateKey());
      g.writeNumberField("backfill", binding.backfill());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeStringField("version", open.version());
    g.writeObjectFieldStart("range");
    g.writeNumberField("keyBegin", open.range().keyBegin());
    g.writeNumberField("keyEnd", open.range().keyEnd());
    g.writeNumberField("rClockBegin", open.range().rClockBegin());
    g.writeNumberField("rClockEnd", open.range().rClockEnd());
    g.writeEndObject();
    raw(g, "state", open.state());
    g.writeEndObject();
  }

  private static void collection(JsonGenerator g, CollectionSpec collection) throws IOException {
    g.writeObjectFieldStart("collection");
    g.writeStringField("name", collection.name());
    strings(g, "key", collection.key());
    raw(g, "writeSchema", collection.writeSchema());
    if (collection.readSchema().isPresent()) {
      raw(g, "readSchema", collection.readSchema().get());
    }
    g.writeEndObject();
  }

  private static void raw(JsonGenerator g, String field, RawJson value) throws IOException {
    g.writeFieldName(field);
    value.writeTo(g);
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }
}
