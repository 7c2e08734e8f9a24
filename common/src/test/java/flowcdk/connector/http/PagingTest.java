package flowcdk.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.http.Await;
import flowcdk.common.http.HttpSession;
import flowcdk.common.http.SleepRecorder;
import flowcdk.common.http.TestServer;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The way a connector pages through an API: decoded pages linked by a {@code next} URL. */
class PagingTest {

  private final Vertx vertx = Vertx.vertx();
  private TestServer server;
  private Http http;
  private HttpSession session;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(vertx);
    session =
        new HttpSession(
            vertx,
            SleepRecorder.auto(),
            new StopSignal(),
            Log.root().child("http"),
            HttpSettings.defaults());
    http = session;
    server.route(
        "/docs",
        request -> {
          String page = request.getParam("page", "1");
          String body =
              switch (page) {
                case "1" ->
                    "{\"docs\":[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}],"
                        + "\"next\":\""
                        + server.url("/docs?page=2")
                        + "\"}";
                case "2" ->
                    "{\"docs\":[{\"id\":3,\"name\":\"c\"}],"
                        + "\"next\":\""
                        + server.url("/docs?page=3")
                        + "\"}";
                default -> "{\"docs\":[{\"id\":4,\"name\":\"d\"},{\"id\":5,\"name\":null}]}";
              };
          request.response().putHeader("Content-Type", "application/json").end(body);
        });
  }

  @AfterEach
  void stop() throws Exception {
    Await.result(session.close());
    server.close();
    Await.result(vertx.close());
  }

  /** Fetches {@code url} and the pages after it, adding their documents to {@code docs}. */
  private Future<List<Doc>> fetchAll(String url, List<Doc> docs) {
    return http.request(HttpRequest.get(url), DocPageJson.INSTANCE)
        .compose(
            page -> {
              docs.addAll(page.docs());
              return page.next() == null
                  ? Future.succeededFuture(docs)
                  : fetchAll(page.next(), docs);
            });
  }

  @Test
  void everyDocumentOfThreePagesArrivesInOrder() throws Exception {
    List<Doc> docs = Await.result(fetchAll(server.url("/docs"), new ArrayList<>()));

    assertEquals(
        List.of(
            new Doc(1, "a"), new Doc(2, "b"), new Doc(3, "c"), new Doc(4, "d"), new Doc(5, null)),
        docs);
    assertEquals(
        List.of("/docs", "/docs?page=2", "/docs?page=3"),
        server.arrivals().stream().map(TestServer.Arrival::uri).toList());
  }

  @Test
  void aPageThatDoesNotDecodeNamesTheUrlAndTheProblems() throws Exception {
    server.route(
        "/bad",
        request ->
            request
                .response()
                .putHeader("Content-Type", "application/json")
                .end("{\"docs\":[{\"id\":\"one\"}],\"next\":5}"));

    Throwable failure =
        Await.failure(http.request(HttpRequest.get(server.url("/bad")), DocPageJson.INSTANCE));

    HttpDecodeException error = assertInstanceOf(HttpDecodeException.class, failure);
    assertEquals(server.url("/bad"), error.url());
    String message = error.getMessage();
    assertTrue(
        message.startsWith(
            "the response of GET "
                + server.url("/bad")
                + " (Content-Type: application/json) could not be decoded: 2 problems decoding"
                + " DocPage:"),
        message);
    assertTrue(message.contains("/docs/0/id"), message);
    assertTrue(message.contains("/next"), message);
  }

  @Test
  void aBodyThatIsNotJsonIsADecodeProblemNotAParserStack() throws Exception {
    server.route("/html", request -> request.response().end("<html>oops</html>"));

    Throwable failure =
        Await.failure(http.request(HttpRequest.get(server.url("/html")), DocPageJson.INSTANCE));

    HttpDecodeException error = assertInstanceOf(HttpDecodeException.class, failure);
    assertTrue(
        error.getMessage().contains("could not be decoded: 1 problem decoding DocPage"),
        error.getMessage());
  }
}
