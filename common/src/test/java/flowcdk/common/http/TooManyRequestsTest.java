package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.connector.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** 429 without {@code Retry-After}: retried without limit, paced by the adaptive limiter. */
class TooManyRequestsTest extends HttpTestBase {

  /** Answers 429 {@code times} times, then 200. */
  private void limit(int times) {
    AtomicInteger seen = new AtomicInteger();
    server.route(
        "/busy",
        request -> {
          if (seen.getAndIncrement() < times) {
            request.response().setStatusCode(429).end("slow down");
          } else {
            request.response().end("ok");
          }
        });
  }

  @Test
  void retriesArePacedByTheLimiterOnceA429WasSeen() throws Exception {
    limit(2);
    assertEquals("ok", Await.result(http.request(HttpRequest.get(server.url("/busy")))).text());
    // No wait before the first request; after the first 429 the delay is 0.99 + 0.01 × 4 = 1.03 s,
    // after the second 1.03² s.
    assertEquals(
        List.of(Duration.ofMillis(1030), AdaptiveLimiter.seconds(1.03 * 1.03)), clock.sleeps());
    // Later calls are paced too: the limiter is the capture's.
    limit(0);
    Await.result(http.request(HttpRequest.get(server.url("/busy"))));
    assertEquals(3, clock.sleeps().size());
  }

  @Test
  void thereIsNoLimitToTheRetriesOf429() throws Exception {
    limit(2000);
    assertEquals("ok", Await.result(http.request(HttpRequest.get(server.url("/busy")))).text());
    assertEquals(2001, server.count());
  }
}
