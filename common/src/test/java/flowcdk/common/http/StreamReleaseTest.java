package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpResponse;
import flowcdk.connector.http.HttpSettings;
import flowcdk.connector.http.HttpStream;
import flowcdk.connector.http.RateBudget;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A stream holds its place in the budget until its body ends or it is cancelled. */
class StreamReleaseTest extends HttpTestBase {

  @Override
  HttpSettings settings() {
    return super.settings().budget(RateBudget.unlimited().maxConcurrent(1));
  }

  @Test
  void aStreamReadToItsEndFreesItsPlace() throws Exception {
    server.route("/doc", request -> request.response().end("body"));
    HttpStream stream = Await.result(http.requestStream(HttpRequest.get(server.url("/doc"))));
    Future<HttpResponse> next = http.request(HttpRequest.get(server.url("/doc")));
    assertFalse(next.isComplete());
    assertEquals(1, server.count());

    Buffer body = Buffer.buffer();
    Promise<Void> ended = Promise.promise();
    stream.body().endHandler(v -> ended.tryComplete());
    stream.body().handler(body::appendBuffer);
    Await.result(ended.future());

    assertEquals("body", body.toString(StandardCharsets.UTF_8));
    assertEquals("body", Await.result(next).text());
    assertEquals(2, server.count());
  }

  @Test
  void aCancelledStreamFreesItsPlace() throws Exception {
    server.route("/endless", request -> request.response().setChunked(true).write("more to come"));
    server.route("/doc", request -> request.response().end("body"));
    HttpStream stream = Await.result(http.requestStream(HttpRequest.get(server.url("/endless"))));
    Future<HttpResponse> next = http.request(HttpRequest.get(server.url("/doc")));

    stream.cancel();

    assertEquals("body", Await.result(next).text());
  }

  @Test
  void anEndBeforeTheHandlersWereSetIsStillDelivered() throws Exception {
    server.route("/empty", request -> request.response().setStatusCode(204).end());
    HttpStream stream = Await.result(http.requestStream(HttpRequest.get(server.url("/empty"))));
    assertEquals(204, stream.status());
    Promise<Void> ended = Promise.promise();
    stream.body().handler(data -> {});
    stream.body().endHandler(v -> ended.tryComplete());
    Await.result(ended.future());
    // Its place is free again.
    Await.result(http.request(HttpRequest.get(server.url("/empty"))));
  }
}
