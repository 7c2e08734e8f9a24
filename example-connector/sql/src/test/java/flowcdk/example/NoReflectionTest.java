package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No reflection at run time: nothing in the runtime, common or generated sources (of common and of
 * this connector) calls {@code Class.forName}, {@code getDeclared*}, {@code Method.invoke} or
 * {@code Constructor.newInstance}, or imports {@code java.lang.reflect}.
 */
class NoReflectionTest {

  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "Class\\.forName\\s*\\(|\\.getDeclared\\w*\\s*\\(|\\.invoke\\s*\\(|\\.newInstance\\s*\\(|import\\s+java\\.lang\\.reflect\\.");

  @Test
  void runtimeCommonAndGeneratedCodeUseNoReflection() throws IOException {
    Path root = Path.of("..", "..").toAbsolutePath().normalize();
    List<Path> trees =
        List.of(
            root.resolve("runtime/src/main/java"),
            root.resolve("common/src/main/java"),
            root.resolve("common/target/generated-sources/annotations"),
            root.resolve("example-connector/sql/src/main/java"),
            root.resolve("example-connector/sql/target/generated-sources/annotations"));
    List<String> hits = new ArrayList<>();
    int files = 0;
    for (Path tree : trees) {
      assertTrue(
          Files.isDirectory(tree), "missing source tree " + tree + " (build the reactor first)");
      try (Stream<Path> paths = Files.walk(tree)) {
        for (Path file : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
          files++;
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = FORBIDDEN.matcher(lines.get(i));
            if (matcher.find()) {
              hits.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
            }
          }
        }
      }
    }
    assertTrue(files > 50, "scanned " + files + " files");
    assertEquals(List.of(), hits);
  }

  @Test
  void thePatternCatchesEachForbiddenCall() {
    for (String line :
        List.of(
            "Class.forName(\"x\")",
            "type.getDeclaredFields()",
            "method.invoke(target)",
            "constructor.newInstance()",
            "import java.lang.reflect.Method;")) {
      assertTrue(FORBIDDEN.matcher(line).find(), line);
    }
  }
}
