package flowcdk.connector;

import static flowcdk.connector.Fixtures.doc;
import static flowcdk.connector.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import io.vertx.core.Context;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Blocking fetch functions run on a worker and wait for checkpoints there. */
class BlockingTest {

  private Harness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new Harness();
  }

  @AfterEach
  void tearDown() throws Exception {
    h.close();
  }

  @Test
  void blockingChangesRunOffTheEventLoop() throws Exception {
    AtomicBoolean onEventLoop = new AtomicBoolean();
    AtomicInteger calls = new AtomicInteger();
    Blocking.Changes fetch =
        (cursor, sink) -> {
          onEventLoop.compareAndSet(false, Context.isOnEventLoopThread());
          if (calls.incrementAndGet() == 1) {
            sink.document(doc("{\"id\":1}"));
            sink.checkpoint(LogCursor.offset(11)); // waits on this worker thread
          }
        };
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        0,
                        "events",
                        "{\"name\":\"events\",\"interval\":\"PT1H\"}",
                        List.of("/id"),
                        state("{\"inc\":{\"cursor\":10}}")))
                .incremental(Blocking.changes(fetch))
                .open());
    h.sleepers(1);
    h.stop();
    h.awaitDone();
    assertFalse(onEventLoop.get());
    assertEquals(
        List.of(
            "{\"captured\":{\"binding\":0,\"doc\":{\"id\":1}}}",
            "{\"checkpoint\":{\"state\":{\"updated\":{\"bindingStateV1\":{\"events\":{\"inc\":{\"cursor\":11}}}},"
                + "\"mergePatch\":true}}}"),
        h.stdout());
  }

  @Test
  void aBlockingCursorErrorIsThrownToTheFetchAndFailsTheTask() throws Exception {
    Blocking.Changes fetch = (cursor, sink) -> sink.checkpoint(LogCursor.offset(3));
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        0,
                        "events",
                        "{\"name\":\"events\"}",
                        List.of("/id"),
                        state("{\"inc\":{\"cursor\":10}}")))
                .incremental(Blocking.changes(fetch))
                .open());
    assertEquals(
        "Implementation error: Fetch.Changes checkpointed LogCursor 3 which is not greater than the last"
            + " LogCursor 10",
        Harness.message(h.awaitFailure()));
  }

  @Test
  void blockingPagesBackfill() throws Exception {
    Blocking.Page fetch =
        (page, cutoff, sink) -> {
          if (page.isNone()) {
            sink.document(doc("{\"id\":0}"));
            sink.checkpoint(PageCursor.of("p2"));
          } else {
            sink.document(doc("{\"id\":1}"));
          }
        };
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        0,
                        "events",
                        "{\"name\":\"events\"}",
                        List.of("/id"),
                        state("{\"backfill\":{\"cutoff\":1}}")))
                .backfill(Blocking.pages(fetch))
                .open());
    h.awaitDone();
    assertEquals(
        List.of(
            "{\"bindingStateV1\":{\"events\":{\"backfill\":{\"cutoff\":1,\"next_page\":\"p2\"}}}}",
            "{\"bindingStateV1\":{\"events\":{\"backfill\":null}}}"),
        h.checkpoints());
    assertEquals(4, h.stdout().size());
  }

  @Test
  void differentBindingsFetchInParallel() throws Exception {
    // Each fetch waits until the other one has started: run one at a time, they would never finish.
    CountDownLatch bothStarted = new CountDownLatch(2);
    Blocking.Page fetch =
        (page, cutoff, sink) -> {
          bothStarted.countDown();
          if (!bothStarted.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException(
                "the other binding's fetch did not start: blocking fetches ran serially");
          }
          sink.document(doc("{\"id\":0}"));
        };
    h.start(
        root -> {
          Strategies.forBinding(
                  h.binding(
                      root,
                      0,
                      "a",
                      "{\"name\":\"a\"}",
                      List.of("/id"),
                      state("{\"backfill\":{\"cutoff\":1}}")))
              .backfill(Blocking.pages(fetch))
              .open();
          return Strategies.forBinding(
                  h.binding(
                      root,
                      1,
                      "b",
                      "{\"name\":\"b\"}",
                      List.of("/id"),
                      state("{\"backfill\":{\"cutoff\":1}}")))
              .backfill(Blocking.pages(fetch))
              .open();
        });
    h.awaitDone();
    assertEquals(4, h.stdout().size());
  }

  @Test
  void blockingSnapshot() throws Exception {
    Blocking.Snapshot fetch = sink -> sink.document(doc("{\"code\":0}"));
    h.start(
        root ->
            Strategies.forBinding(
                    h.binding(
                        root,
                        0,
                        "lookup",
                        "{\"name\":\"lookup\",\"interval\":\"PT1H\"}",
                        List.of("/_meta/row_id"),
                        state("{}")))
                .snapshot(Blocking.snapshot(fetch))
                .open());
    h.sleepers(1);
    h.stop();
    h.awaitDone();
    assertEquals(
        "{\"captured\":{\"binding\":0,\"doc\":{\"_meta\":{\"op\":\"c\",\"row_id\":0},\"code\":0}}}",
        h.stdout().get(0));
  }
}
