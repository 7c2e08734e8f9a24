package flowcdk.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import flowcdk.runtime.json.RawJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ResponseReader} reads Flow's response vectors, and what {@link ResponseWriter} writes. */
class ResponseReaderTest {

  @Test
  void everyResponseOfFlowsFixturesIsWrittenBackAsFlowEncodesIt() throws Exception {
    List<String> lines = Fixtures.lines("capture-responses.jsonl");
    assertEquals(7, lines.size());
    for (String line : lines) {
      Response response = ResponseReader.read(line);
      assertEquals(
          TestJson.compact(line),
          new String(ResponseWriter.toBytes(response), StandardCharsets.UTF_8),
          line);
    }
  }

  @Test
  void readsTheRecordsFlowsFixturesHold() throws Exception {
    List<String> lines = Fixtures.lines("capture-responses.jsonl");
    assertEquals(
        new DiscoveredResponse(
            List.of(
                new DiscoveredBinding(
                    "recommended name",
                    RawJson.parse("{\"resource\":1234}"),
                    RawJson.parse("{\"doc\":\"schema\"}"),
                    List.of("/key/ptr"),
                    true,
                    List.of("1234")))),
        ResponseReader.read(lines.get(1)));
    assertEquals(
        new ValidatedResponse(List.of(new ValidatedBinding(List.of("some", "path")))),
        ResponseReader.read(lines.get(2)));
    assertEquals(new AppliedResponse("I did some stuff"), ResponseReader.read(lines.get(3)));
    assertEquals(new OpenedResponse(true), ResponseReader.read(lines.get(4)));
    assertEquals(
        new CapturedResponse(2, RawJson.parse("{\"captured\":\"doc\"}")),
        ResponseReader.read(lines.get(5)));
    assertEquals(
        new CheckpointResponse(RawJson.parse("{\"state\":\"update\"}"), true),
        ResponseReader.read(lines.get(6)));
  }

  @Test
  void everyResponseTheRuntimeWritesReadsBackEqual() throws Exception {
    List<Response> responses =
        List.of(
            new SpecResponse(
                SpecResponse.PROTOCOL_VERSION,
                RawJson.EMPTY_OBJECT,
                RawJson.parse("{\"type\":\"object\"}"),
                "",
                Optional.empty(),
                List.of()),
            new DiscoveredResponse(List.of()),
            new ValidatedResponse(List.of(new ValidatedBinding(List.of()))),
            new AppliedResponse(""),
            new OpenedResponse(false),
            new CapturedResponse(300, RawJson.parse("{\"s\":\"\u00e9\uD83D\uDE00\",\"n\":1.50}")),
            new SourcedSchemaResponse(1, RawJson.parse("{\"type\":\"object\"}")),
            new CheckpointResponse(RawJson.EMPTY_OBJECT, false));
    for (Response response : responses) {
      byte[] line = ResponseWriter.line(response);
      assertEquals(response, ResponseReader.read(line, 0, line.length - 1));
    }
  }

  @Test
  void zeroValuesMayBeLeftOutAsProtobufJsonDoes() throws Exception {
    assertEquals(new OpenedResponse(false), ResponseReader.read("{\"opened\":{}}"));
    assertEquals(new AppliedResponse(""), ResponseReader.read("{\"applied\":{}}"));
    assertEquals(new DiscoveredResponse(List.of()), ResponseReader.read("{\"discovered\":{}}"));
    assertEquals(
        new CapturedResponse(0, RawJson.EMPTY_OBJECT),
        ResponseReader.read("{\"captured\":{\"doc\":{}}}"));
    assertEquals(
        new CheckpointResponse(RawJson.EMPTY_OBJECT, false),
        ResponseReader.read("{\"checkpoint\":{\"state\":{\"updated\":{}}}}"));
  }

  @Test
  void aSourcedSchemaIsReadFromEitherSpelling() throws Exception {
    SourcedSchemaResponse expected =
        new SourcedSchemaResponse(3, RawJson.parse("{\"type\":\"object\"}"));
    assertEquals(
        expected,
        ResponseReader.read(
            "{\"sourcedSchema\":{\"binding\":3,\"schema_json\":{\"type\":\"object\"}}}"));
    assertEquals(
        expected,
        ResponseReader.read(
            "{\"sourcedSchema\":{\"binding\":3,\"schema\":{\"type\":\"object\"}}}"));
  }

  @Test
  void unknownMembersAreSkipped() throws Exception {
    assertEquals(
        new OpenedResponse(true),
        ResponseReader.read(
            "{\"$internal\":{\"x\":[1]},\"opened\":{\"explicitAcknowledgements\":true,\"y\":{}}}"));
  }

  @Test
  void readsASliceOfALargerBuffer() throws Exception {
    byte[] buffer = "xx{\"opened\":{}}\nyy".getBytes(StandardCharsets.UTF_8);
    assertEquals(new OpenedResponse(false), ResponseReader.read(buffer, 2, 13));
  }

  @Test
  void malformedResponsesAreRefusedNamingWhatIsWrong() {
    assertMalformed("response is empty", "");
    assertMalformed("response must be a JSON object but is an array", "[]");
    assertMalformed(
        "response has none of the keys spec, discovered, validated, applied, opened, captured,"
            + " checkpoint, sourcedSchema, but a response is exactly one of them",
        "{\"other\":{}}");
    assertMalformed(
        "response has 2 of the keys spec, discovered, validated, applied, opened, captured,"
            + " checkpoint, sourcedSchema (opened, applied), but a response is exactly one of them",
        "{\"opened\":{},\"applied\":{}}");
    assertMalformed("captured.doc is missing", "{\"captured\":{\"binding\":1}}");
    assertMalformed(
        "captured.doc must be a JSON object but is an array", "{\"captured\":{\"doc\":[1]}}");
    assertMalformed(
        "captured.binding must be a binding index (0..2147483647) but is -1",
        "{\"captured\":{\"binding\":-1,\"doc\":{}}}");
    assertMalformed("checkpoint.state is missing", "{\"checkpoint\":{}}");
    assertMalformed(
        "checkpoint.state.mergePatch must be a boolean but is a string",
        "{\"checkpoint\":{\"state\":{\"updated\":{},\"mergePatch\":\"yes\"}}}");
    assertMalformed("spec.resourceConfigSchema is missing", "{\"spec\":{\"configSchema\":{}}}");
    assertMalformed(
        "discovered.bindings[0].documentSchema is missing",
        "{\"discovered\":{\"bindings\":[{\"resourceConfig\":{}}]}}");
    assertMalformed(
        "response has more content after its JSON object (at byte 14)", "{\"opened\":{}} {}");
    MalformedResponseException notJson =
        assertThrows(MalformedResponseException.class, () -> ResponseReader.read("{\"opened\""));
    assertEquals(true, notJson.getMessage().startsWith("response is not valid JSON: "));
  }

  private static void assertMalformed(String message, String line) {
    MalformedResponseException e =
        assertThrows(MalformedResponseException.class, () -> ResponseReader.read(line));
    assertEquals(message, e.getMessage());
  }
}
