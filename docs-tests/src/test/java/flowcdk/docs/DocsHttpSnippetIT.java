package flowcdk.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A complete REST connector" in {@code docs/http.md}, pasted as printed into an empty folder
 * outside this reactor, builds with the kit's installed artifacts into a connector jar whose {@code
 * spec} marks the token secret, whose {@code preview} captures every ticket of a local API that
 * wants a bearer token and answers the first request with 429 and {@code Retry-After}, and whose
 * {@code validate} runs the connector's check against the same API.
 */
class DocsHttpSnippetIT {

  /** Long and unusual enough that finding it in a log can only mean the log shows the token. */
  private static final String TOKEN = "docs-http-token-5b1e9c";

  /** The tickets of each page, by the cursor that asks for it (none for the first page). */
  private static final Map<String, List<Integer>> PAGES =
      Map.of("", List.of(1, 2), "c2", List.of(3, 4), "c3", List.of(5, 6));

  /** The cursor of the page after each page. */
  private static final Map<String, String> NEXT = Map.of("", "c2", "c2", "c3");

  /** One request as the server saw it: when, what, with which credentials, and its answer. */
  private record Arrival(long nanos, String uri, String authorization, int status) {}

  @TempDir Path dir;

  private LocalApi api;
  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
  private final AtomicBoolean limited = new AtomicBoolean();

  @BeforeEach
  void startServer() throws Exception {
    api = LocalApi.start(this::serve);
  }

  @AfterEach
  void stopServer() throws Exception {
    api.close();
  }

  /**
   * The ticketing API of the page: {@code GET /api/tickets?per_page=N[&cursor=C]} with a bearer
   * token (401 without), whose very first request is answered 429 with {@code Retry-After: 1}.
   */
  private void serve(HttpServerRequest request) {
    long now = System.nanoTime();
    String authorization = request.getHeader("Authorization");
    String cursor = request.getParam("cursor", "");
    int status;
    String body;
    if (!("Bearer " + TOKEN).equals(authorization)) {
      status = 401;
      body = "{\"error\":\"a bearer token is required\"}";
    } else if (!request.path().equals("/api/tickets") || !PAGES.containsKey(cursor)) {
      status = 404;
      body = "{\"error\":\"no such page\"}";
    } else if (limited.compareAndSet(false, true)) {
      status = 429;
      body = "{\"error\":\"slow down\"}";
      request.response().putHeader("Retry-After", "1");
    } else {
      status = 200;
      body = page(cursor);
    }
    arrivals.add(new Arrival(now, request.uri(), authorization, status));
    request
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(body);
  }

  private static String page(String cursor) {
    JsonArray tickets = new JsonArray();
    for (int id : PAGES.get(cursor)) {
      tickets.add(
          new JsonObject()
              .put("id", id)
              .put("subject", "Ticket " + id)
              .put("updated_at", "2024-05-0" + id + "T12:00:00Z"));
    }
    JsonObject page = new JsonObject().put("tickets", tickets);
    if (NEXT.containsKey(cursor)) {
      page.put("next_cursor", NEXT.get(cursor));
    }
    return page.encode();
  }

  @Test
  void restConnectorBuildsAndCapturesEveryPageAsPasted() throws Exception {
    PastedProject project = PastedProject.paste("docs/http.md", dir, "source-tickets.jar");
    project.build();

    PastedProject.Run spec = project.run("spec");
    assertEquals(1, spec.stdout().size(), () -> "spec prints one line: " + spec.stdout());
    JsonObject configSchema =
        new JsonObject(spec.stdout().get(0)).getJsonObject("spec").getJsonObject("configSchema");
    List<JsonObject> tokens = new ArrayList<>();
    propertiesNamed(configSchema, "access_token", tokens);
    assertFalse(tokens.isEmpty(), () -> "the config schema has no access_token: " + configSchema);
    for (JsonObject token : tokens) {
      assertEquals(true, token.getValue("secret"), () -> "access_token is not secret: " + token);
    }

    String baseUrl = api.url("/api");
    Files.writeString(
        dir.resolve("config.json"),
        "{\"base_url\": \""
            + baseUrl
            + "\", \"credentials\": {\"credentials_title\": \"Private App Credentials\","
            + " \"access_token\": \""
            + TOKEN
            + "\"}}");

    PastedProject.Run preview =
        project.run("preview", "--config", "config.json", "--max-docs", "6");
    for (int id = 1; id <= 6; id++) {
      String document = "{\"id\":" + id + ",\"subject\":\"Ticket " + id + "\"";
      assertTrue(
          preview.stdout().stream().anyMatch(line -> line.startsWith("tickets: " + document)),
          () -> "preview prints ticket " + document + ":\n" + preview);
    }
    List<String> uris = arrivals.stream().map(Arrival::uri).toList();
    assertEquals(
        List.of(
            "/api/tickets?per_page=100",
            "/api/tickets?per_page=100",
            "/api/tickets?per_page=100&cursor=c2",
            "/api/tickets?per_page=100&cursor=c3"),
        uris,
        () -> "the requests of preview:\n" + preview);
    assertEquals(
        List.of(429, 200, 200, 200),
        arrivals.stream().map(Arrival::status).toList(),
        uris::toString);
    // The server asked for 1 s: the retry came no sooner (the budget alone would allow 0.1 s).
    long waitedMillis =
        TimeUnit.NANOSECONDS.toMillis(arrivals.get(1).nanos() - arrivals.get(0).nanos());
    assertTrue(waitedMillis >= 990, () -> "the retry came " + waitedMillis + " ms after the 429");
    assertTrue(
        preview.stderr().contains("Rate limited by 127.0.0.1: waiting 1 s as the server asked"),
        () -> "no connectorStatus event for the 429:\n" + preview.stderr());
    assertFalse(preview.stderr().contains(TOKEN), () -> "the log shows the token:\n" + preview);

    PastedProject.Run validate = project.run("validate", "--config", "config.json");
    Arrival check = arrivals.get(arrivals.size() - 1);
    assertEquals("/api/tickets?per_page=1", check.uri(), () -> "check's request:\n" + validate);
    assertEquals(200, check.status());
    assertFalse(validate.stderr().contains(TOKEN), () -> "the log shows the token:\n" + validate);

    for (Arrival arrival : arrivals) {
      assertEquals("Bearer " + TOKEN, arrival.authorization(), arrival::uri);
    }
  }

  /** Every schema of a property named {@code name}, anywhere under {@code schema}. */
  private static void propertiesNamed(Object schema, String name, List<JsonObject> found) {
    if (schema instanceof JsonObject object) {
      if (object.getValue("properties") instanceof JsonObject properties
          && properties.getValue(name) instanceof JsonObject property) {
        found.add(property);
      }
      for (String key : object.fieldNames()) {
        propertiesNamed(object.getValue(key), name, found);
      }
    } else if (schema instanceof JsonArray array) {
      for (Object item : array) {
        propertiesNamed(item, name, found);
      }
    }
  }
}
