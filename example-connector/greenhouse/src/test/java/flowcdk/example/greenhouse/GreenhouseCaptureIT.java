package flowcdk.example.greenhouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.example.greenhouse.resources.GreenhouseResources;
import flowcdk.example.greenhouse.testing.Documents;
import flowcdk.example.greenhouse.testing.FakeHarvest;
import flowcdk.example.greenhouse.testing.GreenhouseRuns;
import flowcdk.testing.Captured;
import flowcdk.testing.ConnectorJar;
import flowcdk.testing.OpenRequest;
import flowcdk.testing.SchemaCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector's jar, run as Flow runs it, against a fake Harvest API: what it captures, what it
 * captures next time, how it resumes after a crash, how it rides out faults, and how it tells a
 * user their credentials are wrong. No run may show a secret in its log.
 */
class GreenhouseCaptureIT {

  @TempDir Path dir;

  private FakeHarvest fake;
  private GreenhouseRuns runs;

  @BeforeEach
  void start() throws Exception {
    fake = FakeHarvest.start(Instant.now());
    runs = new GreenhouseRuns(fake, dir);
  }

  @AfterEach
  void noSecretInAnyLog() throws Exception {
    try {
      Set<String> secrets = new HashSet<>(fake.tokens());
      secrets.add(FakeHarvest.CLIENT_ID);
      secrets.add(FakeHarvest.CLIENT_SECRET);
      secrets.add(
          Base64.getEncoder()
              .encodeToString(
                  (FakeHarvest.CLIENT_ID + ":" + FakeHarvest.CLIENT_SECRET)
                      .getBytes(StandardCharsets.UTF_8)));
      for (String stderr : runs.stderr()) {
        for (String secret : secrets) {
          assertFalse(stderr.contains(secret), "a log shows a secret:\n" + stderr);
        }
      }
    } finally {
      fake.close();
    }
  }

  @Test
  void capturesEveryRecordThenExactlyTheChanges() throws Exception {
    String discovered = runs.discovered();
    List<String> names = GreenhouseRuns.names(discovered);
    ConnectorJar.Run first = runs.session(discovered, "{}", total(names));

    Captured captured = new Captured(first.out());
    assertEveryRecord(names, captured);
    SchemaCheck schemas = new SchemaCheck(discovered);
    for (int i = 0; i < names.size(); i++) {
      schemas.assertValid(names.get(i), captured.documents(i));
    }
    assertEquals(
        fake.records("candidates").size(), captured.documents(names.indexOf("candidates")).size());
    assertRequestsAsHarvestWantsThem();

    // Changes just after the incremental cursor, which starts at the lag before the first session
    // (the fake keeps milliseconds: the latest change to candidates is at cursor + 2 to 3 ms).
    String state = OpenRequest.reduce("{}", first.out());
    Instant cursor =
        Instant.parse(binding(state, "candidates").path("inc").path("cursor").asText());
    long firstCandidate = fake.records("candidates").get(0).get("id").asLong();
    long firstJob = fake.records("jobs").get(0).get("id").asLong();
    long newCandidate = fake.insert("candidates", cursor.plusMillis(1));
    long newOffice = fake.insert("offices", cursor.plusMillis(2));
    fake.update("candidates", firstCandidate, cursor.plusMillis(3), "name", "renamed");
    fake.update("jobs", firstJob, cursor.plusMillis(4), "status", "closed");

    ConnectorJar.Run second = runs.session(discovered, state, 4);
    Captured changes = new Captured(second.out());
    assertEquals(4, changes.count(), "only the changed records");
    assertEquals(
        Set.of(newCandidate, firstCandidate),
        Set.copyOf(Documents.ids(changes.documents(names.indexOf("candidates")))));
    assertEquals(List.of(newOffice), Documents.ids(changes.documents(names.indexOf("offices"))));
    JsonNode job = changes.documents(names.indexOf("jobs")).get(0);
    assertEquals("closed", job.get("status").asText());
    assertEquals(
        Documents.comparable(List.of(fake.records("jobs").get(0))),
        Documents.comparable(List.of(job)));

    String after = OpenRequest.reduce(state, second.out());
    assertEquals(
        Instant.parse(fake.records("candidates").get(0).get("updated_at").asText()),
        Instant.parse(binding(after, "candidates").path("inc").path("cursor").asText()),
        "the cursor moves to the latest update captured");
  }

  @Test
  void aSessionKilledMidBackfillResumesWithoutLosingARecord() throws Exception {
    String discovered = runs.discovered();
    List<String> names = GreenhouseRuns.names(discovered);
    int candidates = names.indexOf("candidates");
    fake.pageSize(50).holdPage("candidates", 6);

    ConnectorJar.Session session = runs.start(discovered, "{}");
    fake.awaitHeld(GreenhouseRuns.WAIT);
    String heldCursor = fake.heldCursor();
    session.await(
        lines ->
            heldCursor.equals(
                binding(OpenRequest.reduce("{}", lines), "candidates")
                    .path("backfill")
                    .path("next_page")
                    .asText(null)),
        GreenhouseRuns.WAIT,
        "the checkpoint of the fifth page of candidates");
    ConnectorJar.Run killed = runs.kill(session);
    fake.release();

    String state = OpenRequest.reduce("{}", killed.out());
    Captured before = new Captured(killed.out());
    assertEquals(
        250, before.documents(candidates).size(), "five pages of candidates before the crash");
    ConnectorJar.Run resumed = runs.session(discovered, state, total(names) - before.count());
    Captured after = new Captured(resumed.out());

    List<JsonNode> expected = fake.records("candidates");
    assertEquals(
        Documents.ids(expected.subList(250, expected.size())),
        Documents.ids(Documents.comparable(after.documents(candidates))),
        "the resumed backfill starts at the page the crash cut off");
    Map<String, Integer> duplicates = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      List<JsonNode> union = new ArrayList<>(before.documents(i));
      union.addAll(after.documents(i));
      List<JsonNode> distinct = Documents.comparable(union).stream().distinct().toList();
      assertEquals(Documents.comparable(fake.records(names.get(i))), distinct, names.get(i));
      if (!GreenhouseResources.SNAPSHOT.contains(names.get(i)) && union.size() > distinct.size()) {
        duplicates.put(names.get(i), union.size() - distinct.size());
      }
    }
    // At-least-once allows these: printed, not asserted.
    System.out.println("incremental records captured twice across the crash: " + duplicates);
  }

  @Test
  void faultsDoNotChangeWhatIsCaptured() throws Exception {
    String discovered = runs.discovered();
    List<String> names = GreenhouseRuns.names(discovered);
    fake.pageSize(100)
        .tokenLifetime(Duration.ofSeconds(2))
        .rateLimitNext(3, 1)
        .failNext(2, 503)
        .failNext(1, 500);

    ConnectorJar.Run run = runs.session(discovered, "{}", total(names));
    assertEveryRecord(names, new Captured(run.out()));
    Map<Integer, Long> statuses =
        fake.requests().stream()
            .collect(Collectors.groupingBy(FakeHarvest.Request::status, Collectors.counting()));
    assertEquals(3L, statuses.get(429), "rate-limited answers: " + statuses);
    assertEquals(2L, statuses.get(503), "503 answers: " + statuses);
    assertEquals(1L, statuses.get(500), "500 answers: " + statuses);
    assertEquals(null, statuses.get(401), "no expired token was used: " + statuses);
    assertTrue(
        fake.tokensIssued() > 1, "tokens fetched again as they expire: " + fake.tokensIssued());
    assertRequestsAsHarvestWantsThem();
  }

  @Test
  void validationSaysWhenCredentialsAreRejected() throws Exception {
    ConnectorJar.Run valid =
        runs.command("validate", "--config", runs.configFile(FakeHarvest.CLIENT_SECRET).toString());
    assertEquals(0, valid.status(), valid.err());

    ConnectorJar.Run wrongSecret =
        runs.command("validate", "--config", runs.configFile("not-the-secret").toString());
    assertEquals(1, wrongSecret.status(), wrongSecret.err());
    assertTrue(
        wrongSecret
            .err()
            .contains("Invalid credentials. Please confirm the provided credentials are correct."),
        wrongSecret.err());

    Path early =
        Files.writeString(
            dir.resolve("early.json"),
            runs.config(FakeHarvest.CLIENT_SECRET)
                .replaceFirst("^\\{", "{\"start_date\":\"1969-12-31T23:59:59Z\","));
    ConnectorJar.Run beforeEpoch = runs.command("validate", "--config", early.toString());
    assertEquals(1, beforeEpoch.status(), beforeEpoch.err());
    assertTrue(
        beforeEpoch.err().contains("it must be 1970-01-01T00:00:00Z or later"), beforeEpoch.err());

    fake.rejectTokens();
    ConnectorJar.Run revoked =
        runs.command("validate", "--config", runs.configFile(FakeHarvest.CLIENT_SECRET).toString());
    assertEquals(1, revoked.status(), revoked.err());
    assertTrue(
        revoked
            .err()
            .contains("Invalid credentials. Please confirm the provided credentials are correct."),
        revoked.err());
  }

  /**
   * Each binding captured every record of its resource with every field Harvest sent: each record
   * once, or, for a snapshot, each pass whole (the second pass is emitted again, as the Python CDK
   * does, since its operations change from creates to updates).
   */
  private void assertEveryRecord(List<String> names, Captured captured) {
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      List<JsonNode> records = Documents.comparable(fake.records(name));
      List<JsonNode> documents = captured.documents(i);
      if (GreenhouseResources.SNAPSHOT.contains(name)) {
        assertEquals(0, documents.size() % records.size(), name + ": whole passes");
        documents = documents.subList(documents.size() - records.size(), documents.size());
      }
      assertEquals(records, Documents.comparable(documents), name);
    }
  }

  /** Every record the fake has now. */
  private long total(List<String> names) {
    return names.stream().mapToLong(name -> fake.records(name).size()).sum();
  }

  /**
   * No request was refused as malformed (the fake answers 400 to a cursor with other parameters and
   * to a bad filter), and the first pages asked for 500 records with the {@code updated_at} filters
   * of backfills and of incremental windows.
   */
  private void assertRequestsAsHarvestWantsThem() {
    List<FakeHarvest.Request> requests = fake.requests();
    assertTrue(requests.stream().noneMatch(r -> r.status() == 400), "a request was refused");
    List<FakeHarvest.Request> candidates =
        requests.stream().filter(r -> r.path().endsWith("/candidates")).toList();
    assertTrue(
        candidates.stream()
            .anyMatch(
                r ->
                    r.query().getOrDefault("updated_at", "").startsWith("gte|")
                        && "500".equals(r.query().get("per_page"))),
        "a backfill's first page");
    assertTrue(
        candidates.stream()
            .anyMatch(r -> r.query().getOrDefault("updated_at", "").startsWith("gt|")),
        "an incremental window");
    assertTrue(
        candidates.stream().anyMatch(r -> r.query().keySet().equals(Set.of("cursor"))),
        "a follow-up page");
  }

  private static JsonNode binding(String state, String name) {
    JsonNode binding = Captured.parse(state).path("bindingStateV1").path(name);
    assertNotNull(binding);
    return binding;
  }
}
