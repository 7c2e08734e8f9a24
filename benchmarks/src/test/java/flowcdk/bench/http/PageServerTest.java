package flowcdk.bench.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page server's bodies and errors, fetched over a real connection on 127.0.0.1. */
class PageServerTest {

  private Vertx vertx;
  private PageServer server;
  private HttpClient client;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    server = PageServer.start(vertx, new PageShape(2, 2, 3, 4), "127.0.0.1", 0).await();
    client = vertx.createHttpClient();
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  @Test
  void lastPageHoldsTheBenchDocumentsAndNoNext() {
    String expected =
        "{\"items\":["
            + "{\"id\":3,\"name\":\"item-1-3\",\"updated_at\":\"2024-01-01T00:00:03Z\",\"score\":1.5,"
            + "\"active\":false,\"nested\":{\"a\":3,\"b\":\"nested\",\"c\":[1,2,3]},\"pad\":\"xxxx\"},"
            + "{\"id\":4,\"name\":\"item-1-4\",\"updated_at\":\"2024-01-01T00:00:04Z\",\"score\":2.0,"
            + "\"active\":true,\"nested\":{\"a\":4,\"b\":\"nested\",\"c\":[1,2,3]},\"pad\":\"xxxx\"},"
            + "{\"id\":5,\"name\":\"item-1-5\",\"updated_at\":\"2024-01-01T00:00:05Z\",\"score\":2.5,"
            + "\"active\":false,\"nested\":{\"a\":5,\"b\":\"nested\",\"c\":[1,2,3]},\"pad\":\"xxxx\"}"
            + "],\"next\":null}";
    assertEquals("200 " + expected, get("/items1?page=1"));
  }

  @Test
  void firstPageIsTheDefaultAndPointsToTheSecond() {
    String page = get("/items0");
    assertTrue(page.startsWith("200 {\"items\":[{\"id\":0,\"name\":\"item-0-0\","), page);
    assertTrue(page.endsWith("\"pad\":\"xxxx\"}],\"next\":1}"), page);
    for (int i = 0; i < 20; i++) {
      assertEquals(page, get("/items0?page=0"), "the same body every time");
    }
  }

  @Test
  void unknownPagesAreNotFoundWithWhatExists() {
    String expected =
        "{\"error\":\"no such page: %s; this server has /items0 to /items1, each with ?page=0 to"
            + " 1\"}";
    assertEquals("404 " + expected.formatted("/items2?page=0"), get("/items2?page=0"));
    assertEquals("404 " + expected.formatted("/items0?page=2"), get("/items0?page=2"));
    assertEquals("404 " + expected.formatted("/items0?page=x"), get("/items0?page=x"));
    assertEquals("404 " + expected.formatted("/other"), get("/other"));
  }

  /**
   * {@code "<status> <body>"} of GET {@code uri}, fetched on an event loop (a body handler set from
   * the test's thread could miss a body the loop is delivering).
   */
  private String get(String uri) {
    Promise<String> result = Promise.promise();
    vertx
        .getOrCreateContext()
        .runOnContext(
            v ->
                client
                    .request(HttpMethod.GET, server.port(), "127.0.0.1", uri)
                    .compose(request -> request.send())
                    .compose(
                        response ->
                            response
                                .body()
                                .map(body -> response.statusCode() + " " + body.toString()))
                    .onComplete(result));
    return result.future().await();
  }
}
