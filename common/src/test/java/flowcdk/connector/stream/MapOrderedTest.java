package flowcdk.connector.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.stream.HandFed;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Ordered bounded concurrency, driven by promises completed by hand. */
class MapOrderedTest {

  private final List<Integer> started = new ArrayList<>();
  private final List<Promise<String>> calls = new ArrayList<>();
  private final List<String> results = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();
  private boolean ended;

  /** A call that completes when the test says. */
  private Future<String> byHand(Integer input) {
    started.add(input);
    Promise<String> call = Promise.promise();
    calls.add(call);
    return call.future();
  }

  private <T> ReadStream<T> consume(ReadStream<T> stream, List<T> into) {
    stream.endHandler(v -> ended = true);
    stream.exceptionHandler(failures::add);
    return stream.handler(into::add);
  }

  private static Iterator<Integer> upTo(int count) {
    return IntStream.range(0, count).iterator();
  }

  @Test
  void resultsComeInInputOrderWithAtMostNCallsRunning() {
    consume(Streams.mapOrdered(upTo(5), 2, this::byHand), results);
    assertEquals(List.of(0, 1), started);
    calls.get(1).complete("r1");
    assertEquals(List.of(), results, "r1 waits for r0");
    assertEquals(List.of(0, 1), started, "a held result takes room");
    calls.get(0).complete("r0");
    assertEquals(List.of("r0", "r1"), results);
    assertEquals(List.of(0, 1, 2, 3), started);
    calls.get(3).complete("r3");
    calls.get(2).complete(null);
    assertEquals(Arrays.asList("r0", "r1", null, "r3"), results, "a null result is a result");
    assertFalse(ended);
    calls.get(4).complete("r4");
    assertEquals(Arrays.asList("r0", "r1", null, "r3", "r4"), results);
    assertTrue(ended);
    assertEquals(List.of(), failures);
  }

  @Test
  void aSlowConsumerHoldsTheWorkBack() {
    ReadStream<String> out = Streams.mapOrdered(upTo(4), 2, this::byHand);
    consume(out.pause(), results);
    assertEquals(List.of(0, 1), started, "calls start once the handler is set");
    calls.get(0).complete("r0");
    calls.get(1).complete("r1");
    assertEquals(List.of(0, 1), started, "two results held: no room");
    out.fetch(1);
    assertEquals(List.of("r0"), results);
    assertEquals(List.of(0, 1, 2), started, "one taken: one started");
    out.fetch(10);
    assertEquals(List.of("r0", "r1"), results);
    assertEquals(List.of(0, 1, 2, 3), started);
  }

  @Test
  void theFirstFailureFailsTheStreamAtOnceAndStartsNothingMore() {
    consume(Streams.mapOrdered(upTo(10), 3, this::byHand), results);
    IllegalStateException error = new IllegalStateException("call 2 failed");
    calls.get(2).fail(error);
    assertEquals(List.of(error), failures, "not waiting for calls 0 and 1");
    calls.get(0).complete("r0");
    calls.get(1).complete("r1");
    assertEquals(List.of(), results, "results of calls still running are dropped");
    assertEquals(List.of(0, 1, 2), started);
    assertFalse(ended);
  }

  @Test
  void aThrowingCallOrANullFutureFails() {
    IllegalArgumentException bad = new IllegalArgumentException("bad input 1");
    consume(
        Streams.mapOrdered(
            upTo(3),
            2,
            (Integer input) -> {
              if (input == 1) {
                throw bad;
              }
              return Future.succeededFuture("r" + input);
            }),
        results);
    assertEquals(List.of(bad), failures);

    failures.clear();
    consume(Streams.mapOrdered(upTo(3), 2, (Integer input) -> null), results);
    assertInstanceOf(NullPointerException.class, failures.get(0));
    assertEquals(
        "the work function returned no future for input 0 (counting from 0)",
        failures.get(0).getMessage());
  }

  @Test
  void aFailingIteratorFails() {
    IllegalStateException broken = new IllegalStateException("listing failed");
    Iterator<Integer> inputs =
        new Iterator<>() {
          int next;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            if (next == 2) {
              throw broken;
            }
            return next++;
          }
        };
    consume(Streams.mapOrdered(inputs, 5, this::byHand), results);
    assertEquals(List.of(0, 1), started);
    assertEquals(List.of(broken), failures);
  }

  @Test
  void aStreamOfInputsIsAskedForOneAtATimeWhenThereIsRoom() {
    HandFed inputs = new HandFed();
    List<Promise<String>> pending = new ArrayList<>();
    ReadStream<String> out =
        Streams.mapOrdered(
            inputs,
            2,
            (Buffer input) -> {
              Promise<String> call = Promise.promise();
              pending.add(call);
              return call.future().map(done -> input + done);
            });
    assertEquals(0, inputs.demand, "nothing asked before the consumer comes");
    consume(out, results);
    assertEquals(1, inputs.demand);
    inputs.feed("a");
    assertEquals(1, inputs.demand, "room for one more");
    inputs.feed("b");
    assertEquals(0, inputs.demand, "two calls running: no room");
    pending.get(1).complete("!");
    assertEquals(0, inputs.demand, "a held result takes room");
    pending.get(0).complete("?");
    assertEquals(List.of("a?", "b!"), results);
    assertEquals(1, inputs.demand);
    inputs.end();
    assertTrue(ended);

    HandFed failing = new HandFed();
    failures.clear();
    consume(Streams.mapOrdered(failing, 2, (Buffer input) -> Future.succeededFuture("x")), results);
    IllegalStateException reset = new IllegalStateException("reset");
    failing.fail(reset);
    assertEquals(List.of(reset), failures);
    assertEquals(0, failing.demand, "paused");
  }

  @Test
  void theCapturesStopFailsTheStreamAtOnce() {
    StopSignal stopping = new StopSignal();
    consume(Streams.mapOrdered(upTo(10), 2, this::byHand, stopping), results);
    assertEquals(1, stopping.registeredActions());
    stopping.set("the connector was asked to stop");
    assertEquals(1, failures.size());
    assertInstanceOf(CaptureStoppedException.class, failures.get(0));
    assertEquals(
        "task Streams.mapOrdered was stopped because the capture is stopping (the connector was"
            + " asked to stop)",
        failures.get(0).getMessage());
    calls.get(0).complete("r0");
    assertEquals(List.of(), results);
    assertEquals(List.of(0, 1), started);

    StopSignal early = new StopSignal();
    early.set("already");
    failures.clear();
    consume(Streams.mapOrdered(upTo(10), 2, this::byHand, early), results);
    assertInstanceOf(CaptureStoppedException.class, failures.get(0));
    assertEquals(List.of(0, 1), started, "nothing started after a stop");
  }

  @Test
  void theStopIsNoLongerWatchedOnceTheStreamEnded() {
    StopSignal stopping = new StopSignal();
    consume(Streams.mapOrdered(upTo(1), 2, this::byHand, stopping), results);
    calls.get(0).complete("r0");
    assertTrue(ended);
    assertEquals(0, stopping.registeredActions());
  }

  @Test
  void synchronousCallsOverManyInputsDoNotGrowTheStack() {
    List<Integer> got = new ArrayList<>();
    Future<Void> done =
        Streams.forEach(
            Streams.mapOrdered(upTo(200_000), 4, (Integer i) -> Future.succeededFuture(i)),
            got::add);
    assertTrue(done.succeeded());
    assertEquals(200_000, got.size());
    assertEquals(IntStream.range(0, 200_000).boxed().toList(), got);
  }

  @Test
  void concurrencyMustBePositive() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> Streams.mapOrdered(upTo(1), 0, this::byHand));
    assertEquals("concurrency must be at least 1, was 0", error.getMessage());
  }
}
