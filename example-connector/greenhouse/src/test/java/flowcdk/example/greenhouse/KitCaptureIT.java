package flowcdk.example.greenhouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.example.greenhouse.testing.FakeHarvest;
import flowcdk.example.greenhouse.testing.GreenhouseJar;
import flowcdk.testing.CaptureSessions;
import flowcdk.testing.CrashAndResume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Greenhouse connector through the test kit's capture helpers, against the fake Harvest API:
 * all 44 bindings captured with every document matching its discovered schema, and captures killed
 * at random checkpoints that, resumed from what they committed, lose no record.
 */
class KitCaptureIT {

  @TempDir Path dir;

  private FakeHarvest fake;
  private Path config;

  @BeforeEach
  void start() throws Exception {
    fake = FakeHarvest.start(Instant.now()).pageSize(100);
    config =
        Files.writeString(
            dir.resolve("config.json"),
            "{\"credentials\": {\"credentials_title\": \"Client Credentials\", \"client_id\": \""
                + FakeHarvest.CLIENT_ID
                + "\", \"client_secret\": \""
                + FakeHarvest.CLIENT_SECRET
                + "\"}}");
  }

  @AfterEach
  void stop() throws Exception {
    fake.close();
  }

  private CaptureSessions sessions() {
    return CaptureSessions.of(GreenhouseJar.JAR, config)
        .env(
            Map.of(
                "GREENHOUSE_API_URL", fake.apiUrl(),
                "GREENHOUSE_TOKEN_URL", fake.tokenUrl()));
  }

  /** Every binding has every record of the fake. */
  private boolean everyRecord(CaptureSessions sessions) {
    for (String binding : sessions.bindings()) {
      if (sessions.keys(binding).size() < fake.records(binding).size()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void everyBindingIsCapturedAndEveryDocumentMatchesItsSchema() throws Exception {
    CaptureSessions sessions = sessions();
    sessions.run(this::everyRecord);
    List<String> bindings = sessions.bindings();
    assertEquals(44, bindings.size());
    for (String binding : bindings) {
      assertEquals(fake.records(binding).size(), sessions.keys(binding).size(), binding);
    }
  }

  @Test
  void capturesKilledAtRandomCheckpointsLoseNoRecord() throws Exception {
    CrashAndResume.assertNoKeyLost(this::sessions, this::everyRecord, 3, 20, 20261203L);
  }
}
