package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import flowcdk.connector.http.HttpError;
import flowcdk.connector.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 4xx responses other than 429: never retried, message B. */
class ClientErrorTest extends HttpTestBase {

  @Test
  void a404FailsAtOnceWithMessageB() throws Exception {
    server.route(
        "/users/7",
        request ->
            request
                .response()
                .setStatusCode(404)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end("{\"error\":\"no such user\"}"));
    HttpRequest request = HttpRequest.get(server.url("/users/7")).query("expand", "a b");

    HttpError error = assertInstanceOf(HttpError.class, Await.failure(http.request(request)));

    assertEquals(
        "Encountered HTTP error status 404 which cannot be retried.\n"
            + "URL: "
            + server.url("/users/7?expand=a%20b")
            + "\nContent-Type: application/json\n"
            + "Response:\n"
            + "{\"error\":\"no such user\"}",
        error.getMessage());
    assertEquals(404, error.status());
    assertEquals(1, server.count());
    assertEquals(List.of(), clock.sleeps());
  }

  @Test
  void aBodyWithInvalidUtf8ShowsTheBytesEscapedAndAMissingTypeAsOctetStream() throws Exception {
    server.route(
        "/bad",
        request ->
            request
                .response()
                .setStatusCode(400)
                .end(io.vertx.core.buffer.Buffer.buffer(new byte[] {'o', 'k', (byte) 0xff, '!'})));

    HttpError error =
        assertInstanceOf(
            HttpError.class, Await.failure(http.request(HttpRequest.get(server.url("/bad")))));

    assertEquals("ok\\xff!", error.body());
    assertEquals("application/octet-stream", error.contentType());
    assertEquals(
        "Encountered HTTP error status 400 which cannot be retried.\nURL: "
            + server.url("/bad")
            + "\nContent-Type: application/octet-stream\nResponse:\nok\\xff!",
        error.getMessage());
  }
}
