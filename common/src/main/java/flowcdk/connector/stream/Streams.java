package flowcdk.connector.stream;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.streams.ReadStream;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Consuming a Vert.x {@link ReadStream} item by item, with back-pressure: the stream is asked for
 * one item at a time, so items arrive only as fast as they are handled and nothing piles up.
 *
 * <pre>{@code
 * return Streams.forEach(items, item -> sink.document(item, ItemJson.INSTANCE));
 * }</pre>
 */
public final class Streams {

  private Streams() {}

  /**
   * Gives {@code action} every item of {@code stream}, in order. The future completes when the
   * stream ends, or fails with the stream's failure or the first exception {@code action} throws
   * (the stream is then paused and nothing more is read; cancel its source, e.g. the HTTP response,
   * if it should not be read on).
   */
  public static <T> Future<Void> forEach(ReadStream<T> stream, Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    return forEachAsync(
        stream,
        item -> {
          action.accept(item);
          return Future.succeededFuture();
        });
  }

  /**
   * Gives {@code action} every item of {@code stream}, in order, asking for the next item only once
   * the future {@code action} returned for the previous one has completed (so e.g. a checkpoint
   * every thousand items holds the stream while it is written). The future completes when the
   * stream ends, or fails with the stream's failure or the first failure of {@code action} (thrown
   * or as a failed future); the stream is then paused and nothing more is read.
   */
  public static <T> Future<Void> forEachAsync(
      ReadStream<T> stream, Function<? super T, ? extends Future<?>> action) {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(action, "action");
    Promise<Void> done = Promise.promise();
    stream.pause();
    stream.exceptionHandler(done::tryFail);
    stream.endHandler(v -> done.tryComplete());
    stream.handler(
        item -> {
          if (done.future().isComplete()) {
            return;
          }
          Future<?> handled;
          try {
            handled = Objects.requireNonNull(action.apply(item), "the action returned no future");
          } catch (RuntimeException e) {
            stream.pause();
            done.tryFail(e);
            return;
          }
          handled.onComplete(
              (value, failure) -> {
                if (failure != null) {
                  stream.pause();
                  done.tryFail(failure);
                } else {
                  stream.fetch(1);
                }
              });
        });
    stream.fetch(1);
    return done.future();
  }
}
