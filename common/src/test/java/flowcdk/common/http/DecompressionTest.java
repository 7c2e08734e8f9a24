package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpStream;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Compressed responses are decoded transparently, whole or streamed. */
class DecompressionTest extends HttpTestBase {

  private static final String TEXT = "{\"greeting\":\"hello, compressed world\"}\n".repeat(1000);

  private static Buffer gzip(String text) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return Buffer.buffer(out.toByteArray());
  }

  @Test
  void aGzipBodyIsDecoded() throws Exception {
    Buffer compressed = gzip(TEXT);
    assertTrue(compressed.length() < TEXT.length() / 10);
    server.route(
        "/zipped",
        request ->
            request
                .response()
                .putHeader("Content-Encoding", "gzip")
                .putHeader("Content-Type", "application/x-ndjson")
                .end(compressed));

    assertEquals(TEXT, Await.result(http.request(HttpRequest.get(server.url("/zipped")))).text());
    String accepted = server.arrivals().get(0).header("Accept-Encoding");
    assertTrue(accepted != null && accepted.contains("gzip"), "Accept-Encoding: " + accepted);

    HttpStream stream = Await.result(http.requestStream(HttpRequest.get(server.url("/zipped"))));
    Buffer streamed = Buffer.buffer();
    Promise<Void> ended = Promise.promise();
    stream.body().exceptionHandler(ended::tryFail).endHandler(v -> ended.tryComplete());
    stream.body().handler(streamed::appendBuffer);
    Await.result(ended.future());
    assertEquals(TEXT, streamed.toString(StandardCharsets.UTF_8));
  }
}
