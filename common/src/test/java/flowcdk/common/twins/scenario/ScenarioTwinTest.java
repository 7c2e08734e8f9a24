package flowcdk.common.twins.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.twins.Fixtures;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.MergePatch;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.launch.ConnectorRuntime;
import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import flowcdk.testing.Attached;
import flowcdk.testing.LogLines;
import flowcdk.testing.ManualClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The Java twin of the Python CDK's scenario connector, run on each recorded request of
 * fixtures/python-cdk-runs, emits per binding the same documents and checkpoint states in the same
 * order as the recorded Python output, and reduces to the same final state; wall-clock values
 * ({@code last_initialized}, {@code snapshot.updated_at}) and {@code last_digest} aside.
 *
 * <p>The recorded {@code *.request.json} files hold the <em>reduced final</em> state in {@code
 * open.state}, not the state the Python connector was given, so each input state is rebuilt from
 * the fixtures' README: 01 starts empty; 02 from 01's final state with {@code
 * lookup.snapshot.updated_at} moved back so the snapshot is due; 03 from 02's final state plus a
 * backfill request for {@code events}.
 */
class ScenarioTwinTest {

  @Test
  void freshCapture() throws IOException {
    check("01-fresh", RawJson.EMPTY_OBJECT);
  }

  @Test
  void resumeWithFewerRows() throws IOException {
    String state =
        read("01-fresh.state.json")
            .replaceAll("(\"updated_at\"\\s*:\\s*)\"[^\"]*\"", "$1\"2024-01-01T00:00:00Z\"");
    check("02-resume-fewer-rows", RawJson.parse(state));
  }

  @Test
  void backfillRequest() throws IOException {
    RawJson state =
        MergePatch.apply(
            RawJson.parse(read("02-resume-fewer-rows.state.json")),
            RawJson.parse("{\"backfillRequests\":{\"events\":true}}"));
    check("03-backfill-request", state);
  }

  /** Runs the twin on run {@code name}'s request with {@code input} state and compares. */
  private static void check(String name, RawJson input) throws IOException {
    Map<String, Object> request = object(read(name + ".request.json"));
    Map<String, Object> open = map(request.get("open"));
    open.put("state", JsonValues.read(input));
    List<String> bindings = new ArrayList<>();
    for (Object binding : (List<?>) map(open.get("capture")).get("bindings")) {
      bindings.add((String) map(binding).get("stateKey"));
    }
    List<String> ours = run(JsonValues.toRawJson(request).toString());
    List<String> recorded = read(name + ".stdout.jsonl").lines().filter(l -> !l.isBlank()).toList();

    assertEquals(recorded.get(0), ours.get(0), "the opened response");
    for (String binding : bindings) {
      assertEquals(
          perBinding(recorded, bindings, binding),
          perBinding(ours, bindings, binding),
          "run " + name + ", binding " + binding + ": documents and checkpoint states, in order");
    }
    RawJson reduced = input;
    for (String line : ours) {
      Map<String, Object> message = object(line);
      if (message.containsKey("checkpoint")) {
        Map<String, Object> state = map(map(message.get("checkpoint")).get("state"));
        reduced = MergePatch.apply(reduced, JsonValues.toRawJson(state.get("updated")));
      }
    }
    assertEquals(
        normalized(JsonValues.read(RawJson.parse(read(name + ".state.json")))),
        normalized(JsonValues.read(reduced)),
        "run " + name + ": the reduced final state");
  }

  /**
   * The lines of one binding: its documents and the checkpoints naming its state key, normalized.
   */
  private static List<Object> perBinding(
      List<String> lines, List<String> bindings, String stateKey) {
    List<Object> selected = new ArrayList<>();
    for (String line : lines) {
      Map<String, Object> message = object(line);
      if (message.containsKey("captured")) {
        Map<String, Object> captured = map(message.get("captured"));
        if (bindings.get(((Number) captured.get("binding")).intValue()).equals(stateKey)) {
          selected.add(Map.of("doc", captured.get("doc")));
        }
      } else if (message.containsKey("checkpoint")) {
        Map<String, Object> updated =
            map(map(map(message.get("checkpoint")).get("state")).get("updated"));
        Object states = updated.get("bindingStateV1");
        boolean mine =
            (states instanceof Map<?, ?> m && m.containsKey(stateKey))
                || (updated.get("backfillRequests") instanceof Map<?, ?> r
                    && r.containsKey(stateKey));
        if (mine) {
          selected.add(Map.of("checkpoint", normalized(updated)));
        }
      }
    }
    assertTrue(selected.size() > 0 || !lines.isEmpty());
    return selected;
  }

  /**
   * Runs the twin on {@code request} with a manual clock until it is at rest, then stops it as Flow
   * would at a restart. The clock never advances, so every strategy either ends or goes to sleep on
   * it for good; the run reads the connector's log (a {@link LogWriter} of its own, at debug level)
   * to see when each binding's strategies have: see {@link #atRest}.
   */
  private static List<String> run(String request) {
    ManualClock clock = new ManualClock(Instant.parse("2026-11-23T23:15:08.596660Z"));
    Attached dispatch = new Attached(new ScenarioCapture_Dispatch());
    List<String> log = new CopyOnWriteArrayList<>();
    AtomicBoolean stopped = new AtomicBoolean();
    OutputStream lines =
        new LogLines(
            line -> {
              log.add(line);
              if (atRest(log) && stopped.compareAndSet(false, true)) {
                dispatch.stop("the test has seen the capture at rest");
              }
            });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LogWriter previous =
        Logging.install(new LogWriter(lines, LogFormat.JSON, Level.DEBUG, new Redactor()));
    int status;
    try {
      status =
          CompletableFuture.supplyAsync(
                  () ->
                      ConnectorRuntime.run(
                          dispatch,
                          RuntimeOptions.defaults()
                              .withSignalHandling(false)
                              .withClock(vertx -> clock),
                          new ByteArrayInputStream(
                              (request + "\n").getBytes(StandardCharsets.UTF_8)),
                          out))
              .get(1, TimeUnit.MINUTES); // only keeps a twin that never comes to rest from hanging
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError(
          "the twin did not finish: " + e + "; log:\n" + String.join("\n", log));
    } finally {
      Logging.install(previous);
    }
    assertEquals(0, status, () -> "exit status; log:\n" + String.join("\n", log));
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /**
   * Whether the log shows the capture at rest: the incremental task of {@code events}, which every
   * run has, has started, and every strategy that started has either completed (a backfill) or
   * logged a wait of positive length (an incremental task idle or waiting for its interval, a
   * snapshot task awaiting its next pass), from which a clock that never advances never wakes it.
   * (Which other strategies run depends on the run's bindings and state; the bindings are all
   * opened at once, so each has started before the incremental task of {@code events} first
   * sleeps.)
   */
  private static boolean atRest(List<String> log) {
    Map<String, Boolean> strategies = new LinkedHashMap<>(); // source -> at rest
    for (String line : log) {
      Map<String, Object> record = object(line);
      Map<String, Object> fields = map(record.get("fields"));
      String source = (String) fields.get("source");
      if (source == null || !source.startsWith("flow.capture.")) {
        continue;
      }
      Object sleepFor = fields.get("args") instanceof Map<?, ?> args ? args.get("sleep_for") : null;
      boolean sleeps =
          sleepFor instanceof String text && !text.startsWith("-") && !text.equals("PT0S");
      switch ((String) record.get("msg")) {
        case "completed backfill" -> strategies.put(source, true);
        case "incremental task is idle",
            "incremental task ran recently, sleeping until `interval` has fully elapsed",
            "awaiting next snapshot" ->
            strategies.merge(source, sleeps, Boolean::logicalOr);
        default -> strategies.putIfAbsent(source, false);
      }
    }
    return strategies.containsKey("flow.capture.events.incremental")
        && !strategies.containsValue(false);
  }

  /** A JSON value with wall-clock values and digests replaced by fixed text. */
  @SuppressWarnings("unchecked")
  private static Object normalized(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = (String) entry.getKey();
        boolean clock = key.equals("last_initialized") || key.equals("updated_at");
        copy.put(
            key,
            clock && entry.getValue() != null
                ? "<time>"
                : key.equals("last_digest") && entry.getValue() != null
                    ? "<digest>"
                    : normalized(entry.getValue()));
      }
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ScenarioTwinTest::normalized).toList();
    }
    return value;
  }

  private static String read(String file) {
    return Fixtures.read(file);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(String json) {
    return (Map<String, Object>) JsonValues.read(RawJson.parse(json));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
