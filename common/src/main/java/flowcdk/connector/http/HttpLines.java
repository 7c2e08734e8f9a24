package flowcdk.connector.http;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A response whose body is read as lines: see {@link Http#requestLines(HttpRequest, String)}. Read
 * the lines to their end, or {@link #cancel()}, as for an {@link HttpStream}.
 */
public interface HttpLines {

  /** The status code (below 400). */
  int status();

  /** The response headers. */
  MultiMap headers();

  /** The final URL, after any redirects that were followed. */
  String url();

  /**
   * The body's lines, without their delimiter, as for an {@link HttpStream}'s body: they flow once
   * a handler is set (unless paused first) and only as fast as they are consumed. Always the same
   * stream.
   */
  ReadStream<Buffer> lines();

  /** Abandons the body, as {@link HttpStream#cancel()}. */
  void cancel();
}
