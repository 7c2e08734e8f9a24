package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of the three lines a capture streams after {@link OpenedResponse}: each is a fixed
 * head, one JSON object copied as it is, and a fixed tail with the newline.
 *
 * <pre>{@code
 * {"captured":{"binding":N,"doc":DOC}}
 * {"sourcedSchema":{"binding":N,"schema_json":SCHEMA}}
 * {"checkpoint":{"state":{"updated":STATE,"mergePatch":true}}}
 * }</pre>
 *
 * <p>This is the one place these bytes are spelled: {@link ResponseWriter} writes {@link
 * CapturedResponse}, {@link SourcedSchemaResponse} and {@link CheckpointResponse} with it, and a
 * task writes its documents into its transaction with it, one call for the head and one for the
 * tail around a document it serializes in place (so no document is copied twice). The heads of the
 * first {@value #PRECOMPUTED_BINDINGS} bindings are built once, when the class is initialized, so a
 * document's framing costs two array copies.
 *
 * <p>The methods write to any {@link OutputStream} and check nothing but the binding index: the
 * JSON values in between are the caller's to check (the response records check theirs when
 * created).
 */
public final class CaptureFraming {

  /** The bindings whose heads are built once: indexes 0 to 255. */
  public static final int PRECOMPUTED_BINDINGS = 256;

  private static final String CAPTURED_HEAD = "{\"captured\":{\"binding\":";
  private static final String CAPTURED_DOC = ",\"doc\":";
  private static final String SOURCED_SCHEMA_HEAD = "{\"sourcedSchema\":{\"binding\":";
  private static final String SOURCED_SCHEMA_SCHEMA = ",\"schema_json\":";

  private static final byte[] CHECKPOINT_HEAD = ascii("{\"checkpoint\":{\"state\":{\"updated\":");
  private static final byte[] CHECKPOINT_TAIL_MERGE_PATCH = ascii(",\"mergePatch\":true}}}\n");
  private static final byte[] CHECKPOINT_TAIL_REPLACE = ascii(",\"mergePatch\":false}}}\n");
  private static final byte[] BINDING_LINE_TAIL = ascii("}}\n");

  /** The heads of the first bindings: read-only after class initialization. */
  private static final byte[][] CAPTURED_HEADS = heads(CAPTURED_HEAD, CAPTURED_DOC);

  private static final byte[][] SOURCED_SCHEMA_HEADS =
      heads(SOURCED_SCHEMA_HEAD, SOURCED_SCHEMA_SCHEMA);

  private CaptureFraming() {}

  /**
   * Writes one whole {@code captured} line.
   *
   * @param out where the line goes
   * @param binding the binding's index in the Open request
   * @param doc the document, written as it is
   * @throws IllegalArgumentException if {@code binding} is negative
   * @throws IOException if {@code out} fails
   */
  public static void captured(OutputStream out, int binding, RawJson doc) throws IOException {
    capturedHead(out, binding);
    doc.writeTo(out);
    capturedTail(out);
  }

  /**
   * Writes the head of a {@code captured} line: everything up to where the document starts, the
   * binding index included.
   *
   * @param out where the head goes
   * @param binding the binding's index in the Open request
   * @throws IllegalArgumentException if {@code binding} is negative
   * @throws IOException if {@code out} fails
   */
  public static void capturedHead(OutputStream out, int binding) throws IOException {
    out.write(head(CAPTURED_HEADS, CAPTURED_HEAD, CAPTURED_DOC, binding));
  }

  /**
   * Writes the tail of a {@code captured} line: what closes the line after its document, and the
   * newline.
   *
   * @param out where the tail goes
   * @throws IOException if {@code out} fails
   */
  public static void capturedTail(OutputStream out) throws IOException {
    out.write(BINDING_LINE_TAIL);
  }

  /**
   * Writes one whole {@code sourcedSchema} line. The schema's member is spelled {@code
   * schema_json}, as {@link SourcedSchemaResponse} explains.
   *
   * @param out where the line goes
   * @param binding the binding's index in the Open request
   * @param schema the schema, written as it is
   * @throws IllegalArgumentException if {@code binding} is negative
   * @throws IOException if {@code out} fails
   */
  public static void sourcedSchema(OutputStream out, int binding, RawJson schema)
      throws IOException {
    out.write(head(SOURCED_SCHEMA_HEADS, SOURCED_SCHEMA_HEAD, SOURCED_SCHEMA_SCHEMA, binding));
    schema.writeTo(out);
    out.write(BINDING_LINE_TAIL);
  }

  /**
   * Writes one whole {@code checkpoint} line.
   *
   * @param out where the line goes
   * @param updated the state update, written as it is
   * @param mergePatch whether {@code updated} is a merge patch (true) or the whole new state
   * @throws IOException if {@code out} fails
   */
  public static void checkpoint(OutputStream out, RawJson updated, boolean mergePatch)
      throws IOException {
    out.write(CHECKPOINT_HEAD);
    updated.writeTo(out);
    out.write(mergePatch ? CHECKPOINT_TAIL_MERGE_PATCH : CHECKPOINT_TAIL_REPLACE);
  }

  private static byte[] head(byte[][] precomputed, String start, String end, int binding) {
    if (binding < 0) {
      throw new IllegalArgumentException("binding index must be non-negative, got " + binding);
    }
    if (binding < PRECOMPUTED_BINDINGS) {
      return precomputed[binding];
    }
    return ascii(start + binding + end);
  }

  private static byte[][] heads(String start, String end) {
    byte[][] heads = new byte[PRECOMPUTED_BINDINGS][];
    for (int binding = 0; binding < PRECOMPUTED_BINDINGS; binding++) {
      heads[binding] = ascii(start + binding + end);
    }
    return heads;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
