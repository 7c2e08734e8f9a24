package flowcdk.connector;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.connector.state.StateJson;
import flowcdk.runtime.codec.Op;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sets {@code _meta.op} and {@code _meta.row_id} on a snapshot document
 * (docs/strategies.md#snapshots): in an existing {@code _meta} object they are written first and
 * its other members (such as a subtask discriminator) follow, unchanged; a document without {@code
 * _meta} gets one as its first member (where a model document declares it); a non-object {@code
 * _meta} is replaced.
 *
 * <p>QUIRK decision: the Python CDK writes these two values under {@code meta_} for plain-map
 * documents (and under {@code _meta} only for model documents). We always write {@code _meta}: it
 * is what the collection key {@code /_meta/row_id} and the deletion reduction rely on, and a Java
 * connector has no separate "plain map" path whose output anybody depends on.
 */
final class SnapshotMeta {

  private SnapshotMeta() {}

  /** {@code document} with {@code _meta.op = op} and {@code _meta.row_id = rowId}. */
  static RawJson apply(RawJson document, Op op, long rowId) {
    if (!document.isObject()) {
      throw new IllegalArgumentException(
          "a snapshot document must be a JSON object, got " + document);
    }
    boolean hasMeta = hasMember(document, "_meta");
    return StateJson.json(
        g -> {
          g.writeStartObject();
          if (!hasMeta) {
            writeMeta(g, null, op, rowId);
          }
          try (JsonParser p = document.parser()) {
            p.nextToken();
            boolean replaced = false;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
              p.nextToken();
              if (field.equals("_meta") && !replaced) {
                replaced = true;
                writeMeta(g, p, op, rowId);
              } else if (!field.equals("_meta")) {
                g.writeFieldName(field);
                g.copyCurrentStructure(p);
              } else {
                p.skipChildren(); // a duplicate _meta: the first one wins
              }
            }
          }
          g.writeEndObject();
        });
  }

  private static boolean hasMember(RawJson document, String name) {
    try (JsonParser p = document.parser()) {
      p.nextToken();
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        if (field.equals(name)) {
          return true;
        }
        p.nextToken();
        p.skipChildren();
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeMeta(JsonGenerator g, JsonParser p, Op op, long rowId)
      throws IOException {
    g.writeObjectFieldStart("_meta");
    g.writeStringField("op", op.code());
    g.writeNumberField("row_id", rowId);
    if (p != null && p.currentToken() == JsonToken.START_OBJECT) {
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        p.nextToken();
        if (field.equals("op") || field.equals("row_id")) {
          p.skipChildren();
        } else {
          g.writeFieldName(field);
          g.copyCurrentStructure(p);
        }
      }
    } else if (p != null) {
      p.skipChildren();
    }
    g.writeEndObject();
  }
}
