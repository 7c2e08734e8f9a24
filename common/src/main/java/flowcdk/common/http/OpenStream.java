package flowcdk.common.http;

import flowcdk.connector.http.HttpStream;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/** A response whose body has not been read yet, handed to the caller as an {@link HttpStream}. */
final class OpenStream implements HttpStream {

  private final Exchange exchange;
  private final MultiMap headers;
  private final BodyStream body;

  OpenStream(Exchange exchange) {
    this.exchange = exchange;
    this.headers = exchange.headers();
    this.body = new BodyStream(exchange);
  }

  @Override
  public int status() {
    return exchange.status();
  }

  @Override
  public MultiMap headers() {
    return headers;
  }

  @Override
  public String url() {
    return exchange.hop().target().url();
  }

  @Override
  public ReadStream<Buffer> body() {
    return body;
  }

  @Override
  public void cancel() {
    exchange.cancel();
  }

  @Override
  public String toString() {
    return "HttpStream[" + status() + " " + url() + "]";
  }
}
