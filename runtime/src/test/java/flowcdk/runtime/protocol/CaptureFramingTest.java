package flowcdk.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import flowcdk.runtime.json.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The captured, sourcedSchema and checkpoint lines, byte for byte. */
class CaptureFramingTest {

  private static final RawJson DOC = RawJson.parse("{\"id\":1,\"s\":\"\u00fc\"}");

  @Test
  void capturedLinesAreTheSameForPrecomputedAndOtherBindings() throws IOException {
    for (int binding :
        new int[] {
          0,
          7,
          CaptureFraming.PRECOMPUTED_BINDINGS - 1,
          CaptureFraming.PRECOMPUTED_BINDINGS,
          100_000,
          Integer.MAX_VALUE
        }) {
      String expected = "{\"captured\":{\"binding\":" + binding + ",\"doc\":" + DOC + "}}\n";
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      CaptureFraming.captured(whole, binding, DOC);
      assertEquals(expected, whole.toString(StandardCharsets.UTF_8));
      ByteArrayOutputStream parts = new ByteArrayOutputStream();
      CaptureFraming.capturedHead(parts, binding);
      DOC.writeTo(parts);
      CaptureFraming.capturedTail(parts);
      assertEquals(expected, parts.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void sourcedSchemaLine() throws IOException {
    for (int binding : new int[] {0, 255, 256}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CaptureFraming.sourcedSchema(out, binding, RawJson.parse("{\"type\":\"object\"}"));
      assertEquals(
          "{\"sourcedSchema\":{\"binding\":"
              + binding
              + ",\"schema_json\":{\"type\":\"object\"}}}\n",
          out.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void checkpointLines() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CaptureFraming.checkpoint(out, RawJson.parse("{\"a\":null}"), true);
    CaptureFraming.checkpoint(out, RawJson.EMPTY_OBJECT, false);
    assertEquals(
        """
        {"checkpoint":{"state":{"updated":{"a":null},"mergePatch":true}}}
        {"checkpoint":{"state":{"updated":{},"mergePatch":false}}}
        """,
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aNegativeBindingIsRefusedBeforeAnythingIsWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CaptureFraming.capturedHead(out, -1));
    assertEquals("binding index must be non-negative, got -1", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> CaptureFraming.sourcedSchema(out, -2, RawJson.EMPTY_OBJECT));
    assertEquals(0, out.size());
  }

  @Test
  void theResponseWriterWritesTheSameLines() throws IOException {
    ByteArrayOutputStream framed = new ByteArrayOutputStream();
    CaptureFraming.captured(framed, 3, DOC);
    CaptureFraming.sourcedSchema(framed, 3, RawJson.EMPTY_OBJECT);
    CaptureFraming.checkpoint(framed, DOC, false);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    ResponseWriter.writeLine(new CapturedResponse(3, DOC), written);
    ResponseWriter.writeLine(new SourcedSchemaResponse(3, RawJson.EMPTY_OBJECT), written);
    ResponseWriter.writeLine(new CheckpointResponse(DOC, false), written);
    assertEquals(framed.toString(StandardCharsets.UTF_8), written.toString(StandardCharsets.UTF_8));
  }
}
