package flowcdk.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Maven run as a child process in a project folder, on the JDK running the tests, with its output
 * kept in a log file (shown by a failing assertion, never on the console).
 */
final class NestedMaven {

  private final Path mavenHome;
  private final KitRepository kit;

  NestedMaven(Path mavenHome, KitRepository kit) {
    this.mavenHome = mavenHome;
    this.kit = kit;
  }

  /** What one run returned and printed. */
  record Result(int status, String log) {}

  /** Runs {@code mvn} with {@code goals} in {@code project} until it exits. */
  Result run(Path project, String... goals) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(mavenHome.resolve("bin").resolve("mvn").toString());
    command.addAll(
        List.of(
            "-B",
            "-ntp",
            "-s",
            kit.settings().toString(),
            "-Dmaven.repo.local=" + kit.repository()));
    command.addAll(List.of(goals));
    Path log = project.resolve("build.log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("MAVEN_OPTS");
    Process process = builder.start();
    // A bound against a hung build, not a timing assertion: a build takes well under a minute.
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(
          "mvn did not finish within 10 minutes in "
              + project
              + ":\n"
              + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
