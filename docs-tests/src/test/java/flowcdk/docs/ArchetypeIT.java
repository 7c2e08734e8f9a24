package flowcdk.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archetype as a new user meets it, with the kit installed and nothing else: {@code mvn
 * archetype:generate} in an empty folder outside this reactor gives a project whose {@code mvn
 * verify} passes its own tests against its fake API and writes its connector docs page, and whose
 * jar, run as its README says, captures every record of that fake in {@code preview} without
 * showing the token.
 */
class ArchetypeIT {

  @TempDir Path dir;

  @Test
  void aGeneratedProjectBuildsPassesItsTestsAndPreviewsItsFakeApi() throws Exception {
    NestedMaven maven =
        new NestedMaven(
            Path.of(System.getProperty("kit.mavenHome")),
            KitRepository.install(
                PastedProject.ROOT,
                PastedProject.VERSION,
                Path.of("target", "archetype-repository", "repository").toAbsolutePath(),
                Path.of(System.getProperty("kit.localRepository"))));

    NestedMaven.Result generate =
        maven.run(
            dir,
            "org.apache.maven.plugins:maven-archetype-plugin:"
                + System.getProperty("kit.archetypePluginVersion")
                + ":generate",
            "-DarchetypeGroupId=flowcdk",
            "-DarchetypeArtifactId=flowcdk-archetype",
            "-DarchetypeVersion=" + PastedProject.VERSION,
            "-DgroupId=acme",
            "-DartifactId=source-acme");
    assertEquals(0, generate.status(), generate::log);
    Path project = dir.resolve("source-acme");
    for (String file :
        List.of(
            "pom.xml",
            "Dockerfile",
            ".dockerignore",
            ".gitignore",
            "README.md",
            "config.local.json",
            "src/main/java/acme/ApiCapture.java",
            "src/test/java/acme/FakeApi.java")) {
      assertTrue(Files.isRegularFile(project.resolve(file)), file + " was not generated");
    }
    String pom = Files.readString(project.resolve("pom.xml"));
    assertTrue(
        pom.contains("<flowcdk.version>" + PastedProject.VERSION + "</flowcdk.version>"), pom);

    NestedMaven.Result verify = maven.run(project, "verify");
    assertEquals(0, verify.status(), verify::log);
    assertTrue(
        Pattern.compile(
                "Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, .* -- in acme.ApiCaptureIT")
            .matcher(verify.log())
            .find(),
        () -> "the project's own test did not run and pass:\n" + verify.log());

    String docs = Files.readString(project.resolve("target/connector-docs/ApiCapture.md"));
    assertTrue(
        docs.contains(
            "| `items` | `/id` | PT5M | incremental / backfill, as its opener starts them |"),
        docs);
    assertTrue(docs.contains("| `/credentials/access_token` | string | yes |  | secret |"), docs);

    List<String> preview = previewAsTheReadmeSays(project);
    assertEquals(
        25,
        preview.stream().filter(l -> l.startsWith("items: {")).count(),
        () -> String.join("\n", preview));
    assertEquals(
        3,
        preview.stream().filter(l -> l.startsWith("categories: {")).count(),
        () -> String.join("\n", preview));
    assertTrue(
        preview.contains("checkpoint: {\"bindingStateV1\":{\"items\":{\"backfill\":null}}}"),
        () -> String.join("\n", preview));
    assertFalse(
        String.join("\n", preview).contains("fake-token"), "the token shows in preview's output");
  }

  /**
   * The README's two commands: the fake API from the jar and the test classes, then {@code preview}
   * pointed at it by the environment variable; returns what preview printed on stdout.
   */
  private static List<String> previewAsTheReadmeSays(Path project) throws Exception {
    String readme = Files.readString(project.resolve("README.md"));
    Matcher command =
        Pattern.compile(
                "(?m)^(SOURCE_ACME_API_URL)=http://127\\.0\\.0\\.1:8089/v1 java -jar (\\S+) (preview .*)$")
            .matcher(readme);
    assertTrue(command.find(), () -> "the README shows no preview command:\n" + readme);
    assertTrue(
        readme.contains("java -cp target/source-acme.jar:target/test-classes acme.FakeApi 8089"),
        () -> "the README shows no command for the fake API:\n" + readme);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process fake =
        new ProcessBuilder(
                java, "-cp", "target/source-acme.jar:target/test-classes", "acme.FakeApi", "0")
            .directory(project.toFile())
            .redirectError(project.resolve("fake-api.log").toFile())
            .start();
    try {
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(fake.getInputStream(), UTF_8));
      String first = lines.readLine();
      assertNotNull(first, "the fake API exited before it listened");
      Matcher url = Pattern.compile("Fake API at (http://127\\.0\\.0\\.1:\\d+/v1)").matcher(first);
      assertTrue(url.find(), first);

      List<String> args = new ArrayList<>(List.of(java, "-jar", command.group(2)));
      args.addAll(List.of(command.group(3).split(" ")));
      ProcessBuilder builder =
          new ProcessBuilder(args)
              .directory(project.toFile())
              .redirectError(project.resolve("preview.log").toFile());
      builder.environment().put(command.group(1), url.group(1));
      Process preview = builder.start();
      preview.getOutputStream().close();
      String out = new String(preview.getInputStream().readAllBytes(), UTF_8);
      // A bound against a hung process, not a timing assertion.
      assertTrue(preview.waitFor(2, TimeUnit.MINUTES), "preview did not exit");
      String err = Files.readString(project.resolve("preview.log"));
      assertEquals(0, preview.exitValue(), () -> out + "\n--- stderr ---\n" + err);
      assertFalse(err.contains("fake-token"), "the token shows in preview's log");
      return out.lines().toList();
    } finally {
      fake.destroy();
      fake.waitFor(1, TimeUnit.MINUTES);
    }
  }
}
