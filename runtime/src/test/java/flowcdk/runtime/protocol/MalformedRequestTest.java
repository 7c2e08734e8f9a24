package flowcdk.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every kind of malformed request, with the exact message it produces. */
class MalformedRequestTest {

  private static String message(String request) {
    return assertThrows(MalformedRequestException.class, () -> RequestReader.read(request))
        .getMessage();
  }

  /** The fixture's open line with {@code from} replaced by {@code to} (which must occur). */
  private static String open(String from, String to) {
    String line = Fixtures.lines("capture-requests.jsonl").get(4);
    assertTrue(line.contains(from), "fixture has no " + from);
    return line.replace(from, to);
  }

  private static final String STATE_KEY = "\"stateKey\": \"a%2Fcdc%2Ftable+baz.v3\"";

  @Test
  void notJson() {
    String message = message("{\"spec\" x}");
    assertTrue(message.startsWith("request is not valid JSON: Unexpected character ('x'"), message);
    assertTrue(message.endsWith(" (at byte 8)"), message);
    assertFalse(message.contains("Source"), "no source dump: " + message);
  }

  @Test
  void notJsonByteOffsetIsRelativeToTheLine() throws Exception {
    byte[] buffer = "xxxxx{\"spec\" x}yyy".getBytes(StandardCharsets.UTF_8);
    MalformedRequestException e =
        assertThrows(MalformedRequestException.class, () -> RequestReader.read(buffer, 5, 10));
    assertTrue(e.getMessage().endsWith(" (at byte 8)"), e.getMessage());
  }

  @Test
  void truncatedJson() {
    String message = message("{\"acknowledge\":{\"checkpoints\":1}");
    assertTrue(message.startsWith("request is not valid JSON: Unexpected end-of-input"), message);
  }

  @Test
  void empty() {
    assertEquals("request is empty", message(""));
    assertEquals("request is empty", message("  \r"));
  }

  @Test
  void notAnObject() {
    assertEquals("request must be a JSON object but is an array", message("[]"));
    assertEquals("request must be a JSON object but is a string", message("\"spec\""));
    assertEquals("request must be a JSON object but is a number", message("12"));
    assertEquals("request must be a JSON object but is a boolean", message("true"));
    assertEquals("request must be a JSON object but is null", message("null"));
  }

  @Test
  void trailingContent() {
    assertEquals(
        "request has more content after its JSON object (at byte 19)",
        message("{\"acknowledge\":{}} {}"));
  }

  @Test
  void noRequestKey() {
    assertEquals(
        "request has none of the keys spec, discover, validate, apply, open, acknowledge"
            + " (it has: foo, bar)",
        message("{\"foo\":1,\"bar\":{\"spec\":{}}}"));
    assertEquals(
        "request has none of the keys spec, discover, validate, apply, open, acknowledge"
            + " (it has no keys)",
        message("{}"));
  }

  @Test
  void requestKeyOfWrongType() {
    assertEquals("open must be a JSON object but is an array", message("{\"open\":[]}"));
  }

  @Test
  void stringOfWrongType() {
    assertEquals(
        "open.capture.bindings[0].stateKey must be a string but is a number",
        message(open(STATE_KEY, "\"stateKey\": 5")));
  }

  @Test
  void requiredMemberMissing() {
    assertEquals(
        "open.capture.bindings[0].stateKey is missing", message(open(", " + STATE_KEY, "")));
    assertEquals("open.capture is missing", message("{\"open\":{\"version\":\"v\"}}"));
    assertEquals(
        "validate.bindings[0].collection.writeSchema is missing",
        message(
            "{\"validate\":{\"name\":\"n\",\"config\":{},\"bindings\":[{\"resourceConfig\":{},"
                + "\"collection\":{\"name\":\"c\",\"key\":[\"/k\"]}}]}}"));
    assertEquals("discover.config is missing", message("{\"discover\":{}}"));
  }

  @Test
  void uint32OutOfRange() {
    assertEquals(
        "open.range.keyEnd must be an unsigned 32-bit integer (0..4294967295) but is 4294967296",
        message(open("\"keyEnd\": 1146447479", "\"keyEnd\": 4294967296")));
    assertEquals(
        "open.range.keyBegin must be an unsigned 32-bit integer (0..4294967295) but is -1",
        message(open("\"keyBegin\": 1122867", "\"keyBegin\": -1")));
    assertEquals(
        "open.range.rClockEnd must be an unsigned 32-bit integer (0..4294967295) but is"
            + " 99999999999999999999999",
        message(open("\"rClockEnd\": 3437096703", "\"rClockEnd\": 99999999999999999999999")));
    assertEquals(
        "open.range.rClockBegin must be an unsigned 32-bit integer (0..4294967295) but is 1.5",
        message(open("\"rClockBegin\": 2291772091", "\"rClockBegin\": 1.5")));
    assertEquals(
        "open.range.rClockBegin must be an unsigned 32-bit integer (0..4294967295) but is a"
            + " string",
        message(open("\"rClockBegin\": 2291772091", "\"rClockBegin\": \"1\"")));
  }

  @Test
  void negativeAcknowledge() {
    assertEquals(
        "acknowledge.checkpoints must be an unsigned 32-bit integer (0..4294967295) but is -1",
        message("{\"acknowledge\":{\"checkpoints\":-1}}"));
  }

  @Test
  void configNotAnObject() {
    assertEquals(
        "open.capture.config must be a JSON object but is a string",
        message(open("\"config\": {\"capture\": {\"config\": 42}}", "\"config\": \"x\"")));
    assertEquals(
        "open.capture.bindings[0].resourceConfig must be a JSON object but is an array",
        message(open("\"resourceConfig\": {\"resource\": \"config\"}", "\"resourceConfig\": []")));
    assertEquals(
        "open.state must be a JSON object but is a string",
        message(open("\"state\": {\"connector\": {\"state\": 42}}", "\"state\": \"s\"")));
    assertEquals(
        "open.capture.bindings[0].collection.readSchema must be a JSON object but is a boolean",
        message(open("\"readSchema\": {\"read\": \"schema\"}", "\"readSchema\": true")));
  }

  @Test
  void listOfWrongType() {
    assertEquals(
        "open.capture.bindings[0].collection.key[1] must be a string but is a number",
        message(open("\"/key/two\"", "2")));
    assertEquals(
        "open.capture.bindings must be an array but is an object",
        message("{\"open\":{\"capture\":{\"name\":\"c\",\"config\":{},\"bindings\":{}}}}"));
  }

  @Test
  void unknownConnectorType() {
    assertEquals(
        "spec.connectorType must be one of IMAGE, LOCAL but is \"DOCKER\"",
        message("{\"spec\":{\"connectorType\":\"DOCKER\"}}"));
  }

  @Test
  void lastCaptureInnerConfigNotAnObject() {
    assertEquals(
        "validate.lastCapture.config.config must be a JSON object but is a string",
        message(
            "{\"validate\":{\"name\":\"n\",\"config\":{},\"lastCapture\":{\"name\":\"n\","
                + "\"config\":{\"image\":\"i\",\"config\":\"x\"}}}}"));
  }

  @Test
  void twoRequestKeysAreRejectedNamingBoth() {
    assertEquals(
        "request has 2 of the keys spec, discover, validate, apply, open, acknowledge (spec,"
            + " discover), but a request is exactly one of them: send one request per line",
        message("{\"spec\":{},\"discover\":{\"config\":{}}}"));
  }

  @Test
  void aNullRequestKeyIsAbsent() {
    // protobuf-JSON: null is the same as absent, so this line holds no request.
    assertEquals(
        "request has none of the keys spec, discover, validate, apply, open, acknowledge (it has:"
            + " discover)",
        message("{\"discover\":null}"));
  }

  @Test
  void everyPresentKeyIsDecodedBeforeTheCountIsChecked() {
    assertEquals(
        "acknowledge.checkpoints must be an unsigned 32-bit integer (0..4294967295) but is a"
            + " string",
        message("{\"spec\":{},\"acknowledge\":{\"checkpoints\":\"x\"}}"));
  }
}
