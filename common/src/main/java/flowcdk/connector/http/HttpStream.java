package flowcdk.connector.http;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A response whose body is read as a stream: see {@link Http#requestStream(HttpRequest)}.
 *
 * <p>The body flows once a handler is set (unless paused first), and only as fast as it is
 * consumed: {@code pause}, {@code resume} and {@code fetch} reach the connection. Read it to its
 * end, or {@link #cancel()} it: until then the connection stays taken (and counts against the
 * capture's {@link RateBudget}). The request's timeout covers reading the body too.
 */
public interface HttpStream {

  /** The status code (below 400). */
  int status();

  /** The response headers. */
  MultiMap headers();

  /** The final URL, after any redirects that were followed. */
  String url();

  /**
   * The body, decompressed, in chunks as they arrive. Its exception handler gets failures while
   * reading (not retried), or a {@code CaptureStoppedException} if the capture stops meanwhile.
   * Always the same stream.
   */
  ReadStream<Buffer> body();

  /**
   * Abandons the body: the stream is reset (the connection is closed rather than reused) and its
   * share of the budget released. Does nothing once the body has ended.
   */
  void cancel();
}
