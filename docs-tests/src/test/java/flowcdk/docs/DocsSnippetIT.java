package flowcdk.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Your first connector" in {@code docs/connectors.md}, pasted as printed into an empty folder
 * outside this reactor, builds with the kit's installed artifacts into a connector jar that answers
 * {@code spec} and captures in {@code preview}.
 */
class DocsSnippetIT {

  private static final Path ROOT = Path.of(System.getProperty("kit.root", ".."));
  private static final String VERSION = System.getProperty("kit.version");

  @TempDir Path project;

  @Test
  void firstConnectorBuildsAndRunsAsPasted() throws Exception {
    Map<String, String> files =
        Snippets.files(Files.readString(ROOT.resolve("docs/connectors.md")));
    assertTrue(
        files.get("pom.xml").contains("<flowcdk.version>" + VERSION + "</flowcdk.version>"),
        "docs/connectors.md's pom.xml must name the kit's version " + VERSION);
    assertTrue(
        Files.readString(ROOT.resolve("bom/pom.xml"))
            .contains("<artifactId>flowcdk-bom</artifactId>\n  <version>" + VERSION + "</version>"),
        "bom/pom.xml has no parent: its version must be the kit's, " + VERSION);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = project.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }

    KitRepository kit =
        KitRepository.install(
            ROOT,
            VERSION,
            Path.of("target", "snippet-repository", "repository").toAbsolutePath(),
            Path.of(System.getProperty("kit.localRepository")));
    Path mavenHome = Path.of(System.getProperty("kit.mavenHome"));
    NestedMaven.Result build = new NestedMaven(mavenHome, kit).run(project, "package");
    assertEquals(0, build.status(), () -> "the pasted project does not build:\n" + build.log());

    List<String> spec = runJar("spec");
    assertEquals(1, spec.size(), () -> "spec prints one line: " + spec);
    assertTrue(spec.get(0).startsWith("{\"spec\":{"), spec.get(0));
    assertTrue(spec.get(0).contains("\"greeting\""), spec.get(0));
    assertTrue(spec.get(0).contains("https://example.com/source-acme"), spec.get(0));

    Files.writeString(project.resolve("config.json"), "{\"greeting\": \"hello\"}");
    List<String> preview = runJar("preview", "--config", "config.json", "--max-docs", "3");
    for (int id = 0; id < 3; id++) {
      String document = "\"id\":" + id + ",\"message\":\"hello #" + id + "\"";
      assertTrue(
          preview.stream()
              .anyMatch(line -> line.startsWith("greetings: ") && line.contains(document)),
          () -> "preview prints document " + document + ": " + preview);
    }
  }

  /** Runs the built jar with {@code args} in the project folder; its stdout lines. */
  private List<String> runJar(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", "target/source-acme.jar"));
    command.addAll(List.of(args));
    Path err = project.resolve("stderr.log");
    Process process =
        new ProcessBuilder(command).directory(project.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // A bound against a hung process, not a timing assertion.
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the connector did not exit");
    assertEquals(
        0,
        process.exitValue(),
        () -> String.join(" ", args) + " failed:\n" + out + readQuietly(err));
    return out.lines().toList();
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(" + file + " unreadable: " + e + ")";
    }
  }
}
