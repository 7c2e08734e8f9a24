package flowcdk.runtime.testing;

import flowcdk.runtime.Connector;
import flowcdk.runtime.OpenedCapture;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.launch.ConnectorRuntime;
import flowcdk.runtime.log.Fields;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.protocol.AppliedResponse;
import flowcdk.runtime.protocol.ApplyRequest;
import flowcdk.runtime.protocol.DiscoverRequest;
import flowcdk.runtime.protocol.DiscoveredBinding;
import flowcdk.runtime.protocol.DiscoveredResponse;
import flowcdk.runtime.protocol.OpenRequest;
import flowcdk.runtime.protocol.SpecRequest;
import flowcdk.runtime.protocol.SpecResponse;
import flowcdk.runtime.protocol.ValidateBinding;
import flowcdk.runtime.protocol.ValidateRequest;
import flowcdk.runtime.protocol.ValidatedBinding;
import flowcdk.runtime.protocol.ValidatedResponse;
import flowcdk.runtime.task.Task;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A minimal hand-written connector for the runtime's end-to-end tests, run in a child process. Its
 * endpoint config selects behaviour:
 *
 * <ul>
 *   <li>{@code fail}: a list of validation messages that validate reports;
 *   <li>{@code bug}: discover throws a NullPointerException (an internal bug);
 *   <li>{@code tasks}, {@code docs}, {@code every}: the capture spawns {@code tasks} children, each
 *       capturing {@code docs} documents {@code {"task":t,"seq":i,...}} with a checkpoint {@code
 *       {"t<t>":i}} after every {@code every} documents;
 *   <li>{@code acks}: open with explicit acknowledgements and wait for each checkpoint's ACK;
 *   <li>{@code failTask}: the index of a child task that fails after its first checkpoint;
 *   <li>{@code untilStopped}: children keep capturing until the capture is asked to stop;
 *   <li>{@code hang}: the capture's work never completes, even when asked to stop;
 *   <li>{@code print}: discover prints this text with {@code System.out.println}, as careless
 *       connector code or a library might;
 *   <li>{@code hog}: discover allocates until the heap is exhausted.
 *   <li>{@code reportBackPressure}: each child logs {@code "waiting on back-pressure"} the first
 *       time a checkpoint makes it wait for stdout.
 * </ul>
 *
 * With the environment variable {@code MINI_RUN_AND_EXIT} set, {@code main} runs the connector as
 * real connectors do, through {@link ConnectorRuntime#runAndExit(Connector)}.
 */
public final class MiniConnector implements Connector {

  static final RawJson CONFIG_SCHEMA =
      RawJson.parse(
          "{\"type\":\"object\",\"properties\":{\"password\":{\"type\":\"string\",\"secret\":true},"
              + "\"credentials\":{\"oneOf\":[{\"properties\":{\"token\":{\"type\":\"string\",\"secret\":true}}}]}}}");

  private static final java.util.concurrent.atomic.AtomicBoolean REPORT_BACK_PRESSURE =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** Runs the connector on stdin/stdout. */
  public static void main(String[] args) {
    if (System.getenv("MINI_RUN_AND_EXIT") != null) {
      ConnectorRuntime.runAndExit(new MiniConnector());
    }
    RuntimeOptions options = RuntimeOptions.defaults();
    String budget = System.getenv("MINI_PENDING_BUDGET");
    if (budget != null) {
      long bytes = Long.parseLong(budget);
      options = options.withMemory(bytes / 4, bytes, Math.min(bytes, 1L << 20));
    }
    String grace = System.getenv("MINI_STOP_GRACE_MILLIS");
    if (grace != null) {
      options = options.withStopGrace(java.time.Duration.ofMillis(Long.parseLong(grace)));
    }
    int status =
        ConnectorRuntime.run(
            new MiniConnector(),
            options,
            System.in,
            new java.io.FileOutputStream(java.io.FileDescriptor.out));
    if (System.getenv("MINI_REPORT_PEAK_RSS") != null) {
      Log.root().info("peak memory", Fields.of("VmHWM", peakRss()));
    }
    System.exit(status);
  }

  @Override
  public Future<SpecResponse> spec(SpecRequest request) {
    return Future.succeededFuture(
        new SpecResponse(
            SpecResponse.PROTOCOL_VERSION,
            CONFIG_SCHEMA,
            RawJson.parse("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}"),
            "https://example.invalid/mini",
            Optional.empty(),
            List.of("/name")));
  }

  @Override
  public Future<DiscoveredResponse> discover(DiscoverRequest request) {
    Map<String, Object> config = config(request.config());
    if (config.containsKey("bug")) {
      throw new NullPointerException("a bug: the connector dereferenced null");
    }
    if (config.get("print") instanceof String text) {
      System.out.println(text);
    }
    if (config.containsKey("hog")) {
      hog();
    }
    Log.root().info("discovering", Fields.of("config", request.config()));
    return Future.succeededFuture(
        new DiscoveredResponse(
            List.of(
                new DiscoveredBinding(
                    "items",
                    RawJson.parse("{\"name\":\"items\"}"),
                    RawJson.parse(
                        "{\"type\":\"object\",\"properties\":{\"seq\":{\"type\":\"integer\"}}}"),
                    List.of("/task", "/seq"),
                    false,
                    List.of("items")))));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Future<ValidatedResponse> validate(ValidateRequest request) {
    Map<String, Object> config = config(request.config());
    if (config.get("fail") instanceof List<?> messages) {
      List<String> text = new ArrayList<>();
      messages.forEach(m -> text.add(String.valueOf(m)));
      return Future.failedFuture(new ProblemsException(text));
    }
    List<ValidatedBinding> bindings = new ArrayList<>();
    for (ValidateBinding binding : request.bindings()) {
      Map<String, Object> resource =
          (Map<String, Object>) JsonValues.read(binding.resourceConfig());
      bindings.add(new ValidatedBinding(List.of(String.valueOf(resource.get("name")))));
    }
    return Future.succeededFuture(new ValidatedResponse(bindings));
  }

  @Override
  public Future<AppliedResponse> apply(ApplyRequest request) {
    return Future.succeededFuture(
        new AppliedResponse("applied " + request.capture().bindings().size() + " binding(s)"));
  }

  @Override
  public Future<OpenedCapture> open(OpenRequest request) {
    Map<String, Object> config = config(request.capture().config());
    int tasks = number(config, "tasks", 1);
    int docs = number(config, "docs", 3);
    int every = number(config, "every", 1);
    int failTask = number(config, "failTask", -1);
    boolean acks = Boolean.TRUE.equals(config.get("acks"));
    boolean untilStopped = Boolean.TRUE.equals(config.get("untilStopped"));
    String pad = "x".repeat(number(config, "pad", 16));
    REPORT_BACK_PRESSURE.set(Boolean.TRUE.equals(config.get("reportBackPressure")));
    if (Boolean.TRUE.equals(config.get("hang"))) {
      return Future.succeededFuture(OpenedCapture.of(root -> Promise.promise().future()));
    }
    return Future.succeededFuture(
        new OpenedCapture(
            acks,
            root -> {
              List<Future<Void>> children = new ArrayList<>();
              for (int t = 0; t < tasks; t++) {
                int id = t;
                children.add(
                    root.spawn(
                        "t" + t,
                        task ->
                            emit(
                                task,
                                id,
                                0,
                                docs,
                                every,
                                acks,
                                untilStopped,
                                id == failTask,
                                pad)));
              }
              return Future.join(children);
            }));
  }

  private static Future<Void> emit(
      Task task,
      int id,
      int from,
      int docs,
      int every,
      boolean acks,
      boolean untilStopped,
      boolean fail,
      String pad) {
    int seq = from;
    while (untilStopped || seq < docs) {
      if (task.stopping().isSet()) {
        return Future.succeededFuture();
      }
      task.captured(
          0, RawJson.parse("{\"task\":" + id + ",\"seq\":" + seq + ",\"pad\":\"" + pad + "\"}"));
      seq++;
      if (seq % every == 0 || (!untilStopped && seq == docs)) {
        RawJson state = RawJson.parse("{\"t" + id + "\":" + seq + "}");
        Future<Void> committed = acks ? task.checkpointAndAwaitAck(state) : task.checkpoint(state);
        if (REPORT_BACK_PRESSURE.get() && !committed.isComplete() && !task.stopping().isSet()) {
          REPORT_BACK_PRESSURE.set(false);
          task.log().info("waiting on back-pressure", Fields.of("task", task.name()));
        }
        int next = seq;
        if (fail) {
          return committed.compose(
              v -> Future.failedFuture(new IllegalStateException("boom in task " + id)));
        }
        Future<Void> paced = untilStopped ? committed.compose(v -> sleep(task, 5)) : committed;
        return paced.compose(
            v -> emit(task, id, next, docs, every, acks, untilStopped, false, pad));
      }
    }
    return Future.succeededFuture();
  }

  /** Allocates until the JVM runs out of heap: never returns normally. */
  private static void hog() {
    Object[] chain = null;
    for (int i = 0; ; i++) {
      chain = new Object[] {chain, new long[1 << 17], i};
    }
  }

  private static Future<Void> sleep(Task task, long millis) {
    Promise<Void> done = Promise.promise();
    task.vertx().setTimer(millis, id -> done.complete());
    return done.future();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> config(RawJson config) {
    return (Map<String, Object>) JsonValues.read(config);
  }

  private static int number(Map<String, Object> config, String key, int fallback) {
    Object value = config.get(key);
    return value instanceof Number n ? n.intValue() : fallback;
  }

  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return line.substring(6).trim();
        }
      }
    } catch (java.io.IOException e) {
      return "unknown";
    }
    return "unknown";
  }
}
