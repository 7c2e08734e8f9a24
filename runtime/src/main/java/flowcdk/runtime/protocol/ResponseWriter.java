package flowcdk.runtime.protocol;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes {@link Response} messages as Flow reads them: one compact JSON object per line, in Flow's
 * field names and order. {@link RawJson} values are written raw, byte for byte, never re-parsed.
 *
 * <p>The lines a capture streams ({@link CapturedResponse}, {@link SourcedSchemaResponse}, {@link
 * CheckpointResponse}) are written with {@link CaptureFraming}, the same bytes a task writes; the
 * other responses with a jackson-core generator. {@link RequestWriter} is the same for requests,
 * {@link ResponseReader} reads what this writes.
 */
public final class ResponseWriter {

  private ResponseWriter() {}

  /**
   * Writes {@code response} into {@code out} as one line: compact JSON and a newline. {@code out}
   * is neither flushed nor closed.
   *
   * @param response the message to write
   * @param out where the line goes
   * @throws IOException if {@code out} fails
   */
  public static void writeLine(Response response, OutputStream out) throws IOException {
    Checks.notNull(response, "response");
    if (response instanceof CapturedResponse r) {
      CaptureFraming.captured(out, r.binding(), r.doc());
    } else if (response instanceof SourcedSchemaResponse r) {
      CaptureFraming.sourcedSchema(out, r.binding(), r.schema());
    } else if (response instanceof CheckpointResponse r) {
      CaptureFraming.checkpoint(out, r.updated(), r.mergePatch());
    } else {
      try (JsonGenerator g = JsonFactories.factory().createGenerator(out, JsonEncoding.UTF8)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        write(response, g);
      }
      out.write('\n');
    }
  }

  /**
   * Encodes one response as one line.
   *
   * @param response the message to encode
   * @return {@code response} as compact UTF-8 JSON followed by a newline
   */
  public static byte[] line(Response response) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try {
      writeLine(response, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Encodes one response.
   *
   * @param response the message to encode
   * @return {@code response} as compact UTF-8 JSON, without a newline
   */
  public static byte[] toBytes(Response response) {
    byte[] line = line(response);
    return Arrays.copyOf(line, line.length - 1);
  }

  /** The responses written with a generator: all but the three {@link CaptureFraming} writes. */
  private static void write(Response response, JsonGenerator g) throws IOException {
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
    } else {
      throw new AssertionError("unknown response type " + response.getClass());
    }
    g.writeEndObject();
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
