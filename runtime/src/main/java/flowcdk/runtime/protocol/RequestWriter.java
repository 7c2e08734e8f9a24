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
 * Encodes {@link Request} messages as Flow sends them: one compact JSON object per line, members in
 * the order of Flow's own encoding. {@link RawJson} values are written raw, byte for byte.
 *
 * <p>It is what a tool driving a connector (the {@code preview} command, tests) sends, and {@link
 * RequestReader} reads it back as equal records. Every member the records hold is written, zero
 * values included; an empty {@link java.util.Optional} is left out. Members a connector never reads
 * (projections, shard templates, {@code $internal}) are not in the records and so never written.
 */
public final class RequestWriter {

  private RequestWriter() {}

  /**
   * Writes {@code request} into {@code out} as one line: compact JSON and a newline. {@code out} is
   * neither flushed nor closed.
   *
   * @param request the message to write
   * @param out where the line goes
   * @throws IOException if {@code out} fails
   */
  public static void writeLine(Request request, OutputStream out) throws IOException {
    Checks.notNull(request, "request");
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(request, g);
    }
    out.write('\n');
  }

  /**
   * Encodes one request as one line.
   *
   * @param request the message to encode
   * @return {@code request} as compact UTF-8 JSON followed by a newline
   */
  public static byte[] line(Request request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try {
      writeLine(request, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Encodes one request.
   *
   * @param request the message to encode
   * @return {@code request} as compact UTF-8 JSON, without a newline
   */
  public static byte[] toBytes(Request request) {
    byte[] line = line(request);
    return Arrays.copyOf(line, line.length - 1);
  }

  private static void write(Request request, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (request instanceof SpecRequest spec) {
      g.writeObjectFieldStart("spec");
      g.writeStringField("connectorType", spec.connectorType().name());
      if (spec.config().isPresent()) {
        raw(g, "config", spec.config().get());
      }
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
      validateBindings(g, validate.bindings());
      if (validate.lastCapture().isPresent()) {
        LastCapture last = validate.lastCapture().get();
        g.writeObjectFieldStart("lastCapture");
        g.writeStringField("name", last.name());
        g.writeStringField("connectorType", last.connectorType().name());
        raw(g, "config", last.config());
        validateBindings(g, last.bindings());
        g.writeEndObject();
      }
      g.writeEndObject();
    } else if (request instanceof ApplyRequest apply) {
      g.writeObjectFieldStart("apply");
      capture(g, "capture", apply.capture());
      g.writeStringField("version", apply.version());
      if (apply.lastCapture().isPresent()) {
        capture(g, "lastCapture", apply.lastCapture().get());
      }
      if (apply.lastVersion().isPresent()) {
        g.writeStringField("lastVersion", apply.lastVersion().get());
      }
      g.writeEndObject();
    } else if (request instanceof OpenRequest open) {
      g.writeObjectFieldStart("open");
      capture(g, "capture", open.capture());
      g.writeStringField("version", open.version());
      g.writeObjectFieldStart("range");
      g.writeNumberField("keyBegin", open.range().keyBegin());
      g.writeNumberField("keyEnd", open.range().keyEnd());
      g.writeNumberField("rClockBegin", open.range().rClockBegin());
      g.writeNumberField("rClockEnd", open.range().rClockEnd());
      g.writeEndObject();
      raw(g, "state", open.state());
      g.writeEndObject();
    } else if (request instanceof AcknowledgeRequest ack) {
      g.writeObjectFieldStart("acknowledge");
      g.writeNumberField("checkpoints", ack.checkpoints());
      g.writeEndObject();
    } else {
      throw new AssertionError("unknown request type " + request.getClass());
    }
    g.writeEndObject();
  }

  private static void capture(JsonGenerator g, String field, CaptureSpec capture)
      throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("name", capture.name());
    g.writeStringField("connectorType", capture.connectorType().name());
    raw(g, "config", capture.config());
    g.writeArrayFieldStart("bindings");
    for (CaptureBinding binding : capture.bindings()) {
      g.writeStartObject();
      raw(g, "resourceConfig", binding.resourceConfig());
      strings(g, "resourcePath", binding.resourcePath());
      collection(g, binding.collection());
      g.writeNumberField("backfill", binding.backfill());
      g.writeStringField("stateKey", binding.stateKey());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("intervalSeconds", capture.intervalSeconds());
    g.writeEndObject();
  }

  private static void validateBindings(JsonGenerator g, List<ValidateBinding> bindings)
      throws IOException {
    g.writeArrayFieldStart("bindings");
    for (ValidateBinding binding : bindings) {
      g.writeStartObject();
      raw(g, "resourceConfig", binding.resourceConfig());
      collection(g, binding.collection());
      g.writeNumberField("backfill", binding.backfill());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void collection(JsonGenerator g, CollectionSpec collection) throws IOException {
    g.writeObjectFieldStart("collection");
    g.writeStringField("name", collection.name());
    raw(g, "writeSchema", collection.writeSchema());
    if (collection.readSchema().isPresent()) {
      raw(g, "readSchema", collection.readSchema().get());
    }
    strings(g, "key", collection.key());
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
