package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.connector.http.HttpLines;
import flowcdk.connector.http.HttpRequest;
import io.vertx.core.Promise;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Lines of a real response, written in pieces that cut lines and delimiters. */
class LinesTest extends HttpTestBase {

  private List<String> read(HttpLines lines) throws Exception {
    List<String> got = new CopyOnWriteArrayList<>();
    Promise<Void> ended = Promise.promise();
    lines.lines().exceptionHandler(ended::tryFail).endHandler(v -> ended.tryComplete());
    lines.lines().handler(line -> got.add(line.toString()));
    Await.result(ended.future());
    return got;
  }

  @Test
  void crlfLinesOfAChunkedBody() throws Exception {
    server.route(
        "/events",
        request -> {
          var response = request.response().setChunked(true);
          response.write("id: 1\r");
          response.write("\n\r\nid: 2\r\n");
          response.end("tail");
        });

    HttpLines lines =
        Await.result(http.requestLines(HttpRequest.get(server.url("/events")), "\r\n"));

    assertEquals(200, lines.status());
    assertEquals(List.of("id: 1", "", "id: 2", "tail"), read(lines));
  }

  @Test
  void newlineIsTheDefaultDelimiter() throws Exception {
    server.route("/ndjson", request -> request.response().end("{\"a\":1}\n{\"a\":2}\n"));

    HttpLines lines = Await.result(http.requestLines(HttpRequest.get(server.url("/ndjson"))));

    assertEquals(List.of("{\"a\":1}", "{\"a\":2}"), read(lines));
  }
}
