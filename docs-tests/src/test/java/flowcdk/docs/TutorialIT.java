package flowcdk.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/tutorial-rest.md}, "Your first REST connector": every Java and XML block is a file of
 * the tutorial's project; pasted into an empty folder outside this reactor, the project builds with
 * the kit's installed artifacts and passes its own test, and its jar answers {@code spec}, captures
 * every record of a local fake of the API in {@code preview} (a token bought with the client's id
 * and secret in a basic header, a backfill from the config's start date, a second page asked for by
 * its cursor alone), printing the documents step 9 shows, fails {@code validate} with the
 * tutorial's message for a wrong secret, and logs no secret.
 */
class TutorialIT {

  private static final String PAGE = "docs/tutorial-rest.md";
  private static final String CLIENT_ID = "tutorial-client-id";
  private static final String CLIENT_SECRET = "tutorial-secret-c41e7Q";
  private static final String TOKEN = "tutorial-token-9b0f3d";

  /** The config's start date, as the tutorial's config.json gives it. */
  private static final String START_DATE = "2026-01-01T00:00:00Z";

  /** The second page's cursor: characters a URL must encode. */
  private static final String CURSOR = "page 2/=+";

  /** One request as the fake saw it, and its answer. */
  private record Arrival(
      String path, Map<String, String> query, String authorization, int status) {}

  @TempDir Path dir;

  private LocalApi api;
  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws Exception {
    api = LocalApi.start(this::serve);
  }

  @AfterEach
  void stopServer() throws Exception {
    api.close();
  }

  @Test
  void everyCodeBlockIsAFileOfTheProject() throws Exception {
    String page = Files.readString(PastedProject.ROOT.resolve(PAGE));
    Matcher fence = Pattern.compile("(?m)^```(java|xml)$").matcher(page);
    int blocks = 0;
    while (fence.find()) {
      blocks++;
      String before = page.substring(0, fence.start());
      assertTrue(
          before.endsWith(" -->\n")
              && before.lastIndexOf("<!-- file: ") > before.lastIndexOf("```"),
          () ->
              "a "
                  + fence.group(1)
                  + " block of "
                  + PAGE
                  + " at offset "
                  + fence.start()
                  + " has no '<!-- file: path -->' line before it, so no test compiles it");
    }
    assertEquals(blocks, Snippets.files(page).size(), "every block is a different file");
  }

  @Test
  void theTutorialsConnectorBuildsPassesItsTestAndCaptures() throws Exception {
    PastedProject project = PastedProject.paste(PAGE, dir, "source-harvest.jar");
    NestedMaven.Result build = project.build();
    assertTrue(
        build.log().contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0"),
        () -> "the tutorial's own test did not run and pass:\n" + build.log());

    String spec = project.run("spec").stdout().get(0);
    JsonObject schema = new JsonObject(spec).getJsonObject("spec").getJsonObject("configSchema");
    JsonObject clientSecret =
        schema
            .getJsonObject("$defs")
            .getJsonObject("ClientCredentials")
            .getJsonObject("properties")
            .getJsonObject("client_secret");
    assertEquals(
        true, clientSecret.getValue("secret"), () -> "client_secret is not secret: " + spec);

    Map<String, String> env =
        Map.of(
            "HARVEST_API_URL", url("/v3"),
            "HARVEST_TOKEN_URL", url("/token"));
    config("config.json", CLIENT_SECRET);
    PastedProject.Run preview =
        project.run(env, 0, "preview", "--config", "config.json", "--max-docs", "5");
    assertEquals(3, count(preview, "candidates: "), preview::toString);
    assertEquals(2, count(preview, "demographic_questions: "), preview::toString);
    assertEquals(
        printedDocuments(Files.readString(PastedProject.ROOT.resolve(PAGE))),
        documents(preview.stdout()),
        () -> "the documents step 9 shows are not the ones preview prints:\n" + preview);

    // The backfill's first page, its second page by the cursor alone; incremental windows (the
    // fake ignores their filter) may follow the same pages again.
    List<Arrival> candidates =
        arrivals.stream().filter(a -> a.path().equals("/v3/candidates")).toList();
    assertTrue(
        candidates.stream()
            .anyMatch(
                a ->
                    a.query()
                            .getOrDefault("updated_at", "")
                            .startsWith("gte|" + START_DATE + "|lte|")
                        && "500".equals(a.query().get("per_page"))),
        arrivals::toString);
    for (Arrival arrival : candidates) {
      assertTrue(
          arrival.query().keySet().equals(Set.of("updated_at", "per_page"))
              || arrival.query().equals(Map.of("cursor", CURSOR)),
          () -> "a first page with its filter, or a later one with the cursor alone: " + arrival);
    }
    assertTrue(
        candidates.stream().anyMatch(a -> a.query().containsKey("cursor")), arrivals::toString);
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    for (Arrival arrival : arrivals) {
      assertEquals(200, arrival.status(), arrivals::toString);
      assertEquals(
          arrival.path().equals("/token") ? basic : "Bearer " + TOKEN,
          arrival.authorization(),
          arrival::toString);
    }

    config("wrong.json", "not-the-secret");
    PastedProject.Run rejected = project.run(env, 1, "validate", "--config", "wrong.json");
    assertTrue(
        rejected.stderr().contains("Harvest refused the client id and secret"), rejected::toString);

    for (PastedProject.Run run : List.of(preview, rejected)) {
      for (String secret : List.of(CLIENT_SECRET, TOKEN, basic.substring("Basic ".length()))) {
        assertFalse(run.stderr().contains(secret), () -> "a log shows a secret:\n" + run);
      }
    }
  }

  /** The tutorial's API: a token endpoint, candidates in two pages, demographic questions. */
  private void serve(HttpServerRequest request) {
    request
        .body()
        .onSuccess(
            body -> {
              Map<String, String> query = new LinkedHashMap<>();
              request.params().forEach(p -> query.put(p.getKey(), p.getValue()));
              String authorization = request.getHeader("Authorization");
              HttpServerResponse response = request.response();
              int status;
              String answer;
              if (request.path().equals("/token")) {
                boolean valid =
                    body.toString().contains("grant_type=client_credentials")
                        && ("Basic "
                                + Base64.getEncoder()
                                    .encodeToString(
                                        (CLIENT_ID + ":" + CLIENT_SECRET)
                                            .getBytes(StandardCharsets.UTF_8)))
                            .equals(authorization);
                status = valid ? 200 : 401;
                answer =
                    valid
                        ? new JsonObject()
                            .put("access_token", TOKEN)
                            .put("expires_at", Instant.now().plusSeconds(3600).toString())
                            .encode()
                        : "{\"error\":\"invalid_client\"}";
              } else if (!("Bearer " + TOKEN).equals(authorization)) {
                status = 401;
                answer = "{\"error\":\"Unauthorized\"}";
              } else if (request.path().equals("/v3/candidates") && !query.containsKey("cursor")) {
                status = 200;
                answer = new JsonArray().add(candidate(1)).add(candidate(2)).encode();
                response.putHeader(
                    "Link",
                    "<"
                        + url("/v3/candidates?cursor=")
                        + URLEncoder.encode(CURSOR, StandardCharsets.UTF_8)
                        + ">; rel=\"next\"");
              } else if (request.path().equals("/v3/candidates")) {
                status = 200;
                answer = new JsonArray().add(candidate(3)).encode();
              } else if (request.path().equals("/v3/demographic_questions")) {
                status = 200;
                answer =
                    new JsonArray()
                        .add(new JsonObject().put("id", 7).put("name", "Pronouns"))
                        .add(new JsonObject().put("id", 8).put("name", "Veteran status"))
                        .encode();
              } else {
                status = 404;
                answer = "{\"error\":\"Not found\"}";
              }
              arrivals.add(new Arrival(request.path(), query, authorization, status));
              response
                  .setStatusCode(status)
                  .putHeader("Content-Type", "application/json")
                  .end(answer);
            });
  }

  private static JsonObject candidate(int id) {
    return new JsonObject()
        .put("id", id)
        .put("updated_at", "2026-01-0" + id + "T09:00:00Z")
        .put("first_name", "Candidate")
        .put("last_name", Integer.toString(id))
        .put("email", "candidate" + id + "@example.com")
        .put("tags", new JsonArray().add("referral"));
  }

  private String url(String path) {
    return api.url(path);
  }

  private void config(String file, String secret) throws Exception {
    Files.writeString(
        dir.resolve(file),
        new JsonObject()
            .put(
                "credentials",
                new JsonObject().put("client_id", CLIENT_ID).put("client_secret", secret))
            .put("start_date", START_DATE)
            .encode());
  }

  /** The document lines of the preview run step 9 shows, sorted. */
  private static List<String> printedDocuments(String page) {
    Matcher block =
        Pattern.compile(
                "(?s)```console\n\\$ java -jar target/source-harvest.jar preview [^\n]*\n(.*?)```")
            .matcher(page);
    assertTrue(block.find(), () -> PAGE + " shows no preview run");
    return documents(block.group(1).lines().toList());
  }

  /** The lines of {@code printed} that are documents of either binding, sorted. */
  private static List<String> documents(List<String> printed) {
    return printed.stream()
        .filter(l -> l.startsWith("candidates: ") || l.startsWith("demographic_questions: "))
        .sorted()
        .toList();
  }

  private static long count(PastedProject.Run run, String prefix) {
    return run.stdout().stream().filter(line -> line.startsWith(prefix)).count();
  }
}
