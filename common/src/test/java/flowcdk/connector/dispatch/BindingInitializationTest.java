package flowcdk.connector.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.twins.Fixtures;
import flowcdk.connector.KeyRange;
import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.Incremental;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.ResourceState;
import flowcdk.connector.state.Slot;
import flowcdk.connector.state.StateJson;
import flowcdk.runtime.json.MergePatch;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Binding initialization at Open (docs/strategies.md#binding-initialization), run in-process on a
 * {@code ManualClock}.
 */
class BindingInitializationTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:30.500Z");
  private static final String T = "2024-05-01T12:00:30.500000Z";
  private static final Instant CUTOFF = Instant.parse("2024-01-01T00:10:00Z");

  /**
   * The fixture connector's {@code events}: inc cursor = backfill cutoff = 00:10, next_page null.
   */
  private static ResourceState events(Instant now) {
    return new ResourceState(
        Slot.of(new Incremental(LogCursor.at(CUTOFF))),
        Slot.of(new Backfill(LogCursor.at(CUTOFF), PageCursor.NONE)),
        null,
        null,
        null);
  }

  private static ResourceState empty(Instant now) {
    return ResourceState.EMPTY;
  }

  private static ResourceState backfillOnly(Instant now) {
    return ResourceState.EMPTY.withBackfill(
        Slot.of(new Backfill(LogCursor.at(CUTOFF), PageCursor.NONE)));
  }

  private static Map<String, Function<Instant, ResourceState>> resources(Object... pairs) {
    Map<String, Function<Instant, ResourceState>> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      Function<Instant, ResourceState> f = (Function<Instant, ResourceState>) pairs[i + 1];
      map.put((String) pairs[i], f);
    }
    return map;
  }

  private static String checkpoint(String updated) {
    return "{\"checkpoint\":{\"state\":{\"updated\":" + updated + ",\"mergePatch\":true}}}";
  }

  private static String named(String name) {
    return "{\"name\":\"" + name + "\"}";
  }

  private static String scheduled(String name, String schedule) {
    return "{\"name\":\"" + name + "\",\"schedule\":\"" + schedule + "\"}";
  }

  /** Flow's reduction of the run's checkpoints onto {@code state}. */
  private static String reduce(String state, List<String> lines) {
    RawJson reduced = RawJson.parse(state);
    for (String line : lines) {
      if (line.startsWith("{\"checkpoint\":")) {
        String updated =
            line.substring(
                "{\"checkpoint\":{\"state\":{\"updated\":".length(),
                line.length() - ",\"mergePatch\":true}}}".length());
        reduced = MergePatch.apply(reduced, RawJson.parse(updated));
      }
    }
    return reduced.toString();
  }

  @Test
  void newBindingIsInitializedFromItsInitialState() {
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::events),
            false);
    TestCapture.Result result =
        capture.run(TestCapture.open("{}", TestCapture.binding("events", named("events"))));
    String init =
        "{\"inc\":{\"cursor\":\"2024-01-01T00:10:00Z\"},\"backfill\":{\"cutoff\":\"2024-01-01T00:10:00Z\","
            + "\"next_page\":null},\"last_initialized\":\""
            + T
            + "\"}";
    assertEquals(
        List.of(
            "{\"opened\":{\"explicitAcknowledgements\":false}}",
            checkpoint("{\"bindingStateV1\":{\"events\":" + init + "}}")),
        result.lines());
    assertEquals(0, result.status());
    assertEquals(init, StateJson.write(capture.opened.get("events")).toString());
    // The runtime may return a moment before the root task's listeners ran on the event loop.
    awaitNoDeadlines(capture);
  }

  /**
   * A shard whose key range holds the state key of events but not of lookup (docs/scale-out.md):
   * only events is initialized and opened, and only its backfill request is cleared.
   */
  @Test
  void aShardInitializesOnlyTheBindingsItClaims() {
    long events = KeyRange.hash("events");
    assertFalse(new KeyRange(events, events).claims("lookup"));
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::events,
                "lookup", (Function<Instant, ResourceState>) BindingInitializationTest::empty),
            false);
    String request =
        TestCapture.open(
                "{\"backfillRequests\":{\"events\":true,\"lookup\":true}}",
                TestCapture.binding("events", named("events")),
                TestCapture.binding("lookup", named("lookup")))
            .replace(
                "\"version\":\"v\"",
                "\"version\":\"v\",\"range\":{\"keyBegin\":"
                    + events
                    + ",\"keyEnd\":"
                    + events
                    + "}");
    TestCapture.Result result = capture.run(request);
    assertEquals(0, result.status());
    assertEquals(List.of("events"), List.copyOf(capture.opened.keySet()));
    String output = String.join("\n", result.lines());
    assertFalse(output.contains("lookup"), output);
    assertTrue(
        output.contains(
            "{\"bindingStateV1\":{\"events\":null},\"backfillRequests\":{\"events\":null}}"),
        output);
    awaitNoDeadlines(capture);
  }

  /** The recorded Python run 01-fresh: initialization checkpoints per binding, in binding order. */
  @Test
  void matchesTheRecordedPythonRunModuloLastInitialized() throws IOException {
    List<String> python = Fixtures.read("01-fresh.stdout.jsonl").lines().toList();
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::events,
                "lookup", (Function<Instant, ResourceState>) BindingInitializationTest::empty,
                "parents",
                    (Function<Instant, ResourceState>) BindingInitializationTest::backfillOnly,
                "children", (Function<Instant, ResourceState>) BindingInitializationTest::empty),
            false);
    TestCapture.Result result =
        capture.run(
            TestCapture.open(
                "{}",
                TestCapture.binding("events", "{\"name\":\"events\",\"interval\":\"PT1H\"}"),
                TestCapture.binding("lookup", "{\"name\":\"lookup\",\"interval\":\"PT1H\"}"),
                TestCapture.binding("parents", named("parents")),
                TestCapture.binding("children", named("children"))));
    List<String> ours = result.lines().stream().map(BindingInitializationTest::normalize).toList();
    List<String> theirs = new ArrayList<>();
    for (String line : python) {
      if (line.startsWith("{\"opened\"") || line.contains("\"last_initialized\"")) {
        theirs.add(normalize(line));
      }
    }
    assertEquals(theirs, ours);
    assertEquals(
        python.get(1).replaceAll("\"last_initialized\":\"[^\"]*\"", ""),
        result.lines().get(1).replaceAll("\"last_initialized\":\"[^\"]*\"", ""));
  }

  private static String normalize(String line) {
    return line.replaceAll("\"last_initialized\":\"[^\"]*\"", "\"last_initialized\":\"T\"");
  }

  @Test
  void missingLastInitializedIsFilledInWithEveryParsedField() {
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::events),
            false);
    String stored =
        "{\"inc\":{\"cursor\":\"2024-03-01T00:00:00Z\"},\"backfill\":{\"cutoff\":\"2024-02-01T00:00:00Z\","
            + "\"next_page\":{\"a\":1}},\"snapshot\":{\"updated_at\":\"2024-03-01T00:00:00Z\",\"last_count\":2,\"last_digest\":\"ab\"}}";
    TestCapture.Result result =
        capture.run(
            TestCapture.open(
                "{\"bindingStateV1\":{\"events\":" + stored + "}}",
                TestCapture.binding("events", named("events"))));
    String filled =
        stored.substring(0, stored.length() - 1) + ",\"last_initialized\":\"" + T + "\"}";
    assertEquals(
        List.of(
            "{\"opened\":{\"explicitAcknowledgements\":false}}",
            checkpoint("{\"bindingStateV1\":{\"events\":" + filled + "}}")),
        result.lines());
    assertEquals(filled, StateJson.write(capture.opened.get("events")).toString());
  }

  @Test
  void existingInitializedStateIsLeftAlone() {
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::events),
            false);
    String stored = "{\"inc\":{\"cursor\":7},\"last_initialized\":\"2024-04-01T00:00:00Z\"}";
    TestCapture.Result result =
        capture.run(
            TestCapture.open(
                "{\"bindingStateV1\":{\"events\":" + stored + "}}",
                TestCapture.binding("events", named("events"))));
    assertEquals(List.of("{\"opened\":{\"explicitAcknowledgements\":false}}"), result.lines());
    assertEquals(stored, StateJson.write(capture.opened.get("events")).toString());
  }

  /** Step A, and the recorded Python run 03-backfill-request. */
  @Test
  void backfillRequestsAreClearedThenTheBindingIsReinitialized() throws IOException {
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::events),
            false);
    String state =
        "{\"bindingStateV1\":{\"events\":{\"inc\":{\"cursor\":\"2024-01-01T00:24:00Z\"},"
            + "\"last_initialized\":\"2024-01-01T00:00:00Z\"},\"gone\":{\"inc\":{\"cursor\":1}}},"
            + "\"backfillRequests\":{\"events\":true,\"gone\":true}}";
    TestCapture.Result result =
        capture.run(TestCapture.open(state, TestCapture.binding("events", named("events"))));
    String init =
        "{\"inc\":{\"cursor\":\"2024-01-01T00:10:00Z\"},\"backfill\":{\"cutoff\":\"2024-01-01T00:10:00Z\","
            + "\"next_page\":null},\"last_initialized\":\""
            + T
            + "\"}";
    assertEquals(
        List.of(
            "{\"opened\":{\"explicitAcknowledgements\":false}}",
            checkpoint(
                "{\"bindingStateV1\":{\"events\":null},\"backfillRequests\":{\"events\":null}}"),
            checkpoint("{\"bindingStateV1\":{\"gone\":null},\"backfillRequests\":{\"gone\":null}}"),
            checkpoint("{\"bindingStateV1\":{\"events\":" + init + "}}")),
        result.lines());
    // Flow's reduction drops the explicit next_page null (RFC 7396); "gone" is deleted.
    assertEquals(
        "{\"bindingStateV1\":{\"events\":"
            + init.replace(",\"next_page\":null", "")
            + "},\"backfillRequests\":{}}",
        reduce(state, result.lines()));

    List<String> python = Fixtures.read("03-backfill-request.stdout.jsonl").lines().toList();
    assertEquals(
        python.subList(0, 3).stream().map(BindingInitializationTest::normalize).toList(),
        List.of(
            normalize(result.lines().get(0)),
            normalize(result.lines().get(1)),
            normalize(result.lines().get(3))));
  }

  /**
   * The note of step A: the in-memory state is not cleared, so a missing last_initialized is still
   * filled in.
   */
  @Test
  void backfillRequestDoesNotClearTheInMemoryState() {
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "lookup", (Function<Instant, ResourceState>) BindingInitializationTest::empty),
            false);
    String state =
        "{\"bindingStateV1\":{\"lookup\":{\"inc\":{\"cursor\":3}}},\"backfillRequests\":{\"lookup\":true}}";
    TestCapture.Result result =
        capture.run(TestCapture.open(state, TestCapture.binding("lookup", named("lookup"))));
    assertEquals(
        List.of(
            "{\"opened\":{\"explicitAcknowledgements\":false}}",
            checkpoint(
                "{\"bindingStateV1\":{\"lookup\":null},\"backfillRequests\":{\"lookup\":null}}"),
            checkpoint(
                "{\"bindingStateV1\":{\"lookup\":{\"inc\":{\"cursor\":3},\"last_initialized\":\""
                    + T
                    + "\"}}}"),
            checkpoint("{\"bindingStateV1\":{\"lookup\":{\"last_initialized\":\"" + T + "\"}}}")),
        result.lines());
    // Merge patch consequence, as in Python: the fill-in restored the old inc in the persisted
    // state.
    assertEquals(
        "{\"bindingStateV1\":{\"lookup\":{\"inc\":{\"cursor\":3},\"last_initialized\":\""
            + T
            + "\"}},"
            + "\"backfillRequests\":{}}",
        reduce(state, result.lines()));
    assertEquals(
        "{\"last_initialized\":\"" + T + "\"}",
        StateJson.write(capture.opened.get("lookup")).toString());
  }

  /**
   * A missed fire with a datetime incremental cursor: inc is kept, backfill.cutoff = the cursor.
   */
  @Test
  void missedScheduleWithMinCursorKeepsIncrementalProgress() {
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::events),
            true);
    String stored =
        "{\"inc\":{\"cursor\":\"2024-05-01T11:40:00Z\"},\"last_initialized\":\"2024-05-01T10:30:00Z\"}";
    CompletableFuture<TestCapture.Result> run =
        CompletableFuture.supplyAsync(
            () ->
                capture.run(
                    TestCapture.open(
                        "{\"bindingStateV1\":{\"events\":" + stored + "}}",
                        TestCapture.binding("events", scheduled("events", "0 * * * *")))));
    awaitDeadlines(capture, 3);
    assertEquals(
        List.of(
            Instant.parse("2024-05-01T13:00:00Z"),
            NOW.plus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(365))),
        capture.clock.pendingDeadlines());
    capture.advanceTo(Instant.parse("2024-05-01T13:00:00Z"));
    TestCapture.Result result = run.join();
    String init =
        "{\"inc\":{\"cursor\":\"2024-05-01T11:40:00Z\"},\"backfill\":{\"cutoff\":\"2024-05-01T11:40:00Z\","
            + "\"next_page\":null},\"last_initialized\":\""
            + T
            + "\",\"is_connector_initiated\":true}";
    assertEquals(
        List.of(
            "{\"opened\":{\"explicitAcknowledgements\":false}}",
            checkpoint("{\"bindingStateV1\":{\"events\":" + init + "}}")),
        result.lines());
    assertEquals(init, StateJson.write(capture.opened.get("events")).toString());
    assertEquals(
        "scheduled re-initialization at 2024-05-01T13:00:00Z", capture.stopReasons.get("events"));
  }

  @Test
  void missedScheduleWithSubtaskCursorsUsesTheLeastDatetime() {
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::events),
            false);
    String stored =
        "{\"inc\":{\"a\":{\"cursor\":\"2024-05-01T11:40:00Z\"},\"b\":{\"cursor\":\"2024-05-01T09:00:00Z\"},"
            + "\"c\":null,\"d\":{\"cursor\":5}},\"last_initialized\":\"2024-05-01T10:30:00Z\"}";
    TestCapture.Result result =
        capture.run(
            TestCapture.open(
                "{\"bindingStateV1\":{\"events\":" + stored + "}}",
                TestCapture.binding("events", scheduled("events", "0 * * * *"))));
    assertEquals(
        checkpoint(
            "{\"bindingStateV1\":{\"events\":{\"inc\":{\"a\":{\"cursor\":\"2024-05-01T11:40:00Z\"},"
                + "\"b\":{\"cursor\":\"2024-05-01T09:00:00Z\"},\"c\":null,\"d\":{\"cursor\":5}},\"backfill\":{\"cutoff\":"
                + "\"2024-05-01T09:00:00Z\",\"next_page\":null},\"last_initialized\":\""
                + T
                + "\",\"is_connector_initiated\":true}}}"),
        result.lines().get(1));
  }

  /**
   * Without a datetime cursor (or without a datetime initial cutoff) the state is reset in full.
   */
  @Test
  void missedScheduleWithoutMinCursorResetsTheState() {
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::events),
            false);
    String stored =
        "{\"inc\":{\"cursor\":99},\"snapshot\":{\"updated_at\":\"2024-03-01T00:00:00Z\",\"last_count\":2,"
            + "\"last_digest\":\"ab\"},\"last_initialized\":\"2024-05-01T10:30:00Z\"}";
    String state = "{\"bindingStateV1\":{\"events\":" + stored + "}}";
    TestCapture.Result result =
        capture.run(
            TestCapture.open(
                state, TestCapture.binding("events", scheduled("events", "0 * * * *"))));
    String init =
        "{\"inc\":{\"cursor\":\"2024-01-01T00:10:00Z\"},\"backfill\":{\"cutoff\":\"2024-01-01T00:10:00Z\","
            + "\"next_page\":null},\"last_initialized\":\""
            + T
            + "\",\"is_connector_initiated\":true}";
    assertEquals(
        List.of(
            "{\"opened\":{\"explicitAcknowledgements\":false}}",
            checkpoint("{\"bindingStateV1\":{\"events\":" + init + "}}")),
        result.lines());
    // Merge-patch consequence: the snapshot, not restated by the initial state, survives in the
    // persisted copy.
    assertTrue(
        reduce(state, result.lines()).contains("\"snapshot\":{\"updated_at\""),
        reduce(state, result.lines()));

    TestCapture offsets =
        new TestCapture(
            NOW,
            resources(
                "events",
                (Function<Instant, ResourceState>)
                    now ->
                        new ResourceState(
                            Slot.of(new Incremental(LogCursor.offset(0))),
                            Slot.of(new Backfill(LogCursor.offset(0), null)),
                            null,
                            null,
                            null)),
            false);
    String datetimeInc =
        "{\"inc\":{\"cursor\":\"2024-05-01T11:40:00Z\"},\"last_initialized\":\"2024-05-01T10:30:00Z\"}";
    TestCapture.Result reset =
        offsets.run(
            TestCapture.open(
                "{\"bindingStateV1\":{\"events\":" + datetimeInc + "}}",
                TestCapture.binding("events", scheduled("events", "0 * * * *"))));
    assertEquals(
        checkpoint(
            "{\"bindingStateV1\":{\"events\":{\"inc\":{\"cursor\":0},\"backfill\":{\"cutoff\":0},"
                + "\"last_initialized\":\""
                + T
                + "\",\"is_connector_initiated\":true}}}"),
        reset.lines().get(1));
  }

  @Test
  void noMissedFireNoEmptyScheduleAndBackfillInProgressDoNotReinitialize() {
    // Last initialized in the current minute: the next candidate (12:01) is past NOW and does not
    // match.
    String recent = "{\"inc\":{\"cursor\":1},\"last_initialized\":\"2024-05-01T12:00:05Z\"}";
    String inProgress =
        "{\"inc\":{\"cursor\":1},\"backfill\":{\"cutoff\":2},\"last_initialized\":\"2024-05-01T00:00:00Z\"}";
    String longAgo = "{\"inc\":{\"cursor\":1},\"last_initialized\":\"2020-01-01T00:00:00Z\"}";
    for (String[] c :
        new String[][] {{recent, "0 * * * *"}, {inProgress, "* * * * *"}, {longAgo, ""}}) {
      TestCapture capture =
          new TestCapture(
              NOW,
              resources(
                  "events", (Function<Instant, ResourceState>) BindingInitializationTest::events),
              false);
      TestCapture.Result result =
          capture.run(
              TestCapture.open(
                  "{\"bindingStateV1\":{\"events\":" + c[0] + "}}",
                  TestCapture.binding("events", scheduled("events", c[1]))));
      assertEquals(
          List.of("{\"opened\":{\"explicitAcknowledgements\":false}}"),
          result.lines(),
          c[0] + " " + c[1]);
      assertEquals(c[0], StateJson.write(capture.opened.get("events")).toString());
    }
  }

  /** The one-minute-after-end quirk at Open: a fire at 12:01 counts as missed at 12:00:30. */
  @Test
  void aFireJustAfterNowCountsAsMissed() {
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::events),
            false);
    String recent = "{\"inc\":{\"cursor\":1},\"last_initialized\":\"2024-05-01T12:00:05Z\"}";
    TestCapture.Result result =
        capture.run(
            TestCapture.open(
                "{\"bindingStateV1\":{\"events\":" + recent + "}}",
                TestCapture.binding("events", scheduled("events", "1 12 * * *"))));
    assertEquals(2, result.lines().size());
    assertTrue(
        result.lines().get(1).contains("\"is_connector_initiated\":true"), result.lines().get(1));
  }

  @Test
  void soonestFutureFireAcrossBindingsStopsTheCapture() {
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::empty,
                "lookup", (Function<Instant, ResourceState>) BindingInitializationTest::empty,
                "fresh", (Function<Instant, ResourceState>) BindingInitializationTest::empty),
            true);
    String state =
        "{\"bindingStateV1\":{\"events\":{\"last_initialized\":\"2024-05-01T12:00:00Z\"},"
            + "\"lookup\":{\"last_initialized\":\"2024-05-01T12:00:00Z\"}}}";
    CompletableFuture<TestCapture.Result> run =
        CompletableFuture.supplyAsync(
            () ->
                capture.run(
                    TestCapture.open(
                        state,
                        TestCapture.binding("events", scheduled("events", "0 * * * *")),
                        TestCapture.binding("lookup", scheduled("lookup", "30 12 * * *")),
                        // A new scheduled binding does not contribute to the soonest fire.
                        TestCapture.binding("fresh", scheduled("fresh", "15 12 * * *")))));
    awaitDeadlines(capture, 5);
    Instant soonest = Instant.parse("2024-05-01T12:30:00Z");
    assertEquals(soonest, capture.clock.pendingDeadlines().get(0));
    capture.advanceTo(Instant.parse("2024-05-01T12:29:59Z"));
    assertTrue(capture.stopReasons.isEmpty());
    capture.advanceTo(soonest);
    TestCapture.Result result = run.join();
    assertEquals(0, result.status());
    assertEquals(
        List.of(
            "{\"opened\":{\"explicitAcknowledgements\":false}}",
            checkpoint("{\"bindingStateV1\":{\"fresh\":{\"last_initialized\":\"" + T + "\"}}}")),
        result.lines());
    assertEquals(
        "scheduled re-initialization at 2024-05-01T12:30:00Z", capture.stopReasons.get("events"));
    awaitNoDeadlines(capture);
  }

  @Test
  void periodicRestartStopsTheCaptureAfter24Hours() {
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::empty),
            true);
    CompletableFuture<TestCapture.Result> run =
        CompletableFuture.supplyAsync(
            () ->
                capture.run(
                    TestCapture.open("{}", TestCapture.binding("events", named("events")))));
    awaitDeadlines(capture, 2);
    assertEquals(
        List.of(NOW.plus(Duration.ofHours(24)), NOW.plus(Duration.ofDays(365))),
        capture.clock.pendingDeadlines());
    capture.advanceTo(NOW.plus(Duration.ofHours(24)).minusMillis(1));
    assertTrue(capture.stopReasons.isEmpty());
    capture.advanceTo(NOW.plus(Duration.ofHours(24)));
    assertEquals(0, run.join().status());
    assertEquals("periodic restart after 24 hours", capture.stopReasons.get("events"));
  }

  @Test
  void badScheduleFailsOpenBeforeOpened() {
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events", (Function<Instant, ResourceState>) BindingInitializationTest::events),
            false);
    TestCapture.Result result =
        capture.run(
            TestCapture.open("{}", TestCapture.binding("events", scheduled("events", "* * * *"))));
    assertEquals(1, result.status());
    assertEquals(List.of(), result.lines());
  }

  /**
   * Issue 11: cursors in years outside 0001-9999 (a PostgreSQL {@code 0050-01-01 BC} and a year
   * 12000 timestamp) were checkpointed in java.time's expanded form, and every later Open failed
   * with "the connector state Flow sent is not in the CDK's shape". The state now resumes.
   */
  @Test
  void cursorsBeyondRfc3339YearsResumeAtTheNextOpen() {
    Instant bc = Instant.parse("-0099-01-01T00:00:10Z");
    Instant future = Instant.parse("+12000-01-01T00:00:00.000000001Z");
    ResourceState initial =
        new ResourceState(
            Slot.of(new Incremental(LogCursor.at(future))),
            Slot.of(new Backfill(LogCursor.at(bc), PageCursor.NONE)),
            null,
            null,
            null);
    TestCapture first =
        new TestCapture(
            NOW, resources("events", (Function<Instant, ResourceState>) now -> initial), false);
    TestCapture.Result run =
        first.run(TestCapture.open("{}", TestCapture.binding("events", named("events"))));
    assertEquals(0, run.status());
    String state = reduce("{}", run.lines());
    assertEquals(
        "{\"bindingStateV1\":{\"events\":{\"inc\":{\"cursor\":\"+12000-01-01T00:00:00.000000001Z\"},"
            + "\"backfill\":{\"cutoff\":\"-0099-01-01T00:00:10Z\"}," // the reduction drops null
            + "\"last_initialized\":\""
            + T
            + "\"}}}",
        state);

    TestCapture second =
        new TestCapture(
            NOW, resources("events", (Function<Instant, ResourceState>) now -> initial), false);
    TestCapture.Result resumed =
        second.run(TestCapture.open(state, TestCapture.binding("events", named("events"))));
    assertEquals(0, resumed.status());
    assertEquals(List.of("{\"opened\":{\"explicitAcknowledgements\":false}}"), resumed.lines());
    assertEquals(
        initial
            .withBackfill(Slot.of(new Backfill(LogCursor.at(bc), null)))
            .withLastInitialized(NOW),
        second.opened.get("events"));
    awaitNoDeadlines(second);
  }

  /** An initial state the connector state could not read back is refused: nothing checkpointed. */
  @Test
  void anInitialStateThatCannotBeReadBackIsNotCheckpointed() {
    PageCursor unreadable =
        new PageCursor(
            flowcdk.runtime.json.JsonValues.toRawJson(Map.of("board\uDC00", Boolean.TRUE)));
    TestCapture capture =
        new TestCapture(
            NOW,
            resources(
                "events",
                (Function<Instant, ResourceState>)
                    now ->
                        ResourceState.EMPTY.withBackfill(
                            Slot.of(new Backfill(LogCursor.at(CUTOFF), unreadable)))),
            false);
    TestCapture.Result result =
        capture.run(TestCapture.open("{}", TestCapture.binding("events", named("events"))));
    assertEquals(1, result.status());
    assertTrue(
        result.lines().stream().noneMatch(line -> line.startsWith("{\"checkpoint\"")),
        result.lines()::toString);
    assertEquals(null, capture.opened.get("events"));
  }

  @Test
  void zeroBindingsFinishAtOnce() {
    TestCapture capture = new TestCapture(NOW, resources(), false);
    TestCapture.Result result =
        capture.run(TestCapture.open("{\"backfillRequests\":{\"x\":true}}"));
    assertEquals(0, result.status());
    assertEquals(List.of("{\"opened\":{\"explicitAcknowledgements\":false}}"), result.lines());
  }

  /** Waits for every timer of the capture to be cancelled (fails after 10 s). */
  private static void awaitNoDeadlines(TestCapture capture) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!capture.clock.pendingDeadlines().isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timers still armed after the capture ended: " + capture.clock.pendingDeadlines());
      }
      Thread.onSpinWait();
    }
  }

  private static void awaitDeadlines(TestCapture capture, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (capture.clock.pendingDeadlines().size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timers never armed: " + capture.clock.pendingDeadlines());
      }
      Thread.onSpinWait();
    }
  }
}
