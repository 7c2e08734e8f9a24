package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.example.testing.Jars;
import flowcdk.testing.ConnectorJar.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool of the shaded jar: {@code java -jar example-sql.jar COMMAND ...}. */
class CliIT {

  private static final Path JAR = Jars.SQL.path();
  private static final String PROGRAM = "java -jar " + JAR;

  @TempDir Path dir;

  private Path config;

  @BeforeEach
  void writeConfig() throws IOException {
    assertTrue(Files.exists(JAR), "run `mvn package` first: " + JAR.toAbsolutePath());
    // The embedded demo database, created and filled by the connector on first use, in a temp dir.
    config =
        Files.writeString(
            dir.resolve("config.json"),
            "{\"jdbc_url\": \"jdbc:h2:"
                + dir.resolve("shop").toAbsolutePath()
                + ";DATABASE_TO_LOWER=TRUE\", \"seed_demo_data\": true,"
                + " \"page_size\": 2}");
  }

  private static Run run(String... args) throws Exception {
    return Jars.SQL.run(args);
  }

  @Test
  void specPrintsTheSpecLine() throws Exception {
    Run run = run("spec");
    assertEquals(0, run.status(), run.err());
    assertEquals(1, run.out().size());
    assertTrue(
        run.out()
            .get(0)
            .startsWith(
                "{\"spec\":{\"protocol\":3032023,\"configSchema\":{\"title\":\"SQL Tables\""),
        run.out().get(0));
    assertTrue(
        run.out().get(0).endsWith("\"resourcePathPointers\":[\"/schema\",\"/table\"]}}"),
        run.out().get(0));
  }

  @Test
  void discoverPrintsBindingsReadablyOrAsJson() throws Exception {
    Run run = run("discover", "--config", config.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(
        List.of(
            "public.customers",
            "  key:             [\"/id\"]",
            "  resource config: {\"schema\":\"public\",\"table\":\"customers\",\"cursor\":\"updated_at\",\"interval\":\"PT1M\"}",
            "  resource path:   [\"public\",\"customers\"]",
            "public.orders",
            "  key:             [\"/id\"]",
            "  resource config: {\"schema\":\"public\",\"table\":\"orders\",\"cursor\":\"updated_at\",\"interval\":\"PT1M\"}",
            "  resource path:   [\"public\",\"orders\"]",
            "public.page_views",
            "  key:             [\"/_meta/row_id\"]",
            "  resource config: {\"schema\":\"public\",\"table\":\"page_views\",\"interval\":\"PT1M\"}",
            "  resource path:   [\"public\",\"page_views\"]",
            "public.products",
            "  key:             [\"/sku\"]",
            "  resource config: {\"schema\":\"public\",\"table\":\"products\",\"cursor\":\"updated_at\",\"interval\":\"PT1M\"}",
            "  resource path:   [\"public\",\"products\"]",
            "4 bindings discovered."),
        run.out());
    Run json = run("discover", "--config", config.toString(), "--json");
    assertEquals(0, json.status(), json.err());
    assertEquals(1, json.out().size());
    assertTrue(
        json.out()
            .get(0)
            .startsWith(
                "{\"discovered\":{\"bindings\":[{\"recommendedName\":\"public.customers\","),
        json.out().get(0));
  }

  @Test
  void validatePrintsResourcePathsOrTheConnectorsError() throws Exception {
    Run run = run("validate", "--config", config.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("The config is valid with 4 bindings:", run.out().get(0));
    assertEquals("  public.customers  resource path: [\"public\",\"customers\"]", run.out().get(1));

    Path bad =
        Files.writeString(
            dir.resolve("bad.json"), "{\"jdbc_url\": \"jdbc:h2:mem:x\", \"page_size\": 0}");
    Run rejected = run("validate", "--config", bad.toString());
    assertEquals(1, rejected.status());
    assertEquals(List.of(), rejected.out());
    // Logged as text (not ops-log JSON) even though stderr is a pipe.
    assertTrue(
        rejected.err().contains("ERROR   flow: page_size must be from 1 to 100000, but is 0"),
        rejected.err());
    assertTrue(rejected.err().contains("error: discover (before validate) failed"), rejected.err());
  }

  @Test
  void previewStopsAtMaxDocsAndTheNextRunResumesFromTheSavedState() throws Exception {
    Path state = dir.resolve("state.json");
    Run first =
        run(
            "preview",
            "--config",
            config.toString(),
            "--state",
            state.toString(),
            "--bindings",
            "public.products",
            "--max-docs",
            "3");
    assertEquals(0, first.status(), first.err());
    List<String> docs =
        first.out().stream().filter(l -> l.startsWith("public.products: ")).toList();
    assertEquals(
        List.of(
            "public.products: {\"sku\":\"SKU-00001\",\"title\":\"Product 1\",\"price\":\"211.50\",\"tags\":[\"sale\",\"new\"],\"updated_at\":\"2024-01-01T01:00:00Z\"}",
            "public.products: {\"sku\":\"SKU-00002\",\"title\":\"Product 2\",\"price\":\"174.69\",\"tags\":[\"eco\",\"sale\"],\"updated_at\":\"2024-01-01T02:00:00Z\"}",
            "public.products: {\"sku\":\"SKU-00003\",\"title\":\"Product 3\",\"price\":\"812.01\",\"tags\":[\"gift\",\"sale\"],\"updated_at\":\"2024-01-01T03:00:00Z\"}"),
        docs);
    // Pages of 2: the third document's page was not committed, so the state stops after the second.
    assertTrue(
        Files.readString(state).contains("\"next_page\":{\"sku\":\"SKU-00002\"}"),
        Files.readString(state));
    assertTrue(first.err().contains("preview: 3 documents (public.products: 3)"), first.err());
    assertFalse(first.err().contains("progress:"), "no progress lines on a pipe: " + first.err());

    Run second =
        run(
            "preview",
            "--config",
            config.toString(),
            "--state",
            state.toString(),
            "--bindings",
            "public.products",
            "--max-docs",
            "1",
            "--json");
    assertEquals(0, second.status(), second.err());
    assertEquals("{\"opened\":{\"explicitAcknowledgements\":false}}", second.out().get(0));
    assertTrue(
        second
            .out()
            .get(1)
            .startsWith("{\"captured\":{\"binding\":0,\"doc\":{\"sku\":\"SKU-00003\""),
        second.out().get(1));
  }

  @Test
  void helpDescribesTheToolAndEachCommand() throws Exception {
    Run tool = run("--help");
    assertEquals(0, tool.status(), tool.err());
    assertEquals("Usage: " + PROGRAM + " [COMMAND [OPTIONS]]", tool.out().get(0));
    assertTrue(
        tool.out()
            .contains(
                "  preview  --config FILE     run the capture locally: print documents and checkpoints,"),
        String.join("\n", tool.out()));
    Run preview = run("preview", "--help");
    assertEquals(0, preview.status(), preview.err());
    assertTrue(
        preview
            .out()
            .get(0)
            .startsWith("Usage: " + PROGRAM + " preview --config FILE [--state FILE]"),
        preview.out().get(0));
    assertTrue(
        preview.out().contains("  --max-docs N      stop after N documents (N >= 1)"),
        String.join("\n", preview.out()));
  }

  @Test
  void usageErrorsExit2WithAMessageAndAHint() throws Exception {
    Run run = run("preview", "--config", config.toString(), "--max-docs", "many");
    assertEquals(2, run.status());
    assertEquals(List.of(), run.out());
    assertEquals(
        List.of(
            "error: --max-docs must be a whole number of documents, at least 1, but is 'many'; for example --max-docs 10",
            "Usage: "
                + PROGRAM
                + " preview --config FILE [--state FILE] [--bindings A,B] [--max-docs N] [--timeout D] [--json]"
                + " [--quiet] [--range B:E | --shards N]",
            "Run '" + PROGRAM + " preview --help' for more."),
        run.err().lines().toList());
    Run missing = run("discover", "--config", dir.resolve("missing.json").toString());
    assertEquals(2, missing.status());
    assertTrue(
        missing
            .err()
            .startsWith(
                "error: the config file " + dir.resolve("missing.json") + " does not exist"),
        missing.err());
  }
}
