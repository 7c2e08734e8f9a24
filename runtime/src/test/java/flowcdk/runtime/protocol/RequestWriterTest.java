package flowcdk.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.RawJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Requests written by {@link RequestWriter} read back as the same records. */
class RequestWriterTest {

  private static final RawJson CONFIG = RawJson.parse("{\"host\":\"h\",\"n\":1.50}");
  private static final CollectionSpec COLLECTION =
      new CollectionSpec(
          "preview/users",
          List.of("/id"),
          RawJson.parse("{\"type\":\"object\"}"),
          Optional.empty());

  private static Request roundTrip(Request request) throws MalformedRequestException {
    String line = new String(RequestWriter.line(request), StandardCharsets.UTF_8);
    assertEquals('\n', line.charAt(line.length() - 1));
    assertEquals(line.substring(0, line.length() - 1), text(RequestWriter.toBytes(request)));
    return RequestReader.read(line.substring(0, line.length() - 1));
  }

  private static String text(byte[] utf8) {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  @Test
  void everyRequestTheToolSendsRoundTrips() throws MalformedRequestException {
    List<Request> requests =
        List.of(
            new SpecRequest(ConnectorType.IMAGE, Optional.empty()),
            new DiscoverRequest(ConnectorType.IMAGE, CONFIG),
            new ValidateRequest(
                "preview/capture",
                ConnectorType.IMAGE,
                CONFIG,
                List.of(new ValidateBinding(COLLECTION, RawJson.parse("{\"name\":\"users\"}"), 0)),
                Optional.empty()),
            new OpenRequest(
                new CaptureSpec(
                    "preview/capture",
                    ConnectorType.IMAGE,
                    CONFIG,
                    0,
                    List.of(
                        new CaptureBinding(
                            COLLECTION,
                            RawJson.parse("{\"name\":\"users\"}"),
                            List.of("db", "users"),
                            "db.users",
                            0))),
                "preview",
                Range.FULL,
                RawJson.parse("{\"cursor\":3}")),
            new AcknowledgeRequest(1));
    for (Request request : requests) {
      assertEquals(request, roundTrip(request));
    }
  }

  @Test
  void everyRequestOfFlowsFixturesRoundTrips() throws MalformedRequestException {
    List<String> lines = Fixtures.lines("capture-requests.jsonl");
    assertEquals(6, lines.size());
    for (String line : lines) {
      Request request = RequestReader.read(line);
      assertEquals(request, roundTrip(request), line);
    }
  }

  @Test
  void optionalMembersRoundTripWhenPresent() throws MalformedRequestException {
    CaptureSpec capture =
        new CaptureSpec(
            "acmeCo/c",
            ConnectorType.LOCAL,
            CONFIG,
            300,
            List.of(
                new CaptureBinding(
                    new CollectionSpec(
                        "acmeCo/users",
                        List.of("/id"),
                        RawJson.EMPTY_OBJECT,
                        Optional.of(RawJson.parse("{\"read\":1}"))),
                    RawJson.EMPTY_OBJECT,
                    List.of(),
                    "users",
                    4294967295L)));
    List<Request> requests =
        List.of(
            new SpecRequest(ConnectorType.LOCAL, Optional.of(CONFIG)),
            new ValidateRequest(
                "acmeCo/c",
                ConnectorType.IMAGE,
                CONFIG,
                List.of(),
                Optional.of(
                    new LastCapture(
                        "acmeCo/c",
                        ConnectorType.IMAGE,
                        RawJson.parse("{\"image\":\"i\",\"config\":{\"a\":1}}"),
                        List.of()))),
            new ApplyRequest(capture, "v2", Optional.of(capture), Optional.of("v1")),
            new ApplyRequest(capture, "", Optional.empty(), Optional.empty()),
            new OpenRequest(capture, "v2", new Range(1, 2, 3, 4), RawJson.EMPTY_OBJECT));
    for (Request request : requests) {
      assertEquals(request, roundTrip(request));
    }
  }

  @Test
  void membersAreWrittenInFlowsOrder() {
    String open =
        text(
            RequestWriter.toBytes(
                new OpenRequest(
                    new CaptureSpec(
                        "c",
                        ConnectorType.IMAGE,
                        RawJson.EMPTY_OBJECT,
                        0,
                        List.of(
                            new CaptureBinding(
                                COLLECTION, RawJson.EMPTY_OBJECT, List.of("users"), "users", 0))),
                    "",
                    Range.FULL,
                    RawJson.parse("{\"s\":1}"))));
    assertEquals(
        "{\"open\":{\"capture\":{\"name\":\"c\",\"connectorType\":\"IMAGE\",\"config\":{},"
            + "\"bindings\":[{\"resourceConfig\":{},\"resourcePath\":[\"users\"],"
            + "\"collection\":{\"name\":\"preview/users\",\"writeSchema\":{\"type\":\"object\"},"
            + "\"key\":[\"/id\"]},\"backfill\":0,\"stateKey\":\"users\"}],\"intervalSeconds\":0},"
            + "\"version\":\"\",\"range\":{\"keyBegin\":0,\"keyEnd\":4294967295,\"rClockBegin\":0,"
            + "\"rClockEnd\":4294967295},\"state\":{\"s\":1}}}",
        open);
    assertTrue(TestJson.isCompact(open), open);
  }
}
