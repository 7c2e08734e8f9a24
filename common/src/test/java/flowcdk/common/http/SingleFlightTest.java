package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import flowcdk.connector.http.Auth;
import flowcdk.connector.http.OAuth2Credentials;
import flowcdk.runtime.log.Log;
import flowcdk.testing.ManualClock;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One token exchange at a time (§9.5): callers that need a token while an exchange runs, from any
 * thread, share it. The token endpoint holds its response until every caller is waiting.
 */
class SingleFlightTest {

  private static final int CALLERS = 50;

  private Vertx vertx;
  private ExecutorService threads;
  private LogCapture logs;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    threads = Executors.newFixedThreadPool(8);
    // Only for its copy on stderr, which the build's secrets check reads.
    logs = new LogCapture();
  }

  @AfterEach
  void stop() {
    threads.shutdownNow();
    Await.result(vertx.close());
    logs.close();
  }

  @Test
  void concurrentCallersDuringAnExchangeShareIt() throws InterruptedException {
    Promise<TokenServer.Reply> release = Promise.promise();
    CountDownLatch received = new CountDownLatch(1);
    try (TokenServer server =
        TokenServer.start(
            vertx,
            request -> {
              received.countDown();
              return release.future();
            })) {
      TokenSource source =
          TokenSources.start(
              Auth.of(new OAuth2Credentials("c", "s-S3CRET", "r-S3CRET"))
                  .tokenUrl(server.url("/token")),
              new VertxTokenEndpoint(vertx),
              new ManualClock(Instant.parse("2024-05-01T12:00:00Z")),
              Log.root());

      List<Future<AuthHeader>> headers = new ArrayList<>();
      CountDownLatch go = new CountDownLatch(1);
      CountDownLatch called = new CountDownLatch(CALLERS);
      for (int i = 0; i < CALLERS; i++) {
        threads.execute(
            () -> {
              try {
                go.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
              Future<AuthHeader> header = source.header();
              synchronized (headers) {
                headers.add(header);
              }
              called.countDown();
            });
      }
      go.countDown();
      called.await();
      received.await();

      synchronized (headers) {
        assertEquals(CALLERS, headers.size());
        assertFalse(headers.stream().anyMatch(Future::isComplete), "all wait for the exchange");
      }
      release.complete(
          TokenServer.Reply.ok("{\"access_token\":\"shared-S3CRET\",\"expires_in\":3600}"));
      synchronized (headers) {
        for (Future<AuthHeader> header : headers) {
          assertEquals("Bearer shared-S3CRET", Await.result(header).value());
        }
      }
      assertEquals(1, server.requests().size());
      assertEquals("Bearer shared-S3CRET", Await.result(source.header()).value());
      assertEquals(1, server.requests().size());
    }
  }
}
