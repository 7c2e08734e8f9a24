package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.ConnectorRuntime;
import flowcdk.runtime.RuntimeOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the example connector in-process on byte streams, as Flow would drive it. */
class ExampleConnectorTest {

  private static final String BINDING =
      "{\"collection\":{\"name\":\"acmeCo/greetings\",\"key\":[\"/id\"],\"writeSchema\":{}},"
          + "\"resourceConfig\":{\"name\":\"greetings\"},\"resourcePath\":[\"greetings\"],\"stateKey\":\"greetings\"}";

  private static List<String> run(int expectedStatus, String... requests) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String input = String.join("\n", requests) + "\n";
    int status = ConnectorRuntime.run(
        new ExampleConnector(),
        RuntimeOptions.defaults().withSignalHandling(false),
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        out);
    assertEquals(expectedStatus, status);
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void answersSpec() {
    List<String> out = run(0, "{\"spec\":{\"connectorType\":\"IMAGE\"}}");
    assertEquals(1, out.size());
    assertTrue(out.get(0).startsWith("{\"spec\":{\"protocol\":3032023,\"configSchema\":{"), out.get(0));
    assertTrue(out.get(0).contains("\"resourcePathPointers\":[\"/name\"]"), out.get(0));
  }

  @Test
  void discoversTheGreetingsResource() {
    assertEquals(
        List.of("{\"discovered\":{\"bindings\":[{\"recommendedName\":\"greetings\",\"resourceConfig\":{\"name\":\"greetings\"},"
            + "\"documentSchema\":" + ExampleConnector.DOCUMENT_SCHEMA + ",\"key\":[\"/id\"],\"resourcePath\":[\"greetings\"]}]}}"),
        run(0, "{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{}}}"));
  }

  @Test
  void rejectsABadConfigAndAnUnknownResource() {
    assertEquals(List.of(), run(1, "{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{\"greetings\":0}}}"));
    assertEquals(List.of(), run(1,
        "{\"validate\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{},\"bindings\":["
            + "{\"collection\":{\"name\":\"a/x\",\"key\":[\"/id\"],\"writeSchema\":{}},\"resourceConfig\":{\"name\":\"x\"}}]}}"));
  }

  @Test
  void capturesAndResumesFromItsState() {
    List<String> out = run(0,
        "{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{\"greetings\":3},"
            + "\"bindings\":[" + BINDING + "]},\"version\":\"v\",\"state\":{\"greetings\":{\"next\":1}}}}");
    assertEquals(
        List.of(
            "{\"opened\":{\"explicitAcknowledgements\":false}}",
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":1,\"message\":\"Hello #1\"}}}",
            "{\"checkpoint\":{\"state\":{\"updated\":{\"greetings\":{\"next\":2}},\"mergePatch\":true}}}",
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":2,\"message\":\"Hello #2\"}}}",
            "{\"checkpoint\":{\"state\":{\"updated\":{\"greetings\":{\"next\":3}},\"mergePatch\":true}}}"),
        out);
  }
}
