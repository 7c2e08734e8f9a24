package flowcdk.connector.stream;

import flowcdk.common.stream.MergedStream;
import flowcdk.common.stream.OrderedMapping;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.streams.ReadStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Consuming Vert.x {@link ReadStream}s item by item, and fanning work out over them, always with
 * back-pressure: a stream is asked for items only as fast as they are handled, so nothing piles up.
 *
 * <pre>{@code
 * return Streams.forEach(items, item -> sink.document(item, ItemJson.INSTANCE));
 * }</pre>
 *
 * <p>{@link #mapOrdered} runs an asynchronous call per input, a few at a time, and gives the
 * results in input order (e.g. fetching the details of each listed record); {@link #merge} runs
 * several streams at once and gives their items as they come (e.g. one export per account). Both
 * take the capture's {@link StopSignal} ({@link flowcdk.connector.BindingContext#stopping()}), so
 * they stop at once when the capture does.
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

  /**
   * The results of {@code work} applied to each of {@code inputs}, in input order, running at most
   * {@code concurrency} calls at once: see {@link #mapOrdered(Iterator, int, Function,
   * StopSignal)}. It does not watch the capture's stop; prefer the overload that does.
   */
  public static <I, O> ReadStream<O> mapOrdered(
      Iterator<? extends I> inputs,
      int concurrency,
      Function<? super I, ? extends Future<? extends O>> work) {
    return OrderedMapping.of(inputs, concurrency, work, null);
  }

  /**
   * The results of {@code work} applied to each of {@code inputs}, in input order, running at most
   * {@code concurrency} calls at once, as the Python CDK's {@code buffer_ordered} does:
   *
   * <pre>{@code
   * // The details of each listed order, four requests at a time, in list order.
   * ReadStream<Order> details = Streams.mapOrdered(
   *     orderIds.iterator(),
   *     4,
   *     id -> http.request(HttpRequest.get(base + "/orders/" + id), OrderJson.INSTANCE),
   *     binding.stopping());
   * return Streams.forEach(details, order -> sink.document(order, OrderJson.INSTANCE));
   * }</pre>
   *
   * <ul>
   *   <li>At most {@code concurrency} results are running or held (done, not yet taken by the
   *       consumer): a call starts, and the next input is taken from the iterator, only when there
   *       is room, so a slow consumer holds the work back. Calls start as soon as the stream is
   *       read (its handler set, or items fetched), so a paused consumer gets its first results
   *       ready.
   *   <li>Results come in input order, however the calls finish. A null result is given like any
   *       other (the Python CDK ends its output early at a None result; this does not).
   *   <li>The first failure, of {@code work} (thrown, as a failed future, or a null future) or of
   *       the iterator, fails the stream at once with that failure, unchanged: results not yet
   *       given are dropped, no call starts after it, and the results of calls still running are
   *       ignored.
   *   <li>When {@code stopping} is set, the stream fails at once the same way, with a {@link
   *       CaptureStoppedException} (which ends a task quietly while the capture stops).
   *   <li>It ends after the last result, once the iterator has no more inputs.
   * </ul>
   */
  public static <I, O> ReadStream<O> mapOrdered(
      Iterator<? extends I> inputs,
      int concurrency,
      Function<? super I, ? extends Future<? extends O>> work,
      StopSignal stopping) {
    return OrderedMapping.of(
        inputs, concurrency, work, Objects.requireNonNull(stopping, "stopping"));
  }

  /**
   * The results of {@code work} applied to each item of the stream {@code inputs}, in input order:
   * see {@link #mapOrdered(ReadStream, int, Function, StopSignal)}. It does not watch the capture's
   * stop; prefer the overload that does.
   */
  public static <I, O> ReadStream<O> mapOrdered(
      ReadStream<I> inputs,
      int concurrency,
      Function<? super I, ? extends Future<? extends O>> work) {
    return OrderedMapping.of(inputs, concurrency, work, null);
  }

  /**
   * The results of {@code work} applied to each item of the stream {@code inputs} (whose handlers
   * are taken over), by the rules of {@link #mapOrdered(Iterator, int, Function, StopSignal)}:
   * {@code inputs} is asked for one item at a time, only when there is room for another call, and a
   * failure of {@code inputs} fails the result at once (and pauses {@code inputs}, as any failure
   * does). The result ends after the last result once {@code inputs} ended.
   *
   * <pre>{@code
   * // Each page lists ids; fetch the records 8 at a time, in page order.
   * ReadStream<Detail> details = Streams.mapOrdered(ids, 8, this::fetchDetail, binding.stopping());
   * }</pre>
   */
  public static <I, O> ReadStream<O> mapOrdered(
      ReadStream<I> inputs,
      int concurrency,
      Function<? super I, ? extends Future<? extends O>> work,
      StopSignal stopping) {
    return OrderedMapping.of(
        inputs, concurrency, work, Objects.requireNonNull(stopping, "stopping"));
  }

  /**
   * The items of all of {@code streams} as one stream, as they arrive: see {@link #merge(List,
   * StopSignal)}. It does not watch the capture's stop; prefer the overload that does.
   */
  public static <T> ReadStream<T> merge(List<? extends ReadStream<? extends T>> streams) {
    return new MergedStream<>(streams, null);
  }

  /**
   * The items of all of {@code streams} (whose handlers are taken over) as one stream, in the order
   * they arrive, as the Python CDK's {@code async_streams.merge} gives them:
   *
   * <pre>{@code
   * List<ReadStream<Event>> perAccount = accounts.stream().map(this::events).toList();
   * return Streams.forEach(Streams.merge(perAccount, binding.stopping()),
   *     event -> sink.document(event, EventJson.INSTANCE));
   * }</pre>
   *
   * <ul>
   *   <li>Items from one stream keep their order; between streams, the order is the order of
   *       arrival.
   *   <li>At most 16 items are queued or asked for: each stream is asked for one item at a time, in
   *       turn, while there is room, and the streams are left paused while the consumer is behind.
   *       Asking starts as soon as the result's handler is set.
   *   <li>The first failure of any stream fails the result at once with it (items queued and not
   *       yet given are dropped), and every stream is paused and read no more: cancel their sources
   *       (e.g. {@link flowcdk.connector.http.HttpStream#cancel()}) if they hold connections.
   *   <li>When {@code stopping} is set, the result fails at once the same way, with a {@link
   *       CaptureStoppedException}.
   *   <li>It ends once every stream ended; at once for no streams.
   * </ul>
   */
  public static <T> ReadStream<T> merge(
      List<? extends ReadStream<? extends T>> streams, StopSignal stopping) {
    return new MergedStream<>(streams, Objects.requireNonNull(stopping, "stopping"));
  }
}
