package flowcdk.example.greenhouse.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.example.greenhouse.api.LinkHeader;
import flowcdk.testing.Captured;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake behaves as the tests of the connector rely on. */
class FakeHarvestTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private final HttpClient client = HttpClient.newHttpClient();
  private FakeHarvest fake;

  @BeforeEach
  void start() throws Exception {
    fake = FakeHarvest.start(NOW);
  }

  @AfterEach
  void close() throws Exception {
    fake.close();
  }

  @Test
  void tokensAreForTheClientsIdAndSecretInABasicHeader() throws Exception {
    assertEquals(401, token(FakeHarvest.CLIENT_ID, "wrong").statusCode());
    HttpResponse<String> issued = token(FakeHarvest.CLIENT_ID, FakeHarvest.CLIENT_SECRET);
    assertEquals(200, issued.statusCode());
    JsonNode body = Captured.parse(issued.body());
    assertTrue(Instant.parse(body.get("expires_at").asText()).isAfter(Instant.now()));
    assertEquals(401, get("/candidates", null).statusCode());
    assertEquals(401, get("/candidates", "not-issued").statusCode());
    assertEquals(200, get("/candidates", body.get("access_token").asText()).statusCode());
  }

  @Test
  void pagesFollowTheLinkHeaderThroughEveryRecordInIdOrder() throws Exception {
    String token = token();
    fake.pageSize(100);
    List<Long> ids = new ArrayList<>();
    int pages = 0;
    String uri = "/candidates?per_page=500";
    while (uri != null) {
      HttpResponse<String> page = get(uri, token);
      assertEquals(200, page.statusCode(), page.body());
      Captured.parse(page.body()).forEach(record -> ids.add(record.get("id").asLong()));
      pages++;
      String cursor = LinkHeader.nextCursor(page.headers().firstValue("Link").orElse(null));
      uri = cursor == null ? null : "/candidates?cursor=" + encode(cursor);
    }
    assertEquals(FakeHarvest.CANDIDATES / 100, pages);
    List<Long> expected =
        fake.records("candidates").stream().map(r -> r.get("id").asLong()).toList();
    assertEquals(FakeHarvest.CANDIDATES, expected.size());
    assertEquals(expected, ids);
    assertTrue(ids.stream().allMatch(id -> id > Integer.MAX_VALUE));
  }

  @Test
  void aCursorMustComeAlone() throws Exception {
    String token = token();
    fake.pageSize(10);
    HttpResponse<String> first = get("/jobs?per_page=2", token);
    String cursor = LinkHeader.nextCursor(first.headers().firstValue("Link").orElseThrow());
    assertEquals(400, get("/jobs?per_page=2&cursor=" + encode(cursor), token).statusCode());
    assertEquals(200, get("/jobs?cursor=" + encode(cursor), token).statusCode());
  }

  @Test
  void theUpdatedAtFilterKeepsTheWindowsRecords() throws Exception {
    String token = token();
    List<JsonNode> all = fake.records("candidates");
    Instant start = NOW.minus(Duration.ofDays(15));
    Instant end = NOW.minus(Duration.ofDays(8));
    String filter = "gt|" + start + "|lte|" + end;
    List<Long> expected = new ArrayList<>();
    for (JsonNode record : all) {
      Instant updated = Instant.parse(record.get("updated_at").asText());
      if (updated.isAfter(start) && !updated.isAfter(end)) {
        expected.add(record.get("id").asLong());
      }
    }
    HttpResponse<String> page = get("/candidates?per_page=500&updated_at=" + encode(filter), token);
    List<Long> ids = new ArrayList<>();
    Captured.parse(page.body()).forEach(record -> ids.add(record.get("id").asLong()));
    assertTrue(expected.size() > 100 && expected.size() < all.size(), "a window with records");
    assertEquals(expected, ids);
    assertEquals(
        400, get("/candidates?updated_at=" + encode("after|" + start), token).statusCode());
  }

  @Test
  void faultsComeInTheOrderTheyWereQueued() throws Exception {
    String token = token();
    fake.rateLimitNext(1, 7).failNext(1, 503);
    HttpResponse<String> limited = get("/jobs", token);
    assertEquals(429, limited.statusCode());
    assertEquals("7", limited.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(503, get("/jobs", token).statusCode());
    assertEquals(200, get("/jobs", token).statusCode());
  }

  @Test
  void tokensExpire() throws Exception {
    fake.tokenLifetime(FakeHarvest.CLOCK_SKEW.negated().minusSeconds(1));
    HttpResponse<String> issued = token(FakeHarvest.CLIENT_ID, FakeHarvest.CLIENT_SECRET);
    JsonNode body = Captured.parse(issued.body());
    assertTrue(Instant.parse(body.get("expires_at").asText()).isBefore(Instant.now()));
    assertEquals(401, get("/jobs", body.get("access_token").asText()).statusCode());
  }

  @Test
  void insertsAndUpdatesShowInTheListing() throws Exception {
    Instant at = NOW.plusSeconds(5);
    long id = fake.insert("offices", at);
    long first = fake.records("candidates").get(0).get("id").asLong();
    fake.update("candidates", first, at, "name", "renamed");
    JsonNode inserted = fake.records("offices").get(fake.records("offices").size() - 1);
    assertEquals(id, inserted.get("id").asLong());
    assertEquals(at.toString(), inserted.get("updated_at").asText());
    JsonNode updated = fake.records("candidates").get(0);
    assertEquals("renamed", updated.get("name").asText());
    assertEquals(at.toString(), updated.get("updated_at").asText());
  }

  @Test
  void aHeldPageIsAnsweredOnRelease() throws Exception {
    String token = token();
    fake.pageSize(100).holdPage("candidates", 2);
    HttpResponse<String> first = get("/candidates", token);
    String cursor = LinkHeader.nextCursor(first.headers().firstValue("Link").orElseThrow());
    CompletableFuture<HttpResponse<String>> second =
        client.sendAsync(
            request("/candidates?cursor=" + encode(cursor), token),
            HttpResponse.BodyHandlers.ofString());
    fake.awaitHeld(Duration.ofSeconds(30));
    assertNull(second.getNow(null));
    fake.release();
    HttpResponse<String> answered = second.get();
    assertEquals(200, answered.statusCode());
    assertNotNull(answered.headers().firstValue("Link").orElse(null));
  }

  private String token() throws Exception {
    return Captured.parse(token(FakeHarvest.CLIENT_ID, FakeHarvest.CLIENT_SECRET).body())
        .get("access_token")
        .asText();
  }

  private HttpResponse<String> token(String id, String secret) throws Exception {
    String basic =
        Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return client.send(
        HttpRequest.newBuilder(URI.create(fake.tokenUrl()))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String uri, String token) throws Exception {
    return client.send(request(uri, token), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String uri, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(fake.apiUrl() + uri));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder.build();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
