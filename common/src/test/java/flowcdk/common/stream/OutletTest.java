package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The consumer's side of a producer-driven stream: demand, order, ends, failures, discarding. */
class OutletTest {

  private final List<String> items = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();
  private int demandCalls;
  private boolean ended;

  @Test
  void itemsComeAsAskedForAndTheProducerHearsOfDemand() {
    Outlet<String> out = new Outlet<>(() -> demandCalls++);
    out.pause().handler(items::add);
    assertEquals(1, demandCalls, "setting the handler is demand");
    assertFalse(out.wantsMore(), "paused");
    out.push("a");
    out.push("b");
    assertEquals(List.of(), items);
    assertEquals(2, out.queued());
    out.fetch(1);
    assertEquals(List.of("a"), items);
    out.endHandler(v -> ended = true);
    out.end();
    assertFalse(ended, "the end comes after the items");
    out.fetch(1);
    assertEquals(List.of("a", "b"), items);
    assertTrue(ended);
    assertTrue(out.closed().succeeded());
  }

  @Test
  void nullItemsAreDeliveredLikeOthers() {
    Outlet<String> out = new Outlet<>(() -> {});
    out.handler(items::add);
    out.push(null);
    out.push("x");
    assertEquals(Arrays.asList(null, "x"), items);
  }

  @Test
  void aFailureIsDeliveredAtOnceDroppingQueuedItems() {
    Outlet<String> out = new Outlet<>(() -> {});
    out.pause().handler(items::add);
    out.push("a");
    IllegalStateException error = new IllegalStateException("broken");
    out.fail(error);
    out.push("b");
    out.exceptionHandler(failures::add);
    out.resume();
    assertEquals(List.of(), items);
    assertEquals(List.of(error), failures);
    assertSame(error, out.closed().cause());
    assertFalse(out.wantsMore());
  }

  @Test
  void aSynchronousProducerDoesNotGrowTheStack() {
    int[] produced = {0};
    List<Integer> got = new ArrayList<>();
    AtomicReference<Outlet<Integer>> out = new AtomicReference<>();
    out.set(
        new Outlet<>(
            () -> {
              while (out.get().wantsMore() && produced[0] < 200_000) {
                out.get().push(produced[0]++);
              }
              if (produced[0] == 200_000) {
                out.get().end();
              }
            }));
    out.get().endHandler(v -> ended = true);
    out.get().handler(got::add);
    assertTrue(ended);
    assertEquals(200_000, got.size());
    assertEquals(199_999, got.get(199_999));
  }

  @Test
  void discardingDropsItemsAndWantsMoreUntilTheEnd() {
    Outlet<String> out = new Outlet<>(() -> demandCalls++);
    out.pause().handler(items::add).endHandler(v -> ended = true);
    out.push("a");
    out.discard();
    assertTrue(out.wantsMore());
    out.push("b");
    assertEquals(List.of(), items);
    assertFalse(out.closed().isComplete());
    out.end();
    assertTrue(out.closed().succeeded());
    assertTrue(ended);
    assertFalse(out.wantsMore());
  }
}
