package flowcdk.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Your first connector" in {@code docs/connectors.md}, pasted as printed into an empty folder
 * outside this reactor, builds with the kit's installed artifacts into a connector jar that answers
 * {@code spec} and captures in {@code preview}.
 */
class DocsSnippetIT {

  @TempDir Path dir;

  @Test
  void firstConnectorBuildsAndRunsAsPasted() throws Exception {
    PastedProject project = PastedProject.paste("docs/connectors.md", dir, "source-acme.jar");
    assertTrue(
        Files.readString(PastedProject.ROOT.resolve("bom/pom.xml"))
            .contains(
                "<artifactId>flowcdk-bom</artifactId>\n  <version>"
                    + PastedProject.VERSION
                    + "</version>"),
        "bom/pom.xml has no parent: its version must be the kit's, " + PastedProject.VERSION);
    project.build();

    List<String> spec = project.run("spec").stdout();
    assertEquals(1, spec.size(), () -> "spec prints one line: " + spec);
    assertTrue(spec.get(0).startsWith("{\"spec\":{"), spec.get(0));
    assertTrue(spec.get(0).contains("\"greeting\""), spec.get(0));
    assertTrue(spec.get(0).contains("https://example.com/source-acme"), spec.get(0));

    Files.writeString(dir.resolve("config.json"), "{\"greeting\": \"hello\"}");
    List<String> preview =
        project.run("preview", "--config", "config.json", "--max-docs", "3").stdout();
    for (int id = 0; id < 3; id++) {
      String document = "\"id\":" + id + ",\"message\":\"hello #" + id + "\"";
      assertTrue(
          preview.stream()
              .anyMatch(line -> line.startsWith("greetings: ") && line.contains(document)),
          () -> "preview prints document " + document + ": " + preview);
    }
  }
}
