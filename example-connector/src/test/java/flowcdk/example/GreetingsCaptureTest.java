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

/** Runs the example connector's generated dispatcher in-process on byte streams, as Flow would. */
class GreetingsCaptureTest {

  private static final String BINDING =
      "{\"collection\":{\"name\":\"acmeCo/greetings\",\"key\":[\"/id\"],\"writeSchema\":{}},"
          + "\"resourceConfig\":{\"name\":\"greetings\"},\"resourcePath\":[\"greetings\"],\"stateKey\":\"greetings\"}";

  private static List<String> run(int expectedStatus, String... requests) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String input = String.join("\n", requests) + "\n";
    int status = ConnectorRuntime.run(
        new GreetingsCapture_Dispatch(),
        RuntimeOptions.defaults().withSignalHandling(false),
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        out);
    assertEquals(expectedStatus, status);
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void specCarriesTheGeneratedSchemas() {
    List<String> out = run(0, "{\"spec\":{\"connectorType\":\"IMAGE\"}}");
    assertEquals(1, out.size());
    assertTrue(out.get(0).startsWith("{\"spec\":{\"protocol\":3032023,\"configSchema\":{\"title\":\"Greetings\""), out.get(0));
    assertTrue(out.get(0).contains("\"greetings\":{\"title\":\"Greetings\",\"description\":\"How many greetings to capture"
        + " (1 to 1000000).\",\"type\":\"integer\",\"default\":3,\"order\":0}"), out.get(0));
    assertTrue(out.get(0).contains("\"resourceConfigSchema\":{\"title\":\"ResourceConfig\""), out.get(0));
    assertTrue(out.get(0).endsWith("\"resourcePathPointers\":[\"/name\"]}}"), out.get(0));
  }

  @Test
  void discoversTheDeclaredResourceWithItsDecoratedSchema() {
    List<String> out = run(0, "{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{}}}");
    assertEquals(1, out.size());
    String line = out.get(0);
    assertTrue(line.startsWith("{\"discovered\":{\"bindings\":[{\"recommendedName\":\"greetings\","
        + "\"resourceConfig\":{\"name\":\"greetings\",\"interval\":\"PT1M\"},\"documentSchema\":{\"title\":\"Greeting\""), line);
    assertTrue(line.contains("\"required\":[\"id\",\"message\"],\"additionalProperties\":true"), line);
    assertTrue(line.contains("\"x-infer-schema\":true,\"if\":{\"required\":[\"_meta\"]"), line);
    assertTrue(line.endsWith("\"key\":[\"/id\"],\"resourcePath\":[\"greetings\"]}]}}"), line);
  }

  @Test
  void rejectsABadConfigAndAnUnknownResource() {
    assertEquals(List.of(), run(1, "{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{\"greetings\":\"many\"}}}"));
    assertEquals(List.of(), run(1, "{\"validate\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{\"greetings\":0}}}"));
    assertEquals(List.of(), run(1,
        "{\"validate\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{},\"bindings\":["
            + "{\"collection\":{\"name\":\"a/x\",\"key\":[\"/id\"],\"writeSchema\":{}},\"resourceConfig\":{\"name\":\"x\"}}]}}"));
  }

  @Test
  void validatesKnownBindings() {
    assertEquals(
        List.of("{\"validated\":{\"bindings\":[{\"resourcePath\":[\"greetings\"]}]}}"),
        run(0, "{\"validate\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{},\"bindings\":[" + BINDING
            .replace(",\"resourcePath\":[\"greetings\"],\"stateKey\":\"greetings\"", "") + "]}}"));
  }

  @Test
  void capturesAndResumesFromItsState() {
    List<String> out = run(0,
        "{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{\"greetings\":3,\"greeting\":\"Hi\"},"
            + "\"bindings\":[" + BINDING + "]},\"version\":\"v\",\"state\":{\"bindingStateV1\":{\"greetings\":{\"inc\":{\"cursor\":1}}}}}}");
    // Open fills in the missing last_initialized (wall-clock time) before the binding runs.
    assertTrue(out.get(1).matches("\\{\"checkpoint\":\\{\"state\":\\{\"updated\":\\{\"bindingStateV1\":\\{\"greetings\":"
        + "\\{\"inc\":\\{\"cursor\":1},\"last_initialized\":\"[0-9T:.-]+Z\"}}},\"mergePatch\":true}}}"), out.get(1));
    assertEquals(
        List.of(
            "{\"opened\":{\"explicitAcknowledgements\":false}}",
            out.get(1),
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":1,\"message\":\"Hi #1\"}}}",
            "{\"checkpoint\":{\"state\":{\"updated\":{\"bindingStateV1\":{\"greetings\":{\"inc\":{\"cursor\":2}}}},\"mergePatch\":true}}}",
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":2,\"message\":\"Hi #2\"}}}",
            "{\"checkpoint\":{\"state\":{\"updated\":{\"bindingStateV1\":{\"greetings\":{\"inc\":{\"cursor\":3}}}},\"mergePatch\":true}}}"),
        out);
  }
}
