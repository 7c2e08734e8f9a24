package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import flowcdk.connector.http.HttpError;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Token exchanges through the client: forms without credentials, through the attempt loop. */
class TokenEndpointTest extends HttpTestBase {

  @Test
  void aFormIsPostedWithoutTheCapturesCredentials() throws Exception {
    AtomicInteger fetched = new AtomicInteger();
    http.tokenSource(
        () -> {
          fetched.incrementAndGet();
          return Future.succeededFuture(new AuthHeader("Authorization", "Bearer S3CRET-x"));
        });
    AtomicInteger seen = new AtomicInteger();
    server.route(
        "/oauth/token",
        request -> {
          if (seen.getAndIncrement() == 0) {
            request.response().setStatusCode(503).end();
          } else {
            request
                .response()
                .putHeader("Content-Type", "application/json")
                .end("{\"access_token\": \"S3CRET-abc\", \"expires_in\": 3600}");
          }
        });
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", "r S3CRET t");

    RawJson answer =
        Await.result(
            http.postForm(
                server.url("/oauth/token"),
                form,
                Map.of("Authorization", "Basic S3CRET-Y2xpZW50")));

    assertEquals(RawJson.parse("{\"access_token\":\"S3CRET-abc\",\"expires_in\":3600}"), answer);
    TestServer.Arrival post = server.arrivals().get(1);
    assertEquals("POST", post.method());
    assertEquals("grant_type=refresh_token&refresh_token=r+S3CRET+t", post.body());
    assertEquals("Basic S3CRET-Y2xpZW50", post.header("Authorization"));
    assertEquals(0, fetched.get());
  }

  @Test
  void aRefusedExchangeIsAnHttpError() throws Exception {
    server.route(
        "/oauth/token",
        request -> request.response().setStatusCode(400).end("{\"error\":\"invalid_grant\"}"));
    HttpError error =
        assertInstanceOf(
            HttpError.class,
            Await.failure(http.postForm(server.url("/oauth/token"), Map.of(), Map.of())));
    assertEquals(400, error.status());
    assertNull(server.arrivals().get(0).header("Authorization"));
  }

  @Test
  void aFailingTokenSourceFailsTheCallWithItsErrorBeforeAnythingIsSent() throws Exception {
    IllegalStateException refused = new IllegalStateException("the refresh token was revoked");
    http.tokenSource(() -> Future.failedFuture(refused));
    server.route("/data", request -> request.response().end("{}"));

    Throwable failure =
        Await.failure(http.request(flowcdk.connector.http.HttpRequest.get(server.url("/data"))));

    assertEquals(refused, failure);
    assertEquals(0, server.count());
  }

  @Test
  void theTokenSourceIsSetOnce() {
    http.tokenSource(() -> Future.succeededFuture(new AuthHeader("a", "b-S3CRET")));
    assertThrows(
        IllegalStateException.class,
        () -> http.tokenSource(() -> Future.succeededFuture(new AuthHeader("a", "c-S3CRET"))));
  }
}
