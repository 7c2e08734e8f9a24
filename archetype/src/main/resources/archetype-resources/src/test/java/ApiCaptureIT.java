package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.testing.Captured;
import flowcdk.testing.ConnectorJar;
import flowcdk.testing.SchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector jar, as Flow runs it, against the local fake of the API: every item and category is
 * captured, every document matches the schema {@code discover} declares, and the token never shows
 * in the output. Runs after {@code package} (the failsafe plugin), on the shaded jar.
 */
class ApiCaptureIT {

  private static final ConnectorJar JAR =
      ConnectorJar.at(Path.of("target", System.getProperty("connector.jar")));

  private FakeApi api;

  @BeforeEach
  void startApi() throws Exception {
    api = FakeApi.start(0);
  }

  @AfterEach
  void stopApi() throws Exception {
    api.close();
  }

  @Test
  void previewCapturesEveryRecordAndEachMatchesItsSchema(@TempDir Path dir) throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("config.json"),
            "{\"credentials\": {\"credentials_title\": \"Private App Credentials\","
                + " \"access_token\": \""
                + FakeApi.TOKEN
                + "\"}}");
    Map<String, String> env = Map.of(Api.URL_VARIABLE, api.baseUrl());

    ConnectorJar.Run discovered =
        JAR.start(env, "discover", "--config", config.toString(), "--json")
            .awaitExit(Duration.ofMinutes(1));
    assertEquals(0, discovered.status(), discovered.err());
    SchemaCheck schemas = new SchemaCheck(discovered.out().get(0));

    ConnectorJar.Run preview =
        JAR.start(env, "preview", "--config", config.toString(), "--max-docs", "28")
            .awaitExit(Duration.ofMinutes(1));
    assertEquals(0, preview.status(), preview.err());

    assertEquals(25, schemas.assertValid("items", documents(preview, "items")));
    assertEquals(3, schemas.assertValid("categories", documents(preview, "categories")));
    assertFalse(
        String.join("\n", preview.out()).contains(FakeApi.TOKEN)
            || preview.err().contains(FakeApi.TOKEN),
        "the token shows in the output");
  }

  /** The documents preview printed for {@code binding}, one {@code <binding>: <json>} line each. */
  private static List<JsonNode> documents(ConnectorJar.Run run, String binding) {
    List<JsonNode> documents = new ArrayList<>();
    for (String line : run.out()) {
      if (line.startsWith(binding + ": ")) {
        documents.add(Captured.parse(line.substring(binding.length() + 2)));
      }
    }
    return documents;
  }
}
