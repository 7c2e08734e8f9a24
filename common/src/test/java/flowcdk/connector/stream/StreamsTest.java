package flowcdk.connector.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.stream.HandFed;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Consuming a stream item by item. */
class StreamsTest {

  private final HandFed body = new HandFed();
  private final List<String> items = new ArrayList<>();

  @Test
  void forEachTakesOneItemAtATimeAndCompletesAtTheEnd() {
    Future<Void> done = Streams.forEach(body, chunk -> items.add(chunk.toString()));
    assertEquals(1, body.demand, "one item asked for");
    body.feed("a");
    assertEquals(1, body.demand, "the next one asked for once the first was handled");
    body.feed("b");
    assertFalse(done.isComplete());
    body.end();
    assertEquals(List.of("a", "b"), items);
    assertTrue(done.succeeded());
  }

  @Test
  void forEachAsyncWaitsForEachItemsFuture() {
    List<Promise<Void>> pending = new ArrayList<>();
    Future<Void> done =
        Streams.forEachAsync(
            body,
            chunk -> {
              items.add(chunk.toString());
              Promise<Void> handled = Promise.promise();
              pending.add(handled);
              return handled.future();
            });
    body.feed("a");
    assertEquals(0, body.demand, "nothing more asked for while the first item is handled");
    pending.get(0).complete();
    assertEquals(1, body.demand);
    body.feed("b");
    pending.get(1).complete();
    body.end();
    assertTrue(done.succeeded());
    assertEquals(List.of("a", "b"), items);
  }

  @Test
  void theFirstFailureOfTheActionOrTheStreamFailsTheResultAndStopsReading() {
    IllegalStateException bad = new IllegalStateException("bad item");
    Future<Void> done =
        Streams.forEach(
            body,
            (Buffer chunk) -> {
              throw bad;
            });
    body.feed("a");
    assertSame(bad, done.cause());
    assertEquals(0, body.demand);

    HandFed other = new HandFed();
    Future<Void> failed =
        Streams.forEachAsync(other, chunk -> Future.failedFuture(new IllegalStateException("no")));
    other.feed("a");
    assertEquals("no", failed.cause().getMessage());
    assertEquals(0, other.demand);

    HandFed third = new HandFed();
    Future<Void> reset = Streams.forEach(third, chunk -> {});
    IllegalStateException error = new IllegalStateException("reset");
    third.fail(error);
    assertSame(error, reset.cause());
  }
}
