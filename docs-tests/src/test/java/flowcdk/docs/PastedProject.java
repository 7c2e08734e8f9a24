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

/**
 * The project a docs page tells the reader to create, pasted file by file into an empty folder
 * outside this reactor, built by a nested Maven with the kit's freshly built artifacts, and its
 * connector jar run.
 */
final class PastedProject {

  /** The reactor's root. */
  static final Path ROOT = Path.of(System.getProperty("kit.root", ".."));

  /** The kit's version, which every page's {@code pom.xml} must name. */
  static final String VERSION = System.getProperty("kit.version");

  private final Path dir;
  private final String jar;
  private final Map<String, String> files;

  private PastedProject(Path dir, String jar, Map<String, String> files) {
    this.dir = dir;
    this.jar = jar;
    this.files = files;
  }

  /**
   * Writes the files of {@code page} (such as {@code docs/http.md}) into {@code dir}; the build
   * makes {@code target/<jar>}. Fails if the page's {@code pom.xml} does not name the kit's
   * version.
   */
  static PastedProject paste(String page, Path dir, String jar) throws IOException {
    Map<String, String> files = Snippets.files(Files.readString(ROOT.resolve(page)));
    assertTrue(
        files.get("pom.xml").contains("<flowcdk.version>" + VERSION + "</flowcdk.version>"),
        page + "'s pom.xml must name the kit's version " + VERSION);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    return new PastedProject(dir, jar, files);
  }

  /** The files, by path. */
  Map<String, String> files() {
    return files;
  }

  /** The project's folder. */
  Path dir() {
    return dir;
  }

  /** Runs {@code mvn package} as a user who installed the kit would; asserts it succeeded. */
  NestedMaven.Result build() throws IOException, InterruptedException {
    KitRepository kit =
        KitRepository.install(
            ROOT,
            VERSION,
            Path.of("target", "snippet-repository", "repository").toAbsolutePath(),
            Path.of(System.getProperty("kit.localRepository")));
    Path mavenHome = Path.of(System.getProperty("kit.mavenHome"));
    NestedMaven.Result build = new NestedMaven(mavenHome, kit).run(dir, "package");
    assertEquals(0, build.status(), () -> "the pasted project does not build:\n" + build.log());
    return build;
  }

  /** What one run of the jar returned and printed. */
  record Run(int status, List<String> stdout, String stderr) {
    @Override
    public String toString() {
      return "status " + status + "\n" + String.join("\n", stdout) + "\n--- stderr ---\n" + stderr;
    }
  }

  /** Runs the jar with {@code args} in the project's folder; asserts it exited with 0. */
  Run run(String... args) throws IOException, InterruptedException {
    return run(Map.of(), 0, args);
  }

  /**
   * Runs the jar with {@code args} and the environment variables {@code env} added, in the
   * project's folder; asserts it exited with {@code status}.
   */
  Run run(Map<String, String> env, int status, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", "target/" + jar));
    command.addAll(List.of(args));
    Path err = dir.resolve("stderr-" + args[0] + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // A bound against a hung process, not a timing assertion.
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the connector did not exit");
    Run run = new Run(process.exitValue(), out.lines().toList(), Files.readString(err));
    assertEquals(status, run.status(), () -> String.join(" ", args) + ":\n" + run);
    return run;
  }
}
