package flowcdk.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end in-process, against the runtime's test connector. */
class CliPreviewTest {

  @TempDir Path dir;

  private Path config(String json) throws IOException {
    return Files.writeString(dir.resolve("config.json"), json);
  }

  @Test
  void previewAcknowledgesStopsAtMaxDocsAndSavesTheReducedState() throws IOException {
    // The capture waits for each checkpoint's acknowledgement and never ends by itself.
    Path config = config("{\"password\":\"s3cret-pw\",\"acks\":true,\"untilStopped\":true}");
    Path state = dir.resolve("state.json");
    Files.writeString(state, "{\"keep\":\"me\"}");
    CliUsageTest.Result result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () ->
                CliUsageTest.run(
                    "preview",
                    "--config",
                    config.toString(),
                    "--state",
                    state.toString(),
                    "--max-docs",
                    "3"));
    assertEquals(0, result.status(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals(
        List.of(
            "items: {\"task\":0,\"seq\":0,\"pad\":\"xxxxxxxxxxxxxxxx\"}",
            "checkpoint: {\"t0\":1}",
            "items: {\"task\":0,\"seq\":1,\"pad\":\"xxxxxxxxxxxxxxxx\"}",
            "checkpoint: {\"t0\":2}",
            "items: {\"task\":0,\"seq\":2,\"pad\":\"xxxxxxxxxxxxxxxx\"}",
            "checkpoint: {\"t0\":3}"),
        lines);
    assertEquals(
        RawJson.parse("{\"keep\":\"me\",\"t0\":3}"), RawJson.parse(Files.readAllBytes(state)));
    assertTrue(
        result.err().contains("preview: 3 documents (items: 3) and 3 checkpoints"), result.err());
    assertFalse(result.out().contains("s3cret-pw") || result.err().contains("s3cret-pw"));
  }

  @Test
  void previewStopsAfterTheTimeoutAndPrintsJsonLines() throws IOException {
    Path config = config("{\"untilStopped\":true}");
    CliUsageTest.Result result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () ->
                CliUsageTest.run(
                    "preview", "--config", config.toString(), "--timeout", "300ms", "--json"));
    assertEquals(0, result.status(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals("{\"opened\":{\"explicitAcknowledgements\":false}}", lines.get(0));
    assertTrue(lines.size() > 3, result.out());
    assertTrue(
        lines.get(1).startsWith("{\"captured\":{\"binding\":0,\"doc\":{\"task\":0,\"seq\":0"),
        lines.get(1));
    assertTrue(
        lines
            .get(2)
            .startsWith(
                "{\"checkpoint\":{\"state\":{\"updated\":{\"t0\":1},\"mergePatch\":true}}}"),
        lines.get(2));
    assertTrue(result.err().contains("state not saved (add --state FILE"), result.err());
  }

  @Test
  void validationErrorsExit1() throws IOException {
    Path config = config("{\"fail\":[\"the password is wrong\"]}");
    CliUsageTest.Result result = CliUsageTest.run("validate", "--config", config.toString());
    assertEquals(1, result.status());
    assertEquals("", result.out());
    assertTrue(
        result.err().contains("error: validate failed; the connector's error is logged above"),
        result.err());
  }

  @Test
  void discoverAndValidatePrintReadably() throws IOException {
    Path config = config("{}");
    CliUsageTest.Result discover = CliUsageTest.run("discover", "--config", config.toString());
    assertEquals(0, discover.status(), discover.err());
    assertEquals(
        List.of(
            "items",
            "  key:             [\"/task\",\"/seq\"]",
            "  resource config: {\"name\":\"items\"}",
            "  resource path:   [\"items\"]",
            "1 binding discovered."),
        discover.out().lines().toList());
    CliUsageTest.Result validate =
        CliUsageTest.run("validate", "--config", config.toString(), "--bindings", "items");
    assertEquals(0, validate.status(), validate.err());
    assertEquals(
        List.of("The config is valid with 1 binding:", "  items  resource path: [\"items\"]"),
        validate.out().lines().toList());
    CliUsageTest.Result unknown =
        CliUsageTest.run("preview", "--config", config.toString(), "--bindings", "itms");
    assertEquals(2, unknown.status());
    assertTrue( // after the connector's log of the discovery
        unknown
            .err()
            .contains(
                "\nerror: --bindings names 'itms', which discovery did not find; did you mean items?; discovered: items"),
        unknown.err());
  }
}
