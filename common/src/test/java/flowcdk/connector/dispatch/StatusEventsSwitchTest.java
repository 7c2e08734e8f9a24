package flowcdk.connector.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.connector.BindingContext;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.Strategies;
import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.ResourceState;
import flowcdk.connector.state.Slot;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.launch.ConnectorRuntime;
import flowcdk.testing.ManualClock;
import io.vertx.core.Future;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code connectorStatusEvents()} switches the periodic status logger off even when bindings are
 * opened with the common strategies, and no status timer outlives a capture that ends on its own.
 */
class StatusEventsSwitchTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  /** One resource whose backfill emits one document and completes. */
  private static final class Capture extends CaptureDispatch<RawJson, RawJson> {
    final ManualClock clock = new ManualClock(NOW);
    private final boolean events;

    Capture(boolean events) {
      super(new CaptureConnector<>() {}, TestCapture.RAW, "Config", TestCapture.RAW, "Resource");
      this.events = events;
    }

    @Override
    protected boolean connectorStatusEvents() {
      return events;
    }

    @Override
    protected String documentationUrl() {
      return "https://example.com";
    }

    @Override
    protected List<String> resourcePathPointers() {
      return ResourcePaths.STANDARD_POINTERS;
    }

    @Override
    protected List<ResourceSpec> declaredResources() {
      return List.of(
          ResourceSpec.builder("items")
              .key("/id")
              .schema(RawJson.parse("{\"type\":\"object\"}"))
              .opener(
                  new ResourceOpener<RawJson, RawJson>() {
                    @Override
                    public Future<?> open(BindingContext<RawJson, RawJson> binding) {
                      return Strategies.forBinding(binding)
                          .backfill(
                              (page, cutoff, sink) -> {
                                sink.document(RawJson.parse("{\"id\":1}"));
                                return Future.succeededFuture();
                              })
                          .open();
                    }

                    @Override
                    public Future<ResourceState> initialState(
                        RawJson config, RawJson resourceConfig, Instant now) {
                      return Future.succeededFuture(
                          ResourceState.EMPTY.withBackfill(
                              Slot.of(new Backfill(LogCursor.at(now), PageCursor.NONE))));
                    }
                  })
              .build());
    }

    int run() {
      String request = TestCapture.open("{}", TestCapture.binding("items", "{\"name\":\"items\"}"));
      return ConnectorRuntime.run(
          this,
          RuntimeOptions.defaults().withSignalHandling(false).withClock(root -> clock),
          new ByteArrayInputStream((request + "\n").getBytes(StandardCharsets.UTF_8)),
          new ByteArrayOutputStream());
    }
  }

  @Test
  void switchedOffStatusArmsNoTimerEvenWithStrategies() {
    Capture capture = new Capture(false);
    assertEquals(0, capture.run());
    awaitNoDeadlines(capture);
  }

  @Test
  void switchedOnStatusLoggerEndsWithTheCapture() {
    Capture capture = new Capture(true);
    assertEquals(0, capture.run());
    awaitNoDeadlines(capture);
  }

  /**
   * Waits for every timer of the capture (24-hour restart, status logger) to be cancelled; fails
   * after 5 s.
   */
  private static void awaitNoDeadlines(Capture capture) {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
    while (!capture.clock.pendingDeadlines().isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timers still armed after the capture ended: " + capture.clock.pendingDeadlines());
      }
      Thread.onSpinWait();
    }
  }
}
