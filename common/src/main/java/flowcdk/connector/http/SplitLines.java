package flowcdk.connector.http;

import flowcdk.common.stream.DecodingStream;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/** An {@link HttpStream}'s body read as lines. */
final class SplitLines implements HttpLines {

  private final HttpStream stream;
  private final ReadStream<Buffer> lines;

  SplitLines(HttpStream stream, byte[] delimiter) {
    this.stream = stream;
    this.lines = new DecodingStream<>(stream.body(), new LineSplitter(delimiter));
  }

  @Override
  public int status() {
    return stream.status();
  }

  @Override
  public MultiMap headers() {
    return stream.headers();
  }

  @Override
  public String url() {
    return stream.url();
  }

  @Override
  public ReadStream<Buffer> lines() {
    return lines;
  }

  @Override
  public void cancel() {
    stream.cancel();
  }

  @Override
  public String toString() {
    return "HttpLines[" + status() + " " + url() + "]";
  }
}
