package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import flowcdk.testing.CaptureSessions;
import flowcdk.testing.ConnectorJar;
import flowcdk.testing.CrashAndResume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector jar, as Flow runs it, against the local fake of the API, through the kit's test
 * helpers: every item and category is captured, every document matches the schema {@code discover}
 * declares, the token never shows in the log, and captures killed at random checkpoints lose no
 * record when they resume. Runs after {@code package} (the failsafe plugin), on the shaded jar.
 */
class ApiCaptureIT {

  private static final ConnectorJar JAR =
      ConnectorJar.at(Path.of("target", System.getProperty("connector.jar")));

  @TempDir Path dir;

  private FakeApi api;
  private Path config;

  @BeforeEach
  void startApi() throws Exception {
    api = FakeApi.start(0);
    config =
        Files.writeString(
            dir.resolve("config.json"),
            "{\"credentials\": {\"credentials_title\": \"Private App Credentials\","
                + " \"access_token\": \""
                + FakeApi.TOKEN
                + "\"}}");
  }

  @AfterEach
  void stopApi() throws Exception {
    api.close();
  }

  private CaptureSessions sessions() {
    return CaptureSessions.of(JAR, config).env(Map.of(Api.URL_VARIABLE, api.baseUrl()));
  }

  /** Every item and every category is captured. */
  private static boolean everything(CaptureSessions sessions) {
    return sessions.keys("items").size() == 25 && sessions.keys("categories").size() == 3;
  }

  @Test
  void capturesEveryRecordAndEachMatchesItsSchema() throws Exception {
    CaptureSessions sessions = sessions();
    CaptureSessions.Session session = sessions.run(ApiCaptureIT::everything);
    assertEquals(25, sessions.documents("items").size(), "each item once");
    assertEquals("Hardware", sessions.documents("categories").get(0).get("name").asText());
    assertFalse(session.stderr().contains(FakeApi.TOKEN), "the token shows in the log");
  }

  @Test
  void capturesKilledAtRandomCheckpointsLoseNoRecord() throws Exception {
    CrashAndResume.assertNoKeyLost(this::sessions, ApiCaptureIT::everything, 2, 3, 42L);
  }
}
