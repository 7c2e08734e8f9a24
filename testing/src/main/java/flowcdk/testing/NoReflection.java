package flowcdk.testing;

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

/**
 * The check that a connector uses no reflection at run time: no source file of the given trees
 * calls {@code Class.forName}, {@code getDeclared*}, {@code Method.invoke} or {@code
 * Constructor.newInstance}, or imports {@code java.lang.reflect}.
 */
public final class NoReflection {

  /** What counts as reflection. */
  public static final Pattern FORBIDDEN =
      Pattern.compile(
          "Class\\.forName\\s*\\(|\\.getDeclared\\w*\\s*\\(|\\.invoke\\s*\\(|\\.newInstance\\s*\\(|import\\s+java\\.lang\\.reflect\\.");

  private NoReflection() {}

  /**
   * Asserts that no {@code .java} file under {@code trees} (each relative to {@code root}, and each
   * existing) matches {@link #FORBIDDEN}, and that at least {@code minFiles} files were read.
   */
  public static void assertNone(Path root, List<String> trees, int minFiles) throws IOException {
    List<String> hits = new ArrayList<>();
    int files = 0;
    for (String relative : trees) {
      Path tree = root.resolve(relative);
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
    assertTrue(files >= minFiles, "scanned " + files + " files, expected at least " + minFiles);
    assertEquals(List.of(), hits);
  }
}
