package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpTransportException;
import io.vertx.core.http.HttpMethod;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failures to connect: retried 3 times with the back-off, each warned about, then reported. */
class ConnectionErrorTest extends HttpTestBase {

  @Test
  void aRefusedConnectionIsTriedFourTimesThenNamesMethodUrlAndCause() throws Exception {
    TestServer gone = TestServer.start(vertx);
    String url = gone.url("/anything?x=1");
    gone.close();

    try (CapturedLogs logs = new CapturedLogs()) {
      Throwable failure = Await.failure(http.request(HttpRequest.post(url).withoutToken()));

      HttpTransportException error = assertInstanceOf(HttpTransportException.class, failure);
      assertEquals(HttpMethod.POST, error.method());
      assertEquals(url, error.url());
      assertTrue(
          error.getMessage().startsWith("POST " + url + ": failed after 4 attempts: "),
          error.getMessage());
      assertTrue(
          error.getMessage().toLowerCase(Locale.ROOT).contains("refused"), error.getMessage());

      List<Map<String, Object>> warnings =
          logs.withMessage("error occurred while establishing connection (will retry)");
      assertEquals(3, warnings.size());
      Map<String, Object> fields = CapturedLogs.fields(warnings.get(2));
      assertEquals(url, fields.get("url"));
      assertEquals("POST", fields.get("method"));
      assertEquals(3L, ((Number) fields.get("attempt")).longValue());
      assertTrue(fields.get("error").toString().toLowerCase(Locale.ROOT).contains("refused"));
    }
    List<Duration> sleeps = clock.sleeps();
    assertEquals(3, sleeps.size(), sleeps.toString());
    for (int retry = 1; retry <= 3; retry++) {
      assertTrue(sleeps.get(retry - 1).compareTo(Duration.ofSeconds(1L << (retry - 1))) <= 0);
    }
  }
}
