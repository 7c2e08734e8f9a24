package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The shaded connector jar: self-contained, runnable, and free of databind and victools. */
class ShadedJarIT {

  private static final Path JAR = Path.of("target", "example-sql.jar");

  @Test
  void holdsNoJacksonDatabindAndNoVictools() throws IOException {
    assertTrue(Files.exists(JAR), "run `mvn package` first: " + JAR.toAbsolutePath());
    List<String> forbidden = new ArrayList<>();
    int classes = 0;
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (var entry : Collections.list(jar.entries())) {
        String name = entry.getName();
        if (name.endsWith(".class")) {
          classes++;
        }
        if (name.contains("com/fasterxml/jackson/databind/")
            || name.contains("com/github/victools/")) {
          forbidden.add(name);
        }
      }
      assertTrue(
          jar.getEntry("com/fasterxml/jackson/core/JsonFactory.class") != null,
          "jackson-core is shaded in");
      assertTrue(
          jar.getEntry("flowcdk/example/SqlCapture_Main.class") != null,
          "the generated main is in");
    }
    assertTrue(classes > 100, "a fat jar: " + classes + " classes");
    assertEquals(List.of(), forbidden);
  }

  @Test
  void runsWithJavaDashJar() throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    process
        .getOutputStream()
        .write("{\"spec\":{\"connectorType\":\"IMAGE\"}}\n".getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue());
    assertTrue(out.startsWith("{\"spec\":{\"protocol\":3032023,"), out);
  }
}
