package flowcdk.connector;

import static flowcdk.connector.Fixtures.doc;
import static flowcdk.connector.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A stop ends blocking fetches at once: a checkpoint waiting on back-pressure wakes, a registered
 * cancel action runs (once), nothing is committed afterwards, and the task ends without error. A
 * fetch stuck in the source is reported once.
 */
// "try": a registration is held by try-with-resources without being referenced in its body.
@SuppressWarnings("try")
class BlockingStopTest {

  private static final String BACKFILL = "{\"backfill\":{\"cutoff\":1}}";

  @Test
  void aFetchWaitingOnBackPressureEndsAtTheStopWithoutAnotherCheckpoint() throws Exception {
    try (Harness h = new Harness(1)) {
      AtomicInteger calls = new AtomicInteger();
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      Blocking.Page fetch =
          (page, cutoff, sink) -> {
            calls.incrementAndGet();
            sink.document(doc("{\"id\":0}"));
            try {
              sink.checkpoint(PageCursor.of("p2")); // stdout is stalled: waits on back-pressure
            } catch (RuntimeException e) {
              thrown.set(e);
              throw e;
            }
          };
      h.out.stall();
      h.start(root -> backfill(h, root, Blocking.pages(fetch)));
      assertTrue(h.out.stalled.await(Harness.TIMEOUT_SECONDS, TimeUnit.SECONDS));
      // Both the task's back-pressure future and the worker's wait are registered on the stop.
      h.until("the fetch waits on back-pressure", () -> registered(h) == 2);

      h.stop();
      h.awaitCapture(); // succeeds: a stop is not a failure

      assertInstanceOf(CaptureStoppedException.class, thrown.get());
      assertEquals(1, calls.get());
      assertEquals(0, registered(h));
      h.out.unstall();
      assertEquals(
          List.of(
              "{\"bindingStateV1\":{\"events\":{\"backfill\":{\"cutoff\":1,\"next_page\":\"p2\"}}}}"),
          h.checkpoints(),
          "the page committed before the stop, and no completion of the backfill");
      assertEquals(List.of(), h.logs("completed backfill"));
    }
  }

  @Test
  void aSwallowedStopIsNotTakenForTheLastPage() throws Exception {
    try (Harness h = new Harness()) {
      CountDownLatch inFetch = new CountDownLatch(1);
      CountDownLatch stopped = new CountDownLatch(1);
      Blocking.Page fetch =
          (page, cutoff, sink) -> {
            inFetch.countDown();
            stopped.await();
            try {
              sink.document(doc("{\"id\":0}"));
            } catch (CaptureStoppedException e) {
              // a careless fetch: swallows the stop and returns as if the page were the last
            }
          };
      h.start(root -> backfill(h, root, Blocking.pages(fetch)));
      assertTrue(inFetch.await(Harness.TIMEOUT_SECONDS, TimeUnit.SECONDS));
      h.stop();
      stopped.countDown();
      h.awaitDone();
      assertEquals(List.of(), h.checkpoints());
      assertEquals(List.of(), h.logs("completed backfill"));
    }
  }

  @Test
  void theCancelActionRunsOnceAtTheStopAndTheCancelledCallIsNoFailure() throws Exception {
    try (Harness h = new Harness()) {
      AtomicInteger cancels = new AtomicInteger();
      CountDownLatch queryRunning = new CountDownLatch(1);
      CountDownLatch cancelled = new CountDownLatch(1);
      AtomicInteger pages = new AtomicInteger();
      Blocking.Page fetch =
          (page, cutoff, sink) -> {
            if (pages.incrementAndGet() == 1) {
              // Registered and never closed: the fetch's end removes it.
              sink.onStop(() -> cancels.addAndGet(100));
              sink.document(doc("{\"id\":0}"));
              sink.checkpoint(PageCursor.of("p2"));
              return;
            }
            try (StopSignal.Registration cancel =
                sink.onStop(
                    () -> {
                      cancels.incrementAndGet();
                      cancelled.countDown();
                    })) {
              queryRunning.countDown();
              cancelled.await(); // the "query", until cancelled
              throw new IllegalStateException("ERROR: canceling statement due to user request");
            }
          };
      h.start(root -> backfill(h, root, Blocking.pages(fetch)));
      assertTrue(queryRunning.await(Harness.TIMEOUT_SECONDS, TimeUnit.SECONDS));
      assertEquals(1, registered(h), "the first page's registration was removed");

      h.stop();
      h.awaitDone(); // the cancelled query's failure is taken as the stop

      assertEquals(1, cancels.get());
      assertEquals(0, registered(h));
      assertEquals(
          List.of(
              "{\"bindingStateV1\":{\"events\":{\"backfill\":{\"cutoff\":1,\"next_page\":\"p2\"}}}}"),
          h.checkpoints());
    }
  }

  @Test
  void incrementalAndSnapshotFetchesEndAtTheStopWithoutCommitting() throws Exception {
    try (Harness h = new Harness()) {
      CountDownLatch inFetches = new CountDownLatch(2);
      CountDownLatch stopped = new CountDownLatch(1);
      Blocking.Changes changes =
          (cursor, sink) -> {
            inFetches.countDown();
            stopped.await();
            sink.document(doc("{\"id\":1}"));
            sink.checkpoint(LogCursor.offset(11));
          };
      Blocking.Snapshot snapshot =
          sink -> {
            inFetches.countDown();
            stopped.await();
            sink.document(doc("{\"code\":0}"));
          };
      h.start(
          root -> {
            Strategies.forBinding(
                    h.binding(
                        root,
                        0,
                        "events",
                        "{\"name\":\"events\"}",
                        List.of("/id"),
                        state("{\"inc\":{\"cursor\":10}}")))
                .incremental(Blocking.changes(changes))
                .open();
            return Strategies.forBinding(
                    h.binding(
                        root,
                        1,
                        "lookup",
                        "{\"name\":\"lookup\",\"interval\":\"PT1H\"}",
                        List.of("/_meta/row_id"),
                        state("{}")))
                .snapshot(Blocking.snapshot(snapshot))
                .open();
          });
      assertTrue(inFetches.await(Harness.TIMEOUT_SECONDS, TimeUnit.SECONDS));
      h.stop();
      stopped.countDown();
      h.awaitDone();
      assertEquals(List.of(), h.stdout());
    }
  }

  @Test
  void aStuckFetchIsReportedOnceNamingItsTask() throws Exception {
    try (Harness h = new Harness()) {
      h.stuckCallWarning = Duration.ofMillis(10);
      CountDownLatch release = new CountDownLatch(1);
      Blocking.Page fetch =
          (page, cutoff, sink) -> {
            release.await();
            sink.document(doc("{\"id\":0}"));
          };
      h.start(root -> backfill(h, root, Blocking.pages(fetch)));
      h.until("the stuck-call warning", () -> !stuckWarnings(h).isEmpty());
      release.countDown();
      h.awaitDone();
      List<Map<String, Object>> warnings = stuckWarnings(h);
      assertEquals(1, warnings.size(), h.logs::toString);
      String msg = (String) warnings.get(0).get("msg");
      assertTrue(msg.startsWith("Blocking.Page fetch of task capture.events.backfill"), msg);
      assertEquals("WARNING", warnings.get(0).get("level"));
    }
  }

  private static List<Map<String, Object>> stuckWarnings(Harness h) {
    return h.logLines().stream()
        .filter(l -> String.valueOf(l.get("msg")).contains("has been running for"))
        .toList();
  }

  private static int registered(Harness h) {
    return h.scope.stopping().registeredActions();
  }

  private static io.vertx.core.Future<?> backfill(
      Harness h, flowcdk.runtime.task.Task root, Fetch.Page fetch) {
    return Strategies.forBinding(
            h.binding(root, 0, "events", "{\"name\":\"events\"}", List.of("/id"), state(BACKFILL)))
        .backfill(fetch)
        .open();
  }
}
