package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpTransportException;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A connection lost in the middle of a body repeats the whole request, at most 3 times. */
class BodyRetryTest extends HttpTestBase {

  /** Declares 10 bytes, writes 5 and closes the connection. */
  private static void cutShort(HttpServerRequest request) {
    request
        .response()
        .putHeader("Content-Length", "10")
        .write("01234")
        .onComplete(written -> request.connection().close());
  }

  @Test
  void aBodyCutShortIsFetchedAgain() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    server.route(
        "/doc",
        request -> {
          if (seen.getAndIncrement() == 0) {
            cutShort(request);
          } else {
            request.response().end("0123456789");
          }
        });
    try (CapturedLogs logs = new CapturedLogs()) {
      assertEquals(
          "0123456789", Await.result(http.request(HttpRequest.get(server.url("/doc")))).text());
      assertEquals(2, server.count());
      List<Map<String, Object>> warnings =
          logs.withMessage("error occurred while reading response body (will retry)");
      assertEquals(1, warnings.size());
      Map<String, Object> fields = CapturedLogs.fields(warnings.get(0));
      assertEquals(server.url("/doc"), fields.get("url"));
      assertEquals("GET", fields.get("method"));
      assertEquals(1L, ((Number) fields.get("attempt")).longValue());
      assertTrue(!fields.get("error").toString().isBlank());
    }
  }

  @Test
  void afterFourFailuresTheErrorPropagates() throws Exception {
    server.route("/doc", BodyRetryTest::cutShort);
    try (CapturedLogs logs = new CapturedLogs()) {
      Throwable failure = Await.failure(http.request(HttpRequest.get(server.url("/doc"))));
      HttpTransportException error = assertInstanceOf(HttpTransportException.class, failure);
      assertTrue(
          error
              .getMessage()
              .startsWith(
                  "GET " + server.url("/doc") + ": reading the response body failed 4 times: "),
          error.getMessage());
      assertEquals(4, server.count());
      assertEquals(
          3, logs.withMessage("error occurred while reading response body (will retry)").size());
    }
  }

  @Test
  void theBodyBufferIsSizedFromContentLengthWithinBounds() {
    assertEquals(220_000, Exchange.initialCapacity("220000"));
    assertEquals(0, Exchange.initialCapacity("0"));
    assertEquals(Exchange.MAX_PRESIZE, Exchange.initialCapacity("9999999999"));
    // No length, or not a length: a small buffer that grows as the body arrives.
    assertEquals(1024, Exchange.initialCapacity(null));
    assertEquals(1024, Exchange.initialCapacity("-5"));
    assertEquals(1024, Exchange.initialCapacity("12ab"));
    assertEquals(1024, Exchange.initialCapacity("99999999999999999999"));
  }
}
