package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Chunks in, items out: order, demand, ends and failures. */
class DecodingStreamTest {

  /** One item per character; '!' is invalid input; the end gives a last item "end". */
  static final class Letters implements ChunkDecoder<Buffer, String> {
    @Override
    public void chunk(Buffer chunk, Consumer<? super String> out) {
      for (char c : chunk.toString().toCharArray()) {
        if (c == '!') {
          throw new IllegalArgumentException("'!' is not a letter");
        }
        out.accept(String.valueOf(c));
      }
    }

    @Override
    public void end(Consumer<? super String> out) {
      out.accept("end");
    }
  }

  private final HandFed body = new HandFed();
  private final List<String> items = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();
  private boolean ended;

  private DecodingStream<Buffer, String> stream() {
    DecodingStream<Buffer, String> stream = new DecodingStream<>(body, new Letters());
    stream.endHandler(v -> ended = true);
    stream.exceptionHandler(failures::add);
    return stream;
  }

  @Test
  void itemsFlowInOrderAndTheEndComesAfterTheLast() {
    stream().handler(items::add);
    body.feed("ab");
    body.feed("c");
    body.end();
    assertEquals(List.of("a", "b", "c", "end"), items);
    assertTrue(ended);
  }

  @Test
  void oneChunkIsAskedForOnlyWhenNoItemWaits() {
    DecodingStream<Buffer, String> stream = stream().pause();
    stream.handler(items::add);
    assertEquals(0, body.demand);
    stream.fetch(1);
    assertEquals(1, body.demand);
    body.feed("xyz");
    assertEquals(List.of("x"), items);
    assertEquals(0, body.demand, "two items wait: no chunk is asked for");
    stream.fetch(2);
    assertEquals(List.of("x", "y", "z"), items);
    assertEquals(0, body.demand);
    stream.fetch(1);
    assertEquals(1, body.demand);
  }

  @Test
  void aDecoderFailureComesAfterTheItemsBeforeItAndPausesTheUpstream() {
    stream().handler(items::add);
    body.feed("ab!c");
    assertEquals(List.of("a", "b"), items);
    assertEquals(1, failures.size());
    assertEquals("'!' is not a letter", failures.get(0).getMessage());
    assertEquals(0, body.demand);
    body.end();
    assertFalse(ended, "a failed stream does not end");
  }

  @Test
  void anUpstreamFailureWaitsForTheConsumerToTakeTheItemsBeforeIt() {
    DecodingStream<Buffer, String> stream = stream().pause();
    stream.handler(items::add);
    stream.fetch(1);
    body.feed("ab");
    IllegalStateException reset = new IllegalStateException("reset");
    body.fail(reset);
    assertEquals(List.of(), failures);
    stream.resume();
    assertEquals(List.of("a", "b"), items);
    assertEquals(1, failures.size());
    assertSame(reset, failures.get(0));
  }

  @Test
  void anEndOrFailureBeforeItsHandlerIsDeliveredWhenTheHandlerIsSet() {
    DecodingStream<Buffer, String> stream = new DecodingStream<>(body, new Letters());
    stream.handler(items::add);
    body.end();
    assertEquals(List.of("end"), items);
    stream.endHandler(v -> ended = true);
    assertTrue(ended);

    HandFed other = new HandFed();
    DecodingStream<Buffer, String> failing = new DecodingStream<>(other, new Letters());
    failing.handler(items::add);
    other.feed("!");
    failing.exceptionHandler(failures::add);
    assertEquals(1, failures.size());
  }

  /** Holds each chunk and gives one item per call, on demand: "3" gives "1", "2", "3". */
  static final class Countdown implements ChunkDecoder<Buffer, String> {
    int held;
    int given;
    int moreCalls;

    @Override
    public void chunk(Buffer chunk, Consumer<? super String> out) {
      held += Integer.parseInt(chunk.toString());
      more(out);
    }

    @Override
    public boolean hasMore() {
      return held > 0;
    }

    @Override
    public void more(Consumer<? super String> out) {
      moreCalls++;
      held--;
      out.accept(String.valueOf(++given));
    }

    @Override
    public void end(Consumer<? super String> out) {
      out.accept("end " + held);
    }
  }

  @Test
  void heldInputIsDecodedOnlyOnDemandAndTheEndWaitsForIt() {
    Countdown decoder = new Countdown();
    DecodingStream<Buffer, String> stream = new DecodingStream<>(body, decoder);
    stream.endHandler(v -> ended = true);
    stream.pause().handler(items::add);
    stream.fetch(1);
    body.feed("3");
    assertEquals(List.of("1"), items);
    assertEquals(0, body.demand, "input is held: no next chunk is asked for");
    stream.fetch(1);
    assertEquals(List.of("1", "2"), items);
    body.end();
    assertFalse(ended);
    assertEquals(2, decoder.moreCalls, "nothing decoded without demand");
    stream.fetch(5);
    assertEquals(List.of("1", "2", "3", "end 0"), items);
    assertTrue(ended);
  }

  @Test
  void aFailureOfHeldInputComesAfterTheItemsBeforeIt() {
    ChunkDecoder<Buffer, String> decoder =
        new ChunkDecoder<>() {
          boolean holding;

          @Override
          public void chunk(Buffer chunk, Consumer<? super String> out) {
            out.accept("a");
            holding = true;
          }

          @Override
          public boolean hasMore() {
            return holding;
          }

          @Override
          public void more(Consumer<? super String> out) {
            throw new IllegalStateException("bad held input");
          }
        };
    DecodingStream<Buffer, String> stream = new DecodingStream<>(body, decoder);
    stream.exceptionHandler(failures::add);
    stream.handler(items::add);
    body.feed("x");
    assertEquals(List.of("a"), items);
    assertEquals("bad held input", failures.get(0).getMessage());
    assertEquals(0, body.demand);
  }

  /** A source that hands over its next chunk (or its end) inside {@code fetch}, on the caller. */
  static final class Synchronous implements io.vertx.core.streams.ReadStream<Buffer> {
    private final int chunks;
    private int sent;
    private io.vertx.core.Handler<Buffer> handler;
    private io.vertx.core.Handler<Void> endHandler;

    Synchronous(int chunks) {
      this.chunks = chunks;
    }

    @Override
    public Synchronous exceptionHandler(io.vertx.core.Handler<Throwable> handler) {
      return this;
    }

    @Override
    public Synchronous handler(io.vertx.core.Handler<Buffer> handler) {
      this.handler = handler;
      return this;
    }

    @Override
    public Synchronous pause() {
      return this;
    }

    @Override
    public Synchronous resume() {
      return fetch(Long.MAX_VALUE);
    }

    @Override
    public Synchronous fetch(long amount) {
      for (long i = 0; i < amount && sent <= chunks; i++) {
        if (sent++ < chunks) {
          handler.handle(Buffer.buffer("a"));
        } else {
          endHandler.handle(null);
        }
      }
      return this;
    }

    @Override
    public Synchronous endHandler(io.vertx.core.Handler<Void> endHandler) {
      this.endHandler = endHandler;
      return this;
    }
  }

  @Test
  void aSourceDeliveringInsideFetchDoesNotNestADrainPerChunk() {
    // 200,000 chunks, each handed over inside the fetch that asked for it: one stack frame deep
    // per chunk would overflow the stack.
    DecodingStream<Buffer, String> stream =
        new DecodingStream<>(new Synchronous(200_000), new Letters());
    int[] count = {0};
    stream.endHandler(v -> ended = true);
    stream.handler(item -> count[0]++);
    assertEquals(200_001, count[0], "every letter and the end's item");
    assertTrue(ended);
  }
}
