package flowcdk.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's AOT cache, built on this machine the way the Dockerfile builds it: {@code
 * train-aot.sh} with the Dockerfile's own training flags on the shaded jar, then {@code spec} run
 * with the ENTRYPOINT's flags against that cache. The connector's classes must come from the cache
 * ({@code source: shared objects file}), which proves the training run, the flags and the cache fit
 * together. Needs a JDK 25 or newer: the test JVM's own when it is one, else the newest under
 * {@code /usr/lib/jvm}, else {@code FLOWCDK_JDK25} (a JDK home); without one it is skipped and says
 * why.
 */
class AotCacheIT {

  private static final Path JAR = Path.of("target", "example-sql.jar");

  @Test
  void theDockerfilesTrainingRunBuildsACacheTheEntrypointUses(@TempDir Path dir) throws Exception {
    Optional<Path> java = jdk25();
    assumeTrue(
        java.isPresent(),
        "no JDK 25 or newer: run the tests on one, install one under /usr/lib/jvm, or set"
            + " FLOWCDK_JDK25 to its home");
    Path cache = dir.resolve("connector.aot");
    List<String> training = DockerfileTest.trainingCommand();
    List<String> train = new ArrayList<>(List.of("sh", "train-aot.sh", JAR.toString()));
    train.add(cache.toString());
    train.addAll(training.subList(4, training.size()));
    ProcessBuilder trainer = new ProcessBuilder(train).redirectErrorStream(true);
    trainer.environment().put("JAVA", java.get().toString());
    trainer.environment().put("TMPDIR", dir.toString());
    Result trained = run(trainer, null);
    assertEquals(0, trained.status(), "train-aot.sh failed:\n" + trained.output());
    assertTrue(Files.size(cache) > 1_000_000, "a cache of " + Files.size(cache) + " bytes");

    List<String> spec = new ArrayList<>();
    spec.add(java.get().toString());
    for (String flag : DockerfileTest.entrypointFlags()) {
      spec.add(flag.startsWith("-XX:AOTCache=") ? "-XX:AOTCache=" + cache : flag);
    }
    spec.addAll(List.of("-XX:AOTMode=on", "-Xlog:class+load=info:file=" + dir.resolve("classes")));
    spec.addAll(List.of("-jar", JAR.toString()));
    Result answered = run(new ProcessBuilder(spec), "{\"spec\":{}}\n");
    assertEquals(0, answered.status(), answered.output());
    assertTrue(answered.output().startsWith("{\"spec\":{"), answered.output());
    String dispatch = "flowcdk.example.SqlCapture_Dispatch";
    List<String> loaded = Files.readAllLines(dir.resolve("classes"), UTF_8);
    assertTrue(
        loaded.stream().anyMatch(line -> line.contains(dispatch + " source: shared objects file")),
        dispatch
            + " from the cache; it was loaded as: "
            + loaded.stream().filter(line -> line.contains(dispatch)).toList());
  }

  private record Result(int status, String output) {}

  private static Result run(ProcessBuilder builder, String stdin) throws Exception {
    if (stdin == null) {
      builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    } else {
      builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    }
    Process process = builder.start();
    if (stdin != null) {
      try (var in = process.getOutputStream()) {
        in.write(stdin.getBytes(UTF_8));
      }
    }
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "still running: " + builder.command());
    return new Result(process.exitValue(), output);
  }

  /** The {@code java} of a JDK 25 or newer, if there is one. */
  private static Optional<Path> jdk25() throws IOException {
    if (Runtime.version().feature() >= 25) {
      return Optional.of(Path.of(System.getProperty("java.home"), "bin", "java"));
    }
    String configured = System.getenv("FLOWCDK_JDK25");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured, "bin", "java"));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> feature(home) >= 25 && Files.isExecutable(home.resolve("bin/java")))
          .max(Comparator.comparingInt(AotCacheIT::feature))
          .map(home -> home.resolve("bin/java"));
    }
  }

  /** The feature release of the JDK at {@code home}, from its {@code release} file; 0 if none. */
  private static int feature(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"), UTF_8)) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]", 2)[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
