package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/generated-code.md} shows the example connector's generated sources verbatim. Each
 * block follows a marker {@code <!-- generated: path/under/generated-sources -->}; this test fails
 * when a block differs from what the processor generates now. Run with {@code
 * FLOWCDK_UPDATE_GOLDEN=1} to rewrite the blocks (then review the diff like code).
 */
class GeneratedDocsTest {

  private static final Path DOC = Path.of("..", "..", "docs", "generated-code.md");
  private static final Path GENERATED = Path.of("target", "generated-sources", "annotations");
  private static final Pattern BLOCK =
      Pattern.compile("(<!-- generated: (\\S+) -->\\n```java\\n)(.*?)(```)", Pattern.DOTALL);

  @Test
  void docsShowTheCurrentGeneratedSources() throws IOException {
    String doc = Files.readString(DOC);
    Matcher matcher = BLOCK.matcher(doc);
    StringBuilder updated = new StringBuilder();
    int blocks = 0;
    while (matcher.find()) {
      blocks++;
      String actual = Files.readString(GENERATED.resolve(matcher.group(2)));
      if (System.getenv("FLOWCDK_UPDATE_GOLDEN") != null) {
        matcher.appendReplacement(
            updated, Matcher.quoteReplacement(matcher.group(1) + actual + matcher.group(4)));
      } else {
        assertEquals(
            actual,
            matcher.group(3),
            "docs/generated-code.md is stale for "
                + matcher.group(2)
                + "; rerun with FLOWCDK_UPDATE_GOLDEN=1");
      }
    }
    if (System.getenv("FLOWCDK_UPDATE_GOLDEN") != null) {
      matcher.appendTail(updated);
      Files.writeString(DOC, updated.toString());
    }
    assertTrue(blocks >= 3, "docs/generated-code.md shows " + blocks + " generated files");
  }
}
