package flowcdk.connector.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.http.Await;
import flowcdk.connector.http.AccessToken;
import flowcdk.connector.http.Auth;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpSettings;
import flowcdk.runtime.RuntimeContext;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.task.StopSignal;
import flowcdk.testing.ManualClock;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The capture's client as the dispatcher hands it out. */
class CaptureHttpTest {

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private RuntimeContext runtime() {
    return new RuntimeContext(
        vertx, new ManualClock(Instant.parse("2026-12-01T00:00:00Z")), new StopSignal(), r -> {});
  }

  @Test
  void credentialsTheAuthCannotServeFailEveryRequestNotJustTheFirst() {
    AtomicInteger asked = new AtomicInteger();
    CaptureHttp http =
        new CaptureHttp(
            runtime(),
            () -> {
              asked.incrementAndGet();
              // Google scopes need service-account credentials: the token source refuses.
              return HttpSettings.defaults()
                  .auth(Auth.of(new AccessToken("tok-S3CRET-c1")).googleScopes("scope"));
            },
            Optional::empty);
    HttpRequest request = HttpRequest.get("http://127.0.0.1:9/never-sent");

    Throwable first = Await.failure(http.request(request));
    Throwable second = Await.failure(http.request(request));

    assertInstanceOf(IllegalStateException.class, first);
    assertEquals(first.getClass(), second.getClass());
    assertEquals(first.getMessage(), second.getMessage());
    assertTrue(!first.getMessage().contains("tok-S3CRET-c1"), first.getMessage());
    assertEquals(1, asked.get(), "the connector's settings are asked for once");
  }

  @Test
  void withoutRotatingCredentialsOpenHasNothingToRotate() {
    AtomicInteger asked = new AtomicInteger();
    CaptureHttp http =
        new CaptureHttp(
            runtime(),
            () -> {
              asked.incrementAndGet();
              return HttpSettings.defaults();
            },
            Optional::empty);
    Await.result(http.beforeCapture(RawJson.EMPTY_OBJECT, RawJson.EMPTY_OBJECT));
    assertEquals(1, asked.get());
  }
}
