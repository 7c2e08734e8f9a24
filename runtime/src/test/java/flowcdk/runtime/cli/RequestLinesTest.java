package flowcdk.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.AcknowledgeRequest;
import flowcdk.runtime.protocol.CaptureBinding;
import flowcdk.runtime.protocol.CaptureSpec;
import flowcdk.runtime.protocol.CollectionSpec;
import flowcdk.runtime.protocol.ConnectorType;
import flowcdk.runtime.protocol.DiscoverRequest;
import flowcdk.runtime.protocol.MalformedRequestException;
import flowcdk.runtime.protocol.OpenRequest;
import flowcdk.runtime.protocol.Range;
import flowcdk.runtime.protocol.Request;
import flowcdk.runtime.protocol.RequestReader;
import flowcdk.runtime.protocol.SpecRequest;
import flowcdk.runtime.protocol.ValidateBinding;
import flowcdk.runtime.protocol.ValidateRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The requests the tool writes read back as the same records. */
class RequestLinesTest {

  private static final RawJson CONFIG = RawJson.parse("{\"host\":\"h\",\"n\":1.50}");
  private static final CollectionSpec COLLECTION =
      new CollectionSpec(
          "preview/users",
          List.of("/id"),
          RawJson.parse("{\"type\":\"object\"}"),
          Optional.empty());

  private static Request roundTrip(Request request) throws MalformedRequestException {
    String line = new String(RequestLines.line(request), StandardCharsets.UTF_8);
    assertEquals('\n', line.charAt(line.length() - 1));
    return RequestReader.read(line.substring(0, line.length() - 1));
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
}
