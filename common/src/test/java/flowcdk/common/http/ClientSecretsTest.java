package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import flowcdk.connector.http.HttpError;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.RetryPolicy;
import io.vertx.core.Future;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Credentials never reach a message, a log line or a toString. */
class ClientSecretsTest extends HttpTestBase {

  private static final String SECRET = "tok-S3CRET-7f3a9c1e5b2d";

  @Test
  void errorsAndLogsNeverShowTheCredentials() throws Exception {
    AtomicInteger fetched = new AtomicInteger();
    http.tokenSource(
        () -> {
          fetched.incrementAndGet();
          return Future.succeededFuture(new AuthHeader("Authorization", "Bearer " + SECRET));
        });
    AtomicInteger seen = new AtomicInteger();
    server.route(
        "/private",
        request -> {
          switch (seen.getAndIncrement()) {
            case 0 -> request.response().setStatusCode(500).end("internal trouble");
            case 1 -> request.response().setStatusCode(429).end("slow down");
            default -> request.response().setStatusCode(401).end("{\"error\":\"unauthorized\"}");
          }
        });
    server.route("/down", request -> request.response().setStatusCode(500).end("still down"));

    try (CapturedLogs logs = new CapturedLogs()) {
      HttpRequest request = HttpRequest.get(server.url("/private")).header("X-Api-Key", SECRET);
      HttpError unauthorized =
          assertInstanceOf(HttpError.class, Await.failure(http.request(request)));
      HttpError serverError =
          assertInstanceOf(
              HttpError.class,
              Await.failure(
                  http.request(
                      HttpRequest.get(server.url("/down")).retry(RetryPolicy.maxAttempts(1)))));

      assertEquals(401, unauthorized.status());
      assertEquals(500, serverError.status());
      // The token was attached to every attempt, fetched afresh each time.
      assertEquals("Bearer " + SECRET, server.arrivals().get(2).header("Authorization"));
      assertEquals(4, fetched.get());
      String everything =
          unauthorized.getMessage()
              + serverError.getMessage()
              + unauthorized
              + serverError
              + request
              + new AuthHeader("Authorization", "Bearer " + SECRET)
              + logs.text();
      assertFalse(everything.contains(SECRET), everything);
      assertEquals(1, logs.withMessage("server internal error (will retry)").size());
    }
  }

  @Test
  void aTokenEndpointsAnswerThatIsNotJsonIsNotShown() throws Exception {
    server.route(
        "/token",
        request ->
            request.response().putHeader("Content-Type", "text/plain").end("access=" + SECRET));

    Throwable failure =
        Await.failure(http.postForm(server.url("/token"), Map.of("grant_type", "x"), Map.of()));

    assertEquals(
        "the token endpoint "
            + server.url("/token")
            + " answered 200 with a text/plain body that is not JSON ("
            + ("access=" + SECRET).length()
            + " bytes, not shown as they may hold a token); check the token URL",
        failure.getMessage());
    assertEquals(null, failure.getCause());
  }
}
