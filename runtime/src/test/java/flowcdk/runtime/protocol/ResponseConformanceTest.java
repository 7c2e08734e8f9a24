package flowcdk.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.RawJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Writes every response with the fixtures' values and compares with Flow's encodings. */
class ResponseConformanceTest {

  private static final String OAUTH2 =
      "{\"provider\": \"oauth-provider\", \"authUrlTemplate\": \"https://auth-url\","
          + " \"accessTokenUrlTemplate\": \"https://access-token\","
          + " \"accessTokenMethod\": \"POST\","
          + " \"accessTokenBody\": \"foo\", \"accessTokenHeaders\": {\"hdr-one\": {\"hello\":"
          + " \"hdr\"}, \"hdr-two\": 42.5}, \"accessTokenResponseMap\": {\"foo\": true, \"key\":"
          + " \"value\"}, \"refreshTokenUrlTemplate\": \"https://refresh-token\","
          + " \"refreshTokenMethod\": \"POST\", \"refreshTokenBody\": \"refresh!\","
          + " \"refreshTokenHeaders\": {\"hdr-three\": {\"refresh\": \"hdr\"}},"
          + " \"refreshTokenResponseMap\": {\"access\": \"here\"}}";

  /** Checks the written bytes against fixture line {@code index} (0-based). */
  private static void assertLine(int index, Response response) {
    String expected = Fixtures.lines("capture-responses.jsonl").get(index);
    String actual = new String(ResponseWriter.toBytes(response), StandardCharsets.UTF_8);
    TestJson.assertSameJson(expected, actual);
    // Same member order and spelling as Flow's encoding, and compact.
    assertEquals(TestJson.compact(expected), actual);
    assertTrue(TestJson.isCompact(actual), "not compact: " + actual);
    assertFalse(actual.contains("\n"), "contains a newline: " + actual);
  }

  @Test
  void spec() {
    assertLine(
        0,
        new SpecResponse(
            SpecResponse.PROTOCOL_VERSION,
            RawJson.parse("{\"config\": \"schema\"}"),
            RawJson.parse("{\"resource\": \"schema\"}"),
            "https://example/docs",
            Optional.of(RawJson.parse(OAUTH2)),
            List.of("/stream")));
  }

  @Test
  void discovered() {
    assertLine(
        1,
        new DiscoveredResponse(
            List.of(
                new DiscoveredBinding(
                    "recommended name",
                    RawJson.parse("{\"resource\": 1234}"),
                    RawJson.parse("{\"doc\": \"schema\"}"),
                    List.of("/key/ptr"),
                    true,
                    List.of("1234")))));
  }

  @Test
  void validated() {
    assertLine(2, new ValidatedResponse(List.of(new ValidatedBinding(List.of("some", "path")))));
  }

  @Test
  void applied() {
    assertLine(3, new AppliedResponse("I did some stuff"));
  }

  @Test
  void opened() {
    assertLine(4, new OpenedResponse(true));
  }

  @Test
  void captured() {
    assertLine(5, new CapturedResponse(2, RawJson.parse("{\"captured\": \"doc\"}")));
  }

  @Test
  void checkpoint() {
    assertLine(6, new CheckpointResponse(RawJson.parse("{\"state\": \"update\"}"), true));
  }

  @Test
  void fixtureHasSevenLines() {
    assertEquals(7, Fixtures.lines("capture-responses.jsonl").size());
  }

  @Test
  void sourcedSchemaUsesSchemaJson() {
    byte[] bytes =
        ResponseWriter.toBytes(
            new SourcedSchemaResponse(0, RawJson.parse("{\"type\":\"object\",\"x\":[1]}")));
    assertEquals(
        "{\"sourcedSchema\":{\"binding\":0,\"schema_json\":{\"type\":\"object\",\"x\":[1]}}}",
        new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void openedFalseIsWritten() {
    assertEquals(
        "{\"opened\":{\"explicitAcknowledgements\":false}}",
        new String(ResponseWriter.toBytes(new OpenedResponse(false)), StandardCharsets.UTF_8));
  }

  @Test
  void optionalMembersAreLeftOut() {
    String spec =
        new String(
            ResponseWriter.toBytes(
                new SpecResponse(
                    SpecResponse.PROTOCOL_VERSION,
                    RawJson.EMPTY_OBJECT,
                    RawJson.EMPTY_OBJECT,
                    "",
                    Optional.empty(),
                    List.of())),
            StandardCharsets.UTF_8);
    assertEquals(
        "{\"spec\":{\"protocol\":3032023,\"configSchema\":{},\"resourceConfigSchema\":{},"
            + "\"documentationUrl\":\"\",\"resourcePathPointers\":[]}}",
        spec);
    String discovered =
        new String(
            ResponseWriter.toBytes(
                new DiscoveredResponse(
                    List.of(
                        new DiscoveredBinding(
                            "users",
                            RawJson.parse("{\"name\":\"users\"}"),
                            RawJson.EMPTY_OBJECT,
                            List.of("/id"),
                            false,
                            List.of())))),
            StandardCharsets.UTF_8);
    assertEquals(
        "{\"discovered\":{\"bindings\":[{\"recommendedName\":\"users\","
            + "\"resourceConfig\":{\"name\":\"users\"},\"documentSchema\":{},\"key\":[\"/id\"]}]}}",
        discovered);
    assertEquals(
        "{\"checkpoint\":{\"state\":{\"updated\":{},\"mergePatch\":false}}}",
        new String(
            ResponseWriter.toBytes(new CheckpointResponse(RawJson.EMPTY_OBJECT, false)),
            StandardCharsets.UTF_8));
  }
}
