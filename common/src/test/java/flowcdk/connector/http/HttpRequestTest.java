package flowcdk.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.RawJson;
import io.vertx.core.http.HttpMethod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building requests: immutability, the one-body rule, URL checks, and what toString shows. */
class HttpRequestTest {

  @Test
  void eachMethodReturnsANewRequest() {
    HttpRequest base = HttpRequest.get("https://api.example.com/v1/users");
    HttpRequest paged = base.query("page", 2).header("Accept", "application/json");
    assertEquals("https://api.example.com/v1/users", base.url());
    assertEquals(List.of(), base.headers());
    assertEquals(List.of(Map.entry("Accept", "application/json")), paged.headers());
    assertEquals("https://api.example.com/v1/users?page=2", paged.url());
    assertTrue(base.withToken());
    assertFalse(base.withoutToken().withToken());
    assertEquals(
        Duration.ofMinutes(5), base.timeout(Duration.ofMinutes(5)).timeout().orElseThrow());
    assertTrue(base.timeout().isEmpty());
    assertEquals(HttpMethod.GET, base.method());
  }

  @Test
  void aRequestHasAtMostOneBody() {
    HttpRequest json = HttpRequest.post("https://h/x").json(RawJson.parse("{}"));
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> json.form(Map.of("a", "b")));
    assertEquals(
        "this POST request already has a json body and cannot also have a form body: a request"
            + " has at most one body, json or form",
        error.getMessage());
    HttpRequest form = HttpRequest.post("https://h/x").form(Map.of("a", "b"));
    assertThrows(IllegalStateException.class, () -> form.json(RawJson.parse("{}")));
  }

  @Test
  void toStringShowsTheMethodAndUrlButNoHeaderValues() {
    HttpRequest request =
        HttpRequest.post("https://h/x")
            .header("Authorization", "Bearer very-secret")
            .form(Map.of("password", "hunter2"))
            .query("a", 1);
    assertEquals("POST https://h/x?a=1", request.toString());
  }

  @Test
  void onlyAbsoluteHttpUrlsAreAccepted() {
    assertEquals(
        "not an http or https URL: ftp://h/x; give an absolute URL such as https://host/path",
        assertThrows(IllegalArgumentException.class, () -> HttpRequest.get("ftp://h/x"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> HttpRequest.get("/relative"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> HttpRequest.get("https://h/a b"))
            .getMessage()
            .startsWith("not a valid URL: https://h/a b (Illegal character in path at index 11)"));
  }

  @Test
  void nullsAndNonPositiveTimeoutsAreRefusedWithTheirName() {
    HttpRequest request = HttpRequest.get("https://h/x");
    assertEquals(
        "query parameter since has no value (null)",
        assertThrows(NullPointerException.class, () -> request.query("since", null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> request.timeout(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> request.connectTimeout(Duration.ofSeconds(-1)));
  }

  @Test
  void maxAttemptsCountsEveryAttempt() {
    RetryPolicy twice = RetryPolicy.maxAttempts(2);
    assertTrue(twice.shouldRetry(500, null, null, 1));
    assertFalse(twice.shouldRetry(500, null, null, 2));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.maxAttempts(0));
    assertTrue(RetryPolicy.ALWAYS.shouldRetry(503, null, null, 1000));
  }
}
