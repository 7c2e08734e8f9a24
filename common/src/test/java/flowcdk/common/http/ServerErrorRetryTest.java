package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.HttpError;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** 5xx responses: retried with a back-off while the policy agrees, then message A. */
class ServerErrorRetryTest extends HttpTestBase {

  /** Answers {@code statuses} in turn, then 200 {@code done}. */
  private void answer(int... statuses) {
    AtomicInteger seen = new AtomicInteger();
    server.route(
        "/flaky",
        request -> {
          int n = seen.getAndIncrement();
          if (n < statuses.length) {
            request
                .response()
                .setStatusCode(statuses[n])
                .putHeader("Content-Type", "text/plain; charset=utf-8")
                .end("busy " + n);
          } else {
            request.response().end("done");
          }
        });
  }

  @Test
  void aBurstOf5xxIsRetriedWithBackOffAndWarnings() throws Exception {
    answer(503, 500, 502);
    try (CapturedLogs logs = new CapturedLogs()) {
      assertEquals(
          "done", Await.result(http.request(HttpRequest.get(server.url("/flaky")))).text());
      assertEquals(4, server.count());

      List<Map<String, Object>> warnings = logs.withMessage("server internal error (will retry)");
      assertEquals(3, warnings.size());
      List<Object> statuses = new ArrayList<>();
      for (Map<String, Object> warning : warnings) {
        Map<String, Object> fields = CapturedLogs.fields(warning);
        statuses.add(((Number) fields.get("status_code")).intValue());
        assertEquals("text/plain", fields.get("content_type"));
        assertEquals("WARNING", warning.get("level"));
      }
      assertEquals(List.of(503, 500, 502), statuses);
      assertEquals("busy 1", CapturedLogs.fields(warnings.get(1)).get("body"));
    }
    // Capped exponential back-off with full jitter: retry n waits at most 2^(n-1) s.
    List<Duration> sleeps = clock.sleeps();
    assertEquals(3, sleeps.size(), sleeps.toString());
    for (int n = 1; n <= 3; n++) {
      Duration ceiling = Duration.ofSeconds(1L << (n - 1));
      Duration wait = sleeps.get(n - 1);
      assertTrue(!wait.isNegative() && wait.compareTo(ceiling) <= 0, wait + " > " + ceiling);
    }
  }

  @Test
  void aPolicyThatStopsAfterTwoAttemptsFailsWithMessageA() throws Exception {
    answer(500, 500, 500);
    String url = server.url("/flaky?page=2&q=a%20b");
    Throwable failure =
        Await.failure(http.request(HttpRequest.get(url).retry(RetryPolicy.maxAttempts(2))));

    HttpError error = assertInstanceOf(HttpError.class, failure);
    assertEquals(
        "Encountered HTTP error status 500.\nURL: "
            + url
            + "\nContent-Type: text/plain\nResponse:\nbusy 1",
        error.getMessage());
    assertEquals(500, error.status());
    assertEquals(url, error.url());
    assertEquals("text/plain", error.contentType());
    assertEquals("busy 1", error.body());
    assertEquals(2, server.count());
  }

  @Test
  void thePolicySeesEveryAttemptCounted429sIncluded() throws Exception {
    answer(429, 500, 500, 500);
    List<Integer> asked = new ArrayList<>();
    Throwable failure =
        Await.failure(
            http.request(
                HttpRequest.get(server.url("/flaky"))
                    .retry(
                        (status, headers, body, attempt) -> {
                          asked.add(attempt);
                          return attempt < 3;
                        })));
    assertInstanceOf(HttpError.class, failure);
    assertEquals(List.of(2, 3), asked);
    assertEquals(3, server.count());
  }
}
