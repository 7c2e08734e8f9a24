package flowcdk.connector.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.stream.HandFed;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Merging streams: arrival order, the bounded queue, ends, failures and the stop. */
class MergeTest {

  private final List<String> items = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();
  private boolean ended;

  private ReadStream<Buffer> consume(ReadStream<Buffer> stream) {
    stream.endHandler(v -> ended = true);
    stream.exceptionHandler(failures::add);
    return stream.handler(item -> items.add(item.toString()));
  }

  private static List<HandFed> inputs(int count) {
    return IntStream.range(0, count).mapToObj(i -> new HandFed()).toList();
  }

  private static long demand(List<HandFed> inputs) {
    return inputs.stream().mapToLong(input -> input.demand).sum();
  }

  @Test
  void itemsComeInArrivalOrderAndTheEndOnceAllEnded() {
    HandFed a = new HandFed();
    HandFed b = new HandFed();
    consume(Streams.merge(List.of(a, b)));
    b.feed("b1");
    a.feed("a1");
    b.feed("b2");
    a.feed("a2");
    assertEquals(List.of("b1", "a1", "b2", "a2"), items);
    a.end();
    assertFalse(ended);
    assertEquals(1, b.demand);
    b.feed("b3");
    b.end();
    assertEquals(List.of("b1", "a1", "b2", "a2", "b3"), items);
    assertTrue(ended);
  }

  @Test
  void noInputsEndAtOnce() {
    consume(Streams.merge(List.of()));
    assertTrue(ended);
    assertEquals(List.of(), items);
  }

  @Test
  void atMostSixteenItemsAreQueuedOrAskedForAndInputsTakeTurns() {
    List<HandFed> inputs = inputs(20);
    ReadStream<Buffer> merged = Streams.merge(inputs);
    assertEquals(0, demand(inputs), "nothing asked before the consumer comes");
    consume(merged.pause());
    assertEquals(16, demand(inputs));
    assertEquals(1, inputs.get(15).demand);
    assertEquals(0, inputs.get(16).demand);
    for (int i = 0; i < 16; i++) {
      inputs.get(i).feed("item " + i);
    }
    assertEquals(0, demand(inputs), "sixteen queued: the inputs wait");
    merged.fetch(1);
    assertEquals(List.of("item 0"), items);
    assertEquals(1, demand(inputs), "one taken: one more asked for");
    assertEquals(1, inputs.get(16).demand, "the next input in turn");
    merged.fetch(2);
    assertEquals(1, inputs.get(17).demand);
    assertEquals(1, inputs.get(18).demand);
    merged.resume();
    assertEquals(16, demand(inputs));
    assertEquals(16, items.size());
  }

  @Test
  void theFirstFailureFailsTheMergeAtOnceAndPausesTheOthers() {
    List<HandFed> inputs = inputs(3);
    ReadStream<Buffer> merged = consume(Streams.merge(inputs).pause());
    inputs.get(0).feed("queued");
    IllegalStateException reset = new IllegalStateException("reset");
    inputs.get(1).fail(reset);
    assertEquals(List.of(reset), failures);
    assertEquals(0, demand(inputs), "every input is paused");
    merged.resume();
    assertEquals(List.of(), items, "queued items are dropped");
    inputs.get(2).fail(new IllegalStateException("later"));
    assertEquals(1, failures.size());
    assertFalse(ended);
  }

  @Test
  void theCapturesStopFailsTheMergeAtOnce() {
    StopSignal stopping = new StopSignal();
    List<HandFed> inputs = inputs(2);
    consume(Streams.merge(inputs, stopping));
    inputs.get(0).feed("x");
    stopping.set("test");
    assertEquals(List.of("x"), items);
    assertInstanceOf(CaptureStoppedException.class, failures.get(0));
    assertEquals(
        "task Streams.merge was stopped because the capture is stopping (test)",
        failures.get(0).getMessage());
    assertEquals(0, demand(inputs));
    assertEquals(0, stopping.registeredActions());
  }

  @Test
  void theStopIsNoLongerWatchedOnceTheMergeEnded() {
    StopSignal stopping = new StopSignal();
    HandFed input = new HandFed();
    consume(Streams.merge(List.of(input), stopping));
    assertEquals(1, stopping.registeredActions());
    input.end();
    assertTrue(ended);
    assertEquals(0, stopping.registeredActions());
  }
}
