package flowcdk.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.RawJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Raw values pass through untouched, and defaults apply where Flow omits zero values. */
class RoundTripTest {

  private static final String MINIMAL_CAPTURE =
      "{\"name\":\"acmeCo/c\",\"config\":{\"k\":1},\"bindings\":[{\"collection\":"
          + "{\"name\":\"acmeCo/users\",\"key\":[\"/id\"],\"writeSchema\":{}},"
          + "\"resourceConfig\":{\"name\":\"users\"},\"stateKey\":\"users\"}]}";

  @Test
  void rawDocumentIsWrittenByteForByte() {
    // Deliberately non-canonical but valid JSON: escapes, exponent, unicode, U+2028.
    String doc =
        "{\"s\":\"h\\u00e9llo \\\"q\\\" \\\\ \u00e9 \uD83D\uDE00 \u2028\",\"n\":1.50E+3,"
            + "\"t\":[true,null,-0]}";
    byte[] docBytes = doc.getBytes(StandardCharsets.UTF_8);
    byte[] written =
        ResponseWriter.toBytes(new CapturedResponse(7, RawJson.trusted(docBytes.clone())));
    String expected = "{\"captured\":{\"binding\":7,\"doc\":" + doc + "}}";
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), written);
  }

  @Test
  void stateReadFromARequestIsWrittenBackIdentically() throws Exception {
    String state = "{\"a\":\"\u00e9\uD83D\uDE00\\n\\t\\\"\",\"b\":{\"c\":[1,2.5e10,null]}}";
    OpenRequest open =
        assertInstanceOf(
            OpenRequest.class,
            RequestReader.read(
                "{\"open\":{\"capture\":" + MINIMAL_CAPTURE + ",\"state\":" + state + "}}"));
    byte[] written = ResponseWriter.toBytes(new CheckpointResponse(open.state(), false));
    String text = new String(written, StandardCharsets.UTF_8);
    assertEquals(
        "{\"checkpoint\":{\"state\":{\"updated\":" + open.state() + ",\"mergePatch\":false}}}",
        text);
    TestJson.assertSameJson(state, open.state().toString());
  }

  @Test
  void openDefaults() throws Exception {
    OpenRequest open =
        assertInstanceOf(
            OpenRequest.class,
            RequestReader.read("{\"open\":{\"capture\":" + MINIMAL_CAPTURE + "}}"));
    assertEquals(Range.FULL, open.range());
    assertEquals(new Range(0, 4294967295L, 0, 4294967295L), open.range());
    assertEquals(RawJson.EMPTY_OBJECT, open.state());
    assertEquals("", open.version());
    CaptureSpec capture = open.capture();
    assertEquals(ConnectorType.IMAGE, capture.connectorType());
    assertEquals(0, capture.intervalSeconds());
    CaptureBinding binding = capture.bindings().get(0);
    assertEquals(0, binding.backfill());
    assertEquals(List.of(), binding.resourcePath());
    assertEquals(Optional.empty(), binding.collection().readSchema());
  }

  @Test
  void rangeMembersDefaultOneByOne() throws Exception {
    OpenRequest open =
        (OpenRequest)
            RequestReader.read(
                "{\"open\":{\"capture\":"
                    + MINIMAL_CAPTURE
                    + ",\"range\":{\"keyEnd\":2147483648,\"rClockBegin\":3437096703},"
                    + "\"state\":null}}");
    assertEquals(new Range(0, 2147483648L, 3437096703L, 4294967295L), open.range());
    assertEquals(RawJson.EMPTY_OBJECT, open.state());
    String prefix = "{\"open\":{\"capture\":" + MINIMAL_CAPTURE + ",\"range\":";
    assertEquals(Range.FULL, ((OpenRequest) RequestReader.read(prefix + "{}}}")).range());
    assertEquals(
        new Range(5, 4294967295L, 0, 7),
        ((OpenRequest) RequestReader.read(prefix + "{\"keyBegin\":5,\"rClockEnd\":7}}}")).range());
  }

  @Test
  void acknowledgeDefaultsToZero() throws Exception {
    assertEquals(new AcknowledgeRequest(0), RequestReader.read("{\"acknowledge\":{}}"));
    assertEquals(
        new AcknowledgeRequest(4294967295L),
        RequestReader.read("{\"acknowledge\":{\"checkpoints\":4294967295}}"));
  }

  @Test
  void specWithoutConnectorType() throws Exception {
    assertEquals(
        new SpecRequest(ConnectorType.IMAGE, Optional.empty()),
        RequestReader.read("{\"spec\":{}}"));
    assertEquals(
        new SpecRequest(ConnectorType.LOCAL, Optional.empty()),
        RequestReader.read("{\"spec\":{\"connectorType\":\"LOCAL\",\"config\":null}}"));
  }

  @Test
  void nullRequestKeyCountsAsAbsent() throws Exception {
    assertEquals(
        new AcknowledgeRequest(1),
        RequestReader.read("{\"spec\":null,\"acknowledge\":{\"checkpoints\":1}}"));
  }

  @Test
  void unknownMembersAreSkippedEverywhere() throws Exception {
    String request =
        "{\"$internal\":\"x\",\"apply\":{\"x\":[{\"y\":1}],\"capture\":{\"networkPorts\":[1],"
            + "\"name\":\"c\",\"config\":{},\"bindings\":[{\"z\":{\"q\":[]},\"collection\":"
            + "{\"projections\":[{}],\"name\":\"n\",\"writeSchema\":{}},\"resourceConfig\":{},"
            + "\"stateKey\":\"k\"}]},\"lastCapture\":{\"name\":\"old\",\"config\":{}},"
            + "\"lastVersion\":\"v0\"}}";
    ApplyRequest apply = assertInstanceOf(ApplyRequest.class, RequestReader.read(request));
    assertEquals("c", apply.capture().name());
    assertEquals("n", apply.capture().bindings().get(0).collection().name());
    assertEquals(List.of(), apply.capture().bindings().get(0).collection().key());
    assertEquals("old", apply.lastCapture().orElseThrow().name());
    assertEquals(Optional.of("v0"), apply.lastVersion());
    assertEquals("", apply.version());
  }

  @Test
  void validateWithLastCapture() throws Exception {
    String request =
        "{\"validate\":{\"name\":\"acmeCo/c\",\"connectorType\":\"IMAGE\",\"config\":{\"a\":2},"
            + "\"bindings\":[{\"collection\":{\"name\":\"acmeCo/users\",\"key\":[\"/id\"],"
            + "\"writeSchema\":{}},\"resourceConfig\":{\"name\":\"users\"},\"backfill\":2}],"
            + "\"lastCapture\":{\"name\":\"acmeCo/c\",\"connectorType\":\"LOCAL\","
            + "\"config\":{\"image\":\"ghcr.io/estuary/source-x:v1\",\"config\":{\"a\":1}},"
            + "\"bindings\":[{\"collection\":{\"name\":\"acmeCo/users\",\"key\":[\"/id\"],"
            + "\"writeSchema\":{}},\"resourceConfig\":{\"name\":\"users\"}}]}}}";
    ValidateRequest validate = assertInstanceOf(ValidateRequest.class, RequestReader.read(request));
    assertEquals(2, validate.bindings().get(0).backfill());
    LastCapture last = validate.lastCapture().orElseThrow();
    assertEquals(ConnectorType.LOCAL, last.connectorType());
    assertEquals(
        "{\"image\":\"ghcr.io/estuary/source-x:v1\",\"config\":{\"a\":1}}",
        last.config().toString());
    assertEquals("{\"a\":1}", last.endpointConfig().orElseThrow().toString());
    assertEquals(1, last.bindings().size());
    assertEquals(0, last.bindings().get(0).backfill());
    LastCapture noInner =
        new LastCapture("n", ConnectorType.IMAGE, RawJson.parse("{\"image\":\"i\"}"), List.of());
    assertEquals(Optional.empty(), noInner.endpointConfig());
  }

  @Test
  void readsASliceOfALargerBuffer() throws Exception {
    byte[] buffer =
        "garbage{\"acknowledge\":{\"checkpoints\":9}}\nmore".getBytes(StandardCharsets.UTF_8);
    assertEquals(new AcknowledgeRequest(9), RequestReader.read(buffer, 7, 33));
  }

  @Test
  void largeStateIsCopiedInOnePass() throws Exception {
    StringBuilder state = new StringBuilder("{\"rows\":[");
    for (int i = 0; i < 200_000; i++) {
      state.append(i == 0 ? "" : ",");
      state.append("{\"id\":").append(i).append(",\"v\":\"row ").append(i).append("\"}");
    }
    state.append("]}");
    OpenRequest open =
        (OpenRequest)
            RequestReader.read(
                "{\"open\":{\"capture\":" + MINIMAL_CAPTURE + ",\"state\":" + state + "}}");
    assertEquals(state.toString(), open.state().toString());
  }

  @Test
  void recordsRejectNullsWithTheFieldName() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                new CaptureBinding(
                    new CollectionSpec("c", List.of(), RawJson.EMPTY_OBJECT, Optional.empty()),
                    RawJson.EMPTY_OBJECT,
                    List.of(),
                    null,
                    0));
    assertEquals("stateKey must not be null", e.getMessage());
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    e = assertThrows(NullPointerException.class, () -> new ValidatedBinding(withNull));
    assertEquals("resourcePath[0] must not be null", e.getMessage());
    IllegalArgumentException notObject =
        assertThrows(
            IllegalArgumentException.class, () -> new CapturedResponse(0, RawJson.parse("[1]")));
    assertEquals("doc must be a JSON object but is an array", notObject.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Range(0, 1L << 32, 0, 0));
  }

  @Test
  void listsAreCopied() {
    List<String> path = new ArrayList<>(List.of("a"));
    ValidatedBinding binding = new ValidatedBinding(path);
    path.add("b");
    assertEquals(List.of("a"), binding.resourcePath());
    assertThrows(UnsupportedOperationException.class, () -> binding.resourcePath().add("c"));
    assertTrue(binding.resourcePath().size() == 1);
  }
}
