package flowcdk.common.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import flowcdk.common.webhook.RequestDocuments.Accepted;
import flowcdk.common.webhook.RequestDocuments.Refused;
import flowcdk.common.webhook.RequestDocuments.Routed;
import flowcdk.connector.webhook.BodyMatch;
import flowcdk.connector.webhook.HeaderMatch;
import flowcdk.connector.webhook.Router;
import flowcdk.connector.webhook.UrlMatch;
import flowcdk.connector.webhook.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A request becomes documents of its bindings with their _meta, or is refused whole. */
class RequestDocumentsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00.250Z");

  /** Bindings: 0 every request, 1 /orders/{id}, 2 header X-Kind: refund, 3 body type=install. */
  private final Router router =
      Router.of(
          List.of(
              UrlMatch.of("*"),
              UrlMatch.of("/orders/{id}"),
              HeaderMatch.of("X-Kind", "refund"),
              BodyMatch.of("type", "install")));

  private final AtomicLong ids = new AtomicLong();
  private final RequestDocuments documents =
      new RequestDocuments(router, () -> new UUID(0, ids.incrementAndGet()), () -> NOW);

  @Test
  void aDocumentGetsItsMetaFirstAndKeepsEveryFieldAsSent() {
    Accepted accepted =
        accept(
            new WebhookRequest("/hook", Map.of("Content-Type", "application/json")),
            Map.of(),
            "{\"_meta\":{\"op\":\"d\"},\"id\":12345678901234567890,\"amount\":1.50,\"tags\":[\"a\"]}");
    assertEquals(
        List.of(
            new Routed(
                0,
                flowcdk.runtime.json.RawJson.parse(
                    "{\"_meta\":{\"op\":\"u\",\"webhookId\":\"00000000-0000-0000-0000-000000000001\","
                        + "\"receivedAt\":\"2026-03-01T12:00:00.250Z\","
                        + "\"headers\":{\"Content-Type\":\"application/json\"},"
                        + "\"reqPath\":\"/hook\"},"
                        + "\"id\":12345678901234567890,\"amount\":1.50,\"tags\":[\"a\"]}"))),
        accepted.documents());
  }

  @Test
  void aBatchGoesToEachDocumentsBindingWithPathAndQueryParameters() {
    Accepted accepted =
        accept(
            new WebhookRequest("/orders/42", Map.of("X-Kind", "refund")),
            Map.of("shop", "acme"),
            "[{\"n\":1},{\"n\":2,\"type\":\"install\"}]");
    assertEquals(List.of(2, 2), accepted.documents().stream().map(Routed::binding).toList());

    Accepted byPath =
        accept(
            new WebhookRequest("/orders/42", Map.of()),
            Map.of("shop", "acme"),
            "[{\"n\":1},{\"n\":2,\"type\":\"install\"}]");
    assertEquals(List.of(1, 3), byPath.documents().stream().map(Routed::binding).toList());
    assertEquals(
        "{\"op\":\"u\",\"webhookId\":\"00000000-0000-0000-0000-000000000003\","
            + "\"receivedAt\":\"2026-03-01T12:00:00.250Z\",\"headers\":{},\"reqPath\":\"/orders/42\","
            + "\"pathParams\":{\"id\":\"42\"},\"queryParams\":{\"shop\":\"acme\"}}",
        meta(byPath.documents().get(0)));
    assertEquals(
        "{\"op\":\"u\",\"webhookId\":\"00000000-0000-0000-0000-000000000004\","
            + "\"receivedAt\":\"2026-03-01T12:00:00.250Z\",\"headers\":{},\"reqPath\":\"/orders/42\","
            + "\"queryParams\":{\"shop\":\"acme\"}}",
        meta(byPath.documents().get(1)),
        "a body rule has no path parameters");
    assertEquals(List.of(), accept(new WebhookRequest("/", Map.of()), Map.of(), "[]").documents());
  }

  @Test
  void bodiesThatAreNotJsonAreRefused() {
    for (String body : List.of("", "{", "{\"a\":1} {\"b\":2}", "not json")) {
      Refused refused = refuse(new WebhookRequest("/", Map.of()), body);
      assertEquals(400, refused.status(), body);
      assertEquals("Request body must be valid JSON", refused.message());
    }
  }

  @Test
  void aBatchWithOneNonObjectIsRefusedWhole() {
    Refused refused = refuse(new WebhookRequest("/", Map.of()), "[{\"a\":1},42]");
    assertEquals(400, refused.status());
    assertEquals("Documents are expected to be JSON objects", refused.message());
    assertEquals(Map.of("doc_type", "number"), refused.details());
    assertEquals(
        "array", refuse(new WebhookRequest("/", Map.of()), "[[1]]").details().get("doc_type"));
    assertEquals(0, ids.get(), "no document was made");
  }

  @Test
  void aDocumentNoBindingMatchesRefusesTheRequest() {
    RequestDocuments narrow =
        new RequestDocuments(
            Router.of(List.of(UrlMatch.of("/orders/{id}"))), () -> new UUID(0, 1), () -> NOW);
    RequestDocuments.Outcome outcome =
        narrow.read(
            new WebhookRequest("/other", Map.of("X-B", "secret-value", "X-A", "1")),
            Map.of(),
            "{\"z\":1,\"a\":{\"secret\":2}}".getBytes(StandardCharsets.UTF_8));
    Refused refused = assertInstanceOf(Refused.class, outcome);
    assertEquals(404, refused.status());
    assertEquals("No matching binding for request", refused.message());
    assertEquals(
        Map.of(
            "path",
            "/other",
            "header_names",
            List.of("X-A", "X-B"),
            "body_keys",
            List.of("a", "z")),
        refused.details(),
        "names only: header and body values stay out of the log");
  }

  private Accepted accept(WebhookRequest request, Map<String, String> query, String body) {
    return assertInstanceOf(
        Accepted.class, documents.read(request, query, body.getBytes(StandardCharsets.UTF_8)));
  }

  private Refused refuse(WebhookRequest request, String body) {
    return assertInstanceOf(
        Refused.class, documents.read(request, Map.of(), body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String meta(Routed routed) {
    String json = routed.document().toString();
    int start = json.indexOf("{", 1);
    int depth = 0;
    for (int i = start; i < json.length(); i++) {
      depth += json.charAt(i) == '{' ? 1 : json.charAt(i) == '}' ? -1 : 0;
      if (depth == 0) {
        return json.substring(start, i + 1);
      }
    }
    throw new AssertionError("no _meta in " + json);
  }
}
