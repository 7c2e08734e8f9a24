package flowcdk.common.http;

import flowcdk.common.http.TransportFailure.Phase;
import flowcdk.connector.http.HttpTransportException;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.streams.ReadStream;

/**
 * A streamed response body: the response itself, so {@code pause}, {@code resume} and {@code fetch}
 * reach the connection, plus the exchange's release when the body ends, fails or is cancelled.
 *
 * <p>The response was paused when its head arrived; like a fresh Vert.x stream, this one starts
 * flowing when a handler is set, unless the consumer paused it first. An end or failure that
 * happened before its handler was set is delivered when the handler is set, so a consumer that sets
 * handlers late cannot wait forever. Failures reach the exception handler as an {@link
 * HttpTransportException} (or a {@code CaptureStoppedException}); after {@link Exchange#cancel()}
 * nothing more is delivered.
 */
final class BodyStream implements ReadStream<Buffer> {

  private final Exchange exchange;
  private final HttpClientResponse response;
  private boolean paused;
  private boolean ended;
  private Throwable failed;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;

  BodyStream(Exchange exchange) {
    this.exchange = exchange;
    this.response = exchange.response();
    Throwable lost = exchange.earlyFailure();
    if (lost != null) {
      onError(lost);
      return;
    }
    try {
      response.endHandler(v -> onEnd());
      response.exceptionHandler(this::onError);
    } catch (RuntimeException e) {
      // Vert.x refuses handlers on a response its closed connection already ended.
      Throwable early = exchange.earlyFailure();
      onError(early != null ? early : e);
    }
  }

  private void onEnd() {
    exchange.release();
    Handler<Void> target;
    synchronized (this) {
      ended = true;
      target = endHandler;
    }
    if (target != null && !exchange.cancelled()) {
      target.handle(null);
    }
  }

  private void onError(Throwable error) {
    exchange.release();
    if (exchange.cancelled()) {
      return;
    }
    Throwable failure = exchange.failure(error, Phase.BODY);
    if (failure instanceof TransportFailure transport) {
      Hop hop = exchange.hop();
      failure =
          new HttpTransportException(
              hop.method(),
              hop.target().url(),
              "reading the response body failed: " + transport.getMessage(),
              transport.getCause());
    }
    Handler<Throwable> target;
    synchronized (this) {
      failed = failure;
      target = exceptionHandler;
    }
    if (target != null) {
      target.handle(failure);
    }
  }

  @Override
  public BodyStream handler(Handler<Buffer> handler) {
    boolean flow;
    synchronized (this) {
      if (failed != null) {
        return this; // The exception handler has, or will have, the failure.
      }
      flow = handler != null && !paused;
    }
    try {
      response.handler(handler);
      if (flow) {
        response.resume();
      }
    } catch (RuntimeException e) {
      // Vert.x refuses handlers on a response its closed connection already ended.
      onError(e);
    }
    return this;
  }

  @Override
  public BodyStream pause() {
    synchronized (this) {
      paused = true;
    }
    response.pause();
    return this;
  }

  @Override
  public BodyStream resume() {
    synchronized (this) {
      paused = false;
    }
    response.resume();
    return this;
  }

  @Override
  public BodyStream fetch(long amount) {
    response.fetch(amount);
    return this;
  }

  @Override
  public BodyStream endHandler(Handler<Void> handler) {
    boolean late;
    synchronized (this) {
      endHandler = handler;
      late = ended;
    }
    if (late && handler != null && !exchange.cancelled()) {
      handler.handle(null);
    }
    return this;
  }

  @Override
  public BodyStream exceptionHandler(Handler<Throwable> handler) {
    Throwable late;
    synchronized (this) {
      exceptionHandler = handler;
      late = failed;
    }
    if (late != null && handler != null) {
      handler.handle(late);
    }
    return this;
  }
}
