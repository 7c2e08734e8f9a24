package flowcdk.runtime.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.Connector;
import flowcdk.runtime.OpenedCapture;
import flowcdk.runtime.RuntimeContext;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import flowcdk.runtime.protocol.DiscoverRequest;
import flowcdk.runtime.protocol.DiscoveredResponse;
import flowcdk.runtime.protocol.OpenRequest;
import flowcdk.runtime.protocol.SpecRequest;
import flowcdk.runtime.protocol.SpecResponse;
import flowcdk.runtime.protocol.ValidateRequest;
import flowcdk.runtime.protocol.ValidatedResponse;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code spec} answered before the runtime starts: a connector whose spec is at once ({@link
 * Connector#answersSpecAtOnce()}) gets its spec requests answered without Vert.x, and a process
 * asked only for its spec never starts it; the first request that needs the runtime starts it and
 * is served after those answers, in order. Connectors that do not say so are served as before.
 */
class SpecBeforeRuntimeTest {

  private static final String SPEC = "{\"spec\":{\"connectorType\":\"IMAGE\"}}\n";
  private static final String DISCOVER =
      "{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{}}}\n";
  private static final RuntimeOptions OPTIONS = RuntimeOptions.defaults().withSignalHandling(false);

  private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
  private LogWriter previous;

  @BeforeEach
  void captureLogs() {
    previous = Logging.install(new LogWriter(logs, LogFormat.JSON, Level.DEBUG, new Redactor()));
  }

  @AfterEach
  void restoreLogs() {
    Logging.install(previous);
  }

  /** Records what the runtime did with it. */
  static final class Recorder implements Connector {
    final boolean atOnce;
    final List<String> calls = new ArrayList<>();
    RuntimeContext attached;
    int pendingSpecs;
    int throwingSpecs;

    Recorder(boolean atOnce) {
      this.atOnce = atOnce;
    }

    @Override
    public void attach(RuntimeContext runtime) {
      attached = runtime;
      calls.add("attach");
    }

    @Override
    public boolean answersSpecAtOnce() {
      return atOnce;
    }

    @Override
    public Future<SpecResponse> spec(SpecRequest request) {
      calls.add(Vertx.currentContext() == null ? "spec without Vert.x" : "spec on the event loop");
      if (throwingSpecs > 0) {
        throwingSpecs--;
        throw new IllegalStateException("a bug in spec");
      }
      if (pendingSpecs > 0) {
        pendingSpecs--;
        return Promise.<SpecResponse>promise().future(); // never completes
      }
      return Future.succeededFuture(
          new SpecResponse(
              SpecResponse.PROTOCOL_VERSION,
              RawJson.parse("{\"type\":\"object\"}"),
              RawJson.parse("{\"type\":\"object\"}"),
              "https://example.invalid/recorder",
              Optional.empty(),
              List.of("/name")));
    }

    @Override
    public Future<DiscoveredResponse> discover(DiscoverRequest request) {
      calls.add("discover");
      return Future.succeededFuture(new DiscoveredResponse(List.of()));
    }

    @Override
    public Future<ValidatedResponse> validate(ValidateRequest request) {
      calls.add("validate");
      return Future.succeededFuture(new ValidatedResponse(List.of()));
    }

    @Override
    public Future<OpenedCapture> open(OpenRequest request) {
      throw new UnsupportedOperationException("not in these tests");
    }
  }

  private record Run(int status, List<String> lines) {}

  private static Run run(Connector connector, String stdin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        RuntimeLoop.run(connector, OPTIONS, new ByteArrayInputStream(stdin.getBytes(UTF_8)), out);
    String text = out.toString(UTF_8);
    return new Run(status, text.isEmpty() ? List.of() : List.of(text.split("\n")));
  }

  @Test
  void aSpecOnlyProcessNeverStartsTheRuntime() {
    Recorder connector = new Recorder(true);
    Run run = run(connector, SPEC + SPEC);

    assertEquals(0, run.status());
    assertEquals(2, run.lines().size(), run.lines().toString());
    assertTrue(
        run.lines().get(0).startsWith("{\"spec\":{\"protocol\":3032023,"), run.lines().get(0));
    assertEquals(run.lines().get(0), run.lines().get(1));
    assertNull(connector.attached, "attach is called only when the runtime starts");
    assertEquals(List.of("spec without Vert.x", "spec without Vert.x"), connector.calls);
  }

  @Test
  void theFirstRequestThatNeedsTheRuntimeStartsIt() {
    Recorder connector = new Recorder(true);
    Run run = run(connector, SPEC + DISCOVER + SPEC);

    assertEquals(0, run.status());
    assertEquals(3, run.lines().size(), run.lines().toString());
    assertTrue(run.lines().get(0).startsWith("{\"spec\":"), run.lines().get(0));
    assertEquals("{\"discovered\":{\"bindings\":[]}}", run.lines().get(1));
    assertTrue(run.lines().get(2).startsWith("{\"spec\":"), run.lines().get(2));
    assertNotNull(connector.attached);
    // Once the runtime runs, every request is served on its event loop (discover first asks the
    // spec where the config's secrets are, to keep them out of the log).
    assertEquals(
        List.of(
            "spec without Vert.x",
            "attach",
            "spec on the event loop",
            "discover",
            "spec on the event loop"),
        connector.calls);
  }

  @Test
  void aConnectorThatDoesNotSaySoIsServedOnTheEventLoop() {
    Recorder connector = new Recorder(false);
    Run run = run(connector, SPEC);

    assertEquals(0, run.status());
    assertEquals(1, run.lines().size(), run.lines().toString());
    assertEquals(List.of("attach", "spec on the event loop"), connector.calls);
  }

  @Test
  void aSpecThatIsNotAtOnceAfterAllIsLeftToTheRuntime() {
    Recorder connector = new Recorder(true);
    connector.pendingSpecs = 1;
    Run run = run(connector, SPEC);

    assertEquals(0, run.status());
    assertEquals(1, run.lines().size(), "answered once: " + run.lines());
    assertEquals(
        List.of("spec without Vert.x", "attach", "spec on the event loop"), connector.calls);
  }

  @Test
  void aSpecThatThrowsIsLeftToTheRuntimeWhichReportsIt() {
    Recorder connector = new Recorder(true);
    connector.throwingSpecs = 2;
    Run run = run(connector, SPEC);

    assertEquals(1, run.status());
    assertEquals(List.of(), run.lines());
    assertEquals(
        List.of("spec without Vert.x", "attach", "spec on the event loop"), connector.calls);
    assertTrue(logs.toString(UTF_8).contains("a bug in spec"), logs.toString(UTF_8));
  }

  @Test
  void noInputMeansNothingToDo() {
    Recorder connector = new Recorder(true);
    Run run = run(connector, "");

    assertEquals(0, run.status());
    assertEquals(List.of(), run.lines());
    assertEquals(List.of(), connector.calls);
  }

  @Test
  void aMalformedFirstLineFailsTheSessionWithNothingOnStdout() {
    Recorder connector = new Recorder(true);
    Run run = run(connector, "{\"spec\":\n" + SPEC);

    assertEquals(1, run.status());
    assertEquals(List.of(), run.lines());
    assertFalse(connector.calls.contains("spec without Vert.x"), connector.calls.toString());
    assertTrue(
        logs.toString(UTF_8).contains("malformed request on line 1 of stdin"),
        logs.toString(UTF_8));
  }
}
