package flowcdk.bench.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plain client pages every binding of a real page server to its end and counts. */
class PlainClientTest {

  private Vertx vertx;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  @Test
  void countsEveryDocumentOfEveryBinding() {
    PageServer server = PageServer.start(vertx, new PageShape(3, 4, 5, 2), "127.0.0.1", 0).await();
    assertEquals(3L * 4 * 5, PlainClient.fetchAll(vertx, server.baseUrl(), 3).await());
    assertEquals(4L * 5, PlainClient.fetchAll(vertx, server.baseUrl(), 1).await());
  }

  @Test
  void withWorkEveryPageIsDecodedAndReencoded() throws IOException {
    PageServer server = PageServer.start(vertx, new PageShape(2, 3, 4, 2), "127.0.0.1", 0).await();
    assertEquals(
        2L * 3 * 4,
        PlainClient.fetchAll(vertx, server.baseUrl(), 2, new PageWork()::apply).await());
    // A page the codec refuses fails, where the counting client would have counted it.
    IOException error =
        assertThrows(
            IOException.class,
            () -> new PageWork().apply("{\"items\":[{\"id\":\"x\"}],\"next\":null}".getBytes()));
    assertTrue(error.getMessage().contains("/items/0/id"), error.getMessage());
  }

  @Test
  void aBindingTheServerLacksFailsNamingItsUrl() {
    PageServer server = PageServer.start(vertx, new PageShape(2, 1, 5, 2), "127.0.0.1", 0).await();
    IOException error =
        assertThrows(
            IOException.class, () -> PlainClient.fetchAll(vertx, server.baseUrl(), 3).await());
    assertTrue(
        error.getMessage().startsWith("GET " + server.baseUrl() + "/items2?page=0: status 404: "),
        error.getMessage());
  }

  @Test
  void pageCountsItemsAndNext() throws IOException {
    assertEquals(
        new PageCount(2, 7),
        PageCount.parse(
            "{\"items\":[{\"a\":[1,{}]},{}],\"extra\":{\"x\":1},\"next\":7}".getBytes()));
    assertEquals(new PageCount(0, -1), PageCount.parse("{\"next\":null,\"items\":[]}".getBytes()));
    IOException error =
        assertThrows(IOException.class, () -> PageCount.parse("{\"items\":{}}".getBytes()));
    assertTrue(error.getMessage().startsWith("expected items to be an array"), error.getMessage());
  }
}
