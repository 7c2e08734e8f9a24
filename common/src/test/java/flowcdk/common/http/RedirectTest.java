package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpResponse;
import flowcdk.connector.http.HttpTransportException;
import io.vertx.core.Future;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redirects: followed by the client itself, never carrying credentials to another origin. */
class RedirectTest extends HttpTestBase {

  private static final String SECRET = "Bearer redirect-test-token-S3CRET";

  private TestServer other;

  @BeforeEach
  void startOtherServer() throws Exception {
    other = TestServer.start(vertx);
    other.route("/landing", request -> request.response().end("elsewhere"));
    server.route("/landing", request -> request.response().end("home"));
    http.tokenSource(() -> Future.succeededFuture(new AuthHeader("Authorization", SECRET)));
  }

  @AfterEach
  void closeOtherServer() throws Exception {
    other.close();
  }

  private void redirect(String path, int status, String location) {
    server.route(
        path,
        request -> request.response().setStatusCode(status).putHeader("Location", location).end());
  }

  @Test
  void aRedirectToAnotherOriginDropsTheCredentials() throws Exception {
    redirect("/start", 302, other.url("/landing"));

    HttpResponse response =
        Await.result(
            http.request(
                HttpRequest.get(server.url("/start"))
                    .header("Cookie", "session=S3CRET-abc")
                    .header("Proxy-Authorization", "Basic S3CRET-xyz")
                    .header("X-Trace", "t-1")));

    assertEquals("elsewhere", response.text());
    assertEquals(other.url("/landing"), response.url());
    assertEquals(SECRET, server.arrivals().get(0).header("Authorization"));
    TestServer.Arrival landed = other.arrivals().get(0);
    assertNull(landed.header("Authorization"));
    assertNull(landed.header("Cookie"));
    assertNull(landed.header("Proxy-Authorization"));
    assertEquals("t-1", landed.header("X-Trace"));
  }

  @Test
  void aCustomTokenHeaderIsDroppedToo() throws Exception {
    HttpSession custom = session(settings());
    custom.tokenSource(() -> Future.succeededFuture(new AuthHeader("api-key", "k-S3CRET")));
    redirect("/start", 307, other.url("/landing"));
    try {
      Await.result(custom.request(HttpRequest.get(server.url("/start"))));
    } finally {
      Await.result(custom.close());
    }
    assertEquals("k-S3CRET", server.arrivals().get(0).header("api-key"));
    assertNull(other.arrivals().get(0).header("api-key"));
  }

  @Test
  void aRedirectOnTheSameOriginKeepsTheCredentials() throws Exception {
    redirect("/start", 301, "/landing");

    HttpResponse response = Await.result(http.request(HttpRequest.get(server.url("/start"))));

    assertEquals("home", response.text());
    assertEquals(server.url("/landing"), response.url());
    assertEquals(SECRET, server.arrivals().get(1).header("Authorization"));
  }

  @Test
  void credentialsDroppedOnceStayDroppedOnTheWayBack() throws Exception {
    redirect("/start", 302, other.url("/back"));
    other.route(
        "/back",
        request ->
            request
                .response()
                .setStatusCode(302)
                .putHeader("Location", server.url("/landing"))
                .end());

    assertEquals("home", Await.result(http.request(HttpRequest.get(server.url("/start")))).text());
    assertNull(server.arrivals().get(1).header("Authorization"));
  }

  @Test
  void a303TurnsAPostIntoAGetWithoutBody() throws Exception {
    redirect("/submit", 303, "/landing");

    Await.result(http.request(HttpRequest.post(server.url("/submit")).form(Map.of("a", "1"))));

    TestServer.Arrival post = server.arrivals().get(0);
    TestServer.Arrival get = server.arrivals().get(1);
    assertEquals("POST", post.method());
    assertEquals("a=1", post.body());
    assertEquals("GET", get.method());
    assertEquals("", get.body());
    assertNull(get.header("Content-Type"));
  }

  @Test
  void a307RepeatsTheMethodAndBody() throws Exception {
    redirect("/submit", 307, "/landing");

    Await.result(http.request(HttpRequest.post(server.url("/submit")).form(Map.of("a", "1"))));

    TestServer.Arrival again = server.arrivals().get(1);
    assertEquals("POST", again.method());
    assertEquals("a=1", again.body());
    assertEquals("application/x-www-form-urlencoded", again.header("Content-Type"));
  }

  @Test
  void moreThanTenRedirectsFail() throws Exception {
    redirect("/loop", 302, "/loop");

    Throwable failure = Await.failure(http.request(HttpRequest.get(server.url("/loop"))));

    HttpTransportException error = assertInstanceOf(HttpTransportException.class, failure);
    assertTrue(
        error
            .getMessage()
            .startsWith("GET " + server.url("/loop") + ": gave up after 10 redirects"),
        error.getMessage());
    assertEquals(11, server.count());
  }
}
