package flowcdk.connector.dispatch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import flowcdk.connector.BindingContext;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.state.ResourceState;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeContext;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.launch.ConnectorRuntime;
import flowcdk.testing.ManualClock;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A capture dispatcher for tests: resources whose initial state the test chooses, a {@link
 * ManualClock}, and openers that record the state they were given (and optionally keep the capture
 * running until it is asked to stop, recording why).
 */
final class TestCapture extends CaptureDispatch<RawJson, RawJson> {

  static final JsonCodec<RawJson> RAW =
      new JsonCodec<>() {
        @Override
        public void write(JsonGenerator g, RawJson value) throws IOException {
          value.writeTo(g);
        }

        @Override
        public RawJson read(JsonParser p, DecodeContext ctx) throws IOException {
          return Codecs.readRaw(p, ctx);
        }

        @Override
        public RawJson schema() {
          return RawJson.parse("{\"type\":\"object\"}");
        }
      };

  final ManualClock clock;
  final Map<String, ResourceState> opened = new ConcurrentHashMap<>();
  final Map<String, String> stopReasons = new ConcurrentHashMap<>();
  private final List<ResourceSpec> resources;
  volatile Context context;

  /**
   * A capture of resources {@code name -> initial state(now)}; {@code waitForStop} keeps it
   * running.
   */
  TestCapture(
      Instant now, Map<String, Function<Instant, ResourceState>> initial, boolean waitForStop) {
    super(new CaptureConnector<>() {}, RAW, "Config", RAW, "ResourceConfig");
    this.clock = new ManualClock(now);
    this.resources =
        initial.entrySet().stream()
            .map(
                e ->
                    ResourceSpec.builder(e.getKey())
                        .key("/id")
                        .schema(RawJson.parse("{\"type\":\"object\"}"))
                        .opener(opener(e.getKey(), e.getValue(), waitForStop))
                        .build())
            .toList();
  }

  private ResourceOpener<RawJson, RawJson> opener(
      String name, Function<Instant, ResourceState> initial, boolean wait) {
    return new ResourceOpener<>() {
      @Override
      public Future<?> open(BindingContext<RawJson, RawJson> binding) {
        opened.put(binding.stateKey(), binding.state());
        if (!wait) {
          return Future.succeededFuture();
        }
        binding.spawn(
            "wait",
            task ->
                binding
                    .clock()
                    .sleep(Duration.ofDays(365), task.stopping())
                    .map(
                        v -> {
                          stopReasons.put(name, String.valueOf(task.stopping().reason()));
                          return null;
                        }));
        return Future.succeededFuture();
      }

      @Override
      public Future<ResourceState> initialState(
          RawJson config, RawJson resourceConfig, Instant now) {
        return Future.succeededFuture(initial.apply(now));
      }
    };
  }

  /**
   * Off: these tests account for every timer the capture arms; status events have their own tests.
   */
  @Override
  protected boolean connectorStatusEvents() {
    return false;
  }

  /** Advances the clock on the capture's event loop. */
  void advanceTo(Instant instant) {
    context.runOnContext(v -> clock.advanceTo(instant));
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
    return resources;
  }

  /** A binding of resource {@code name} (state key {@code name}) with {@code resourceConfig}. */
  static String binding(String name, String resourceConfig) {
    return "{\"collection\":{\"name\":\"acmeCo/"
        + name
        + "\",\"key\":[\"/id\"],\"writeSchema\":{}},"
        + "\"resourceConfig\":"
        + resourceConfig
        + ",\"resourcePath\":[\""
        + name
        + "\"],\"stateKey\":\""
        + name
        + "\"}";
  }

  /** An Open request with {@code bindings} and {@code state}. */
  static String open(String state, String... bindings) {
    return "{\"open\":{\"capture\":{\"name\":\"acmeCo/c\",\"connectorType\":\"IMAGE\",\"config\":{},"
        + "\"bindings\":["
        + String.join(",", bindings)
        + "]},\"version\":\"v\",\"state\":"
        + state
        + "}}";
  }

  /** Runs the request; returns the exit status and stdout lines. */
  Result run(String request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        ConnectorRuntime.run(
            this,
            RuntimeOptions.defaults()
                .withSignalHandling(false)
                .withClock(
                    root -> {
                      context = Vertx.currentContext();
                      return clock;
                    }),
            new ByteArrayInputStream((request + "\n").getBytes(StandardCharsets.UTF_8)),
            out);
    return new Result(status, out.toString(StandardCharsets.UTF_8).lines().toList());
  }

  record Result(int status, List<String> lines) {}
}
