package flowcdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeApiTest {

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void routesAnswerAndCannedFailuresComeFirst() throws Exception {
    try (FakeApi api =
        FakeApi.start(routes -> routes.get("/v1/items", r -> r.response().end("[1,2]")))) {
      api.failNext(1, 429, "2");
      HttpResponse<String> limited = get(api.url("/v1/items?page=1"));
      assertEquals(429, limited.statusCode());
      assertEquals("2", limited.headers().firstValue("Retry-After").orElse(""));
      HttpResponse<String> ok = get(api.url("/v1/items?page=1"));
      assertEquals(200, ok.statusCode());
      assertEquals("[1,2]", ok.body());
      assertEquals(404, get(api.url("/v1/other")).statusCode());
      assertEquals(
          List.of(
              "GET /v1/items?page=1 (authorized) -> 429",
              "GET /v1/items?page=1 (authorized) -> 200",
              "GET /v1/other (authorized) -> 404"),
          api.requests().stream().map(FakeApi.Request::toString).toList());
      assertEquals("Bearer secret-token", api.requests().get(0).authorization());
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer secret-token")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
