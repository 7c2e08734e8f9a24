package flowcdk.runtime.protocol;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Encodes {@link Response} messages as compact JSON in Flow's field names and order. {@link
 * RawJson} values are written raw, byte for byte, never re-parsed. No newline is written: framing
 * is the caller's business.
 */
public final class ResponseWriter {

  private ResponseWriter() {}

  /**
   * Writes {@code response} into {@code g} as one compact JSON object, without a newline. The
   * generator is neither flushed nor closed.
   *
   * @param response the message to write
   * @param g a generator at the root level or where a value is expected
   * @throws IOException if the generator's output fails
   */
  public static void write(Response response, JsonGenerator g) throws IOException {
    Checks.notNull(response, "response");
    g.writeStartObject();
    if (response instanceof SpecResponse r) {
      g.writeFieldName("spec");
      spec(r, g);
    } else if (response instanceof DiscoveredResponse r) {
      g.writeFieldName("discovered");
      discovered(r, g);
    } else if (response instanceof ValidatedResponse r) {
      g.writeFieldName("validated");
      validated(r, g);
    } else if (response instanceof AppliedResponse r) {
      g.writeFieldName("applied");
      g.writeStartObject();
      g.writeStringField("actionDescription", r.actionDescription());
      g.writeEndObject();
    } else if (response instanceof OpenedResponse r) {
      g.writeFieldName("opened");
      g.writeStartObject();
      g.writeBooleanField("explicitAcknowledgements", r.explicitAcknowledgements());
      g.writeEndObject();
    } else if (response instanceof CapturedResponse r) {
      g.writeFieldName("captured");
      g.writeStartObject();
      g.writeNumberField("binding", r.binding());
      raw(g, "doc", r.doc());
      g.writeEndObject();
    } else if (response instanceof CheckpointResponse r) {
      g.writeFieldName("checkpoint");
      g.writeStartObject();
      g.writeFieldName("state");
      g.writeStartObject();
      raw(g, "updated", r.updated());
      g.writeBooleanField("mergePatch", r.mergePatch());
      g.writeEndObject();
      g.writeEndObject();
    } else if (response instanceof SourcedSchemaResponse r) {
      g.writeFieldName("sourcedSchema");
      g.writeStartObject();
      g.writeNumberField("binding", r.binding());
      raw(g, "schema_json", r.schema());
      g.writeEndObject();
    } else {
      throw new AssertionError("unknown response type " + response.getClass());
    }
    g.writeEndObject();
  }

  /**
   * Encodes one response.
   *
   * @param response the message to encode
   * @return {@code response} as compact UTF-8 JSON, without a newline
   */
  public static byte[] toBytes(Response response) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out, JsonEncoding.UTF8)) {
      write(response, g);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  private static void spec(SpecResponse r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("protocol", r.protocol());
    raw(g, "configSchema", r.configSchema());
    raw(g, "resourceConfigSchema", r.resourceConfigSchema());
    g.writeStringField("documentationUrl", r.documentationUrl());
    if (r.oauth2().isPresent()) {
      raw(g, "oauth2", r.oauth2().get());
    }
    strings(g, "resourcePathPointers", r.resourcePathPointers());
    g.writeEndObject();
  }

  private static void discovered(DiscoveredResponse r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("bindings");
    for (DiscoveredBinding b : r.bindings()) {
      g.writeStartObject();
      g.writeStringField("recommendedName", b.recommendedName());
      raw(g, "resourceConfig", b.resourceConfig());
      raw(g, "documentSchema", b.documentSchema());
      strings(g, "key", b.key());
      if (b.disable()) {
        g.writeBooleanField("disable", true);
      }
      if (!b.resourcePath().isEmpty()) {
        strings(g, "resourcePath", b.resourcePath());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void validated(ValidatedResponse r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("bindings");
    for (ValidatedBinding b : r.bindings()) {
      g.writeStartObject();
      strings(g, "resourcePath", b.resourcePath());
      g.writeEndObject();
    }
    g.writeEndArray();
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
