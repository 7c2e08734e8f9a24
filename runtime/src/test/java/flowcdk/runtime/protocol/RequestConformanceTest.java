package flowcdk.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Decodes every request of Flow's protocol fixtures and checks every field a connector sees. */
class RequestConformanceTest {

  private static final List<String> ORDER =
      List.of("spec", "discover", "validate", "apply", "open", "acknowledge");

  private static List<Request> decodeJsonl() throws MalformedRequestException {
    List<Request> requests = new ArrayList<>();
    for (String line : Fixtures.lines("capture-requests.jsonl")) {
      requests.add(RequestReader.read(line));
    }
    return requests;
  }

  @Test
  void everyLineDecodes() throws Exception {
    List<Request> requests = decodeJsonl();
    assertEquals(6, requests.size());
    assertEquals(
        List.of(
            SpecRequest.class,
            DiscoverRequest.class,
            ValidateRequest.class,
            ApplyRequest.class,
            OpenRequest.class,
            AcknowledgeRequest.class),
        requests.stream().map(Object::getClass).toList());
  }

  @Test
  void spec() throws Exception {
    SpecRequest spec = assertInstanceOf(SpecRequest.class, decodeJsonl().get(0));
    assertEquals(ConnectorType.IMAGE, spec.connectorType());
    assertEquals("{\"spec\":\"config\"}", spec.config().orElseThrow().toString());
  }

  @Test
  void discover() throws Exception {
    DiscoverRequest discover = assertInstanceOf(DiscoverRequest.class, decodeJsonl().get(1));
    assertEquals(ConnectorType.IMAGE, discover.connectorType());
    assertEquals("{\"discover\":\"config\"}", discover.config().toString());
  }

  @Test
  void validate() throws Exception {
    ValidateRequest validate = assertInstanceOf(ValidateRequest.class, decodeJsonl().get(2));
    assertEquals("validate/capture", validate.name());
    assertEquals(ConnectorType.IMAGE, validate.connectorType());
    assertEquals("{\"validate\":\"config\"}", validate.config().toString());
    assertEquals(Optional.empty(), validate.lastCapture());
    assertEquals(1, validate.bindings().size());
    ValidateBinding binding = validate.bindings().get(0);
    assertEquals("{\"resource\":\"config\"}", binding.resourceConfig().toString());
    assertEquals(1, binding.backfill());
    assertCollection(binding.collection());
  }

  @Test
  void apply() throws Exception {
    ApplyRequest apply = assertInstanceOf(ApplyRequest.class, decodeJsonl().get(3));
    assertCapture(apply.capture());
    assertEquals("11:22:33:44", apply.version());
    assertEquals(Optional.empty(), apply.lastCapture());
    assertEquals(Optional.empty(), apply.lastVersion());
  }

  @Test
  void open() throws Exception {
    OpenRequest open = assertInstanceOf(OpenRequest.class, decodeJsonl().get(4));
    assertCapture(open.capture());
    assertEquals("11:22:33:44", open.version());
    assertEquals(1122867L, open.range().keyBegin());
    assertEquals(1146447479L, open.range().keyEnd());
    assertEquals(2291772091L, open.range().rClockBegin());
    assertEquals(3437096703L, open.range().rClockEnd());
    assertEquals("{\"connector\":{\"state\":42}}", open.state().toString());
  }

  @Test
  void acknowledge() throws Exception {
    AcknowledgeRequest ack = assertInstanceOf(AcknowledgeRequest.class, decodeJsonl().get(5));
    assertEquals(32, ack.checkpoints());
  }

  private static void assertCapture(CaptureSpec capture) {
    assertEquals("acmeCo/capture", capture.name());
    assertEquals(ConnectorType.IMAGE, capture.connectorType());
    assertEquals("{\"capture\":{\"config\":42}}", capture.config().toString());
    assertEquals(300, capture.intervalSeconds());
    assertEquals(1, capture.bindings().size());
    CaptureBinding binding = capture.bindings().get(0);
    assertEquals("{\"resource\":\"config\"}", binding.resourceConfig().toString());
    assertEquals(List.of("some", "path"), binding.resourcePath());
    assertEquals("a%2Fcdc%2Ftable+baz.v3", binding.stateKey());
    assertEquals(3, binding.backfill());
    assertCollection(binding.collection());
  }

  private static void assertCollection(CollectionSpec collection) {
    assertEquals("acmeCo/collection", collection.name());
    assertEquals(List.of("/key/one", "/key/two"), collection.key());
    assertEquals("{\"write\":\"schema\"}", collection.writeSchema().toString());
    assertEquals("{\"read\":\"schema\"}", collection.readSchema().orElseThrow().toString());
  }

  /** The all-fields object's top-level members, compacted, in file order. */
  private static Map<String, RawJson> allFieldsMembers() throws IOException {
    Map<String, RawJson> members = new LinkedHashMap<>();
    try (JsonParser p =
        JsonFactories.factory().createParser(Fixtures.read("capture-request.all-fields.json"))) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken());
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        members.put(name, RawJson.copyOf(p));
      }
    }
    return members;
  }

  private static String envelope(Map<String, RawJson> members, List<String> keys) {
    StringBuilder json = new StringBuilder("{");
    for (String key : keys) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(key).append("\":").append(members.get(key));
    }
    return json.append('}').toString();
  }

  @Test
  void allFieldsAtOnceIsRejectedNamingTheKeys() {
    // Flow sends one request per line; the all-fields vector sets every one at once.
    MalformedRequestException e =
        assertThrows(
            MalformedRequestException.class,
            () -> RequestReader.read(Fixtures.read("capture-request.all-fields.json")));
    assertEquals(
        "request has 6 of the keys spec, discover, validate, apply, open, acknowledge (spec,"
            + " discover, validate, apply, open, acknowledge), but a request is exactly one of"
            + " them: send one request per line",
        e.getMessage());
  }

  @Test
  void allFieldsEachKeyAloneDecodesLikeItsLine() throws Exception {
    Map<String, RawJson> members = allFieldsMembers();
    assertTrue(members.containsKey("$internal"), "the fixture should carry $internal");
    List<Request> lines = decodeJsonl();
    for (int i = 0; i < ORDER.size(); i++) {
      String key = ORDER.get(i);
      Request alone = RequestReader.read(envelope(members, List.of(key, "$internal")));
      assertEquals(lines.get(i), alone, key);
    }
  }

  @Test
  void everyPairOfRealRequestsOnOneLineIsRejected() throws Exception {
    Map<String, RawJson> members = allFieldsMembers();
    for (int i = 0; i < ORDER.size(); i++) {
      for (int j = i + 1; j < ORDER.size(); j++) {
        // Written in reverse protocol order, so that neither order could pick one.
        String line = envelope(members, List.of(ORDER.get(j), ORDER.get(i)));
        MalformedRequestException e =
            assertThrows(MalformedRequestException.class, () -> RequestReader.read(line));
        assertTrue(
            e.getMessage().contains("(" + ORDER.get(i) + ", " + ORDER.get(j) + ")"),
            e.getMessage());
      }
    }
  }
}
