package flowcdk.connector.stream.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The complete resource of docs/streaming.md is {@link ExportCapture}, which the build compiles and
 * {@code LargeExportRssTest} runs: the page shows the file as it is.
 */
class StreamingDocTest {

  private static final String FILE =
      "common/src/test/java/flowcdk/connector/stream/export/ExportCapture.java";

  @Test
  void theDocsShowExportCaptureAsItIs() throws IOException {
    // Surefire runs in the module's folder; the docs are the repository's.
    String doc = Files.readString(Path.of("..", "docs", "streaming.md"));
    String marker = "<!-- " + FILE + " -->\n```java\n";
    int start = doc.indexOf(marker);
    assertTrue(start >= 0, "docs/streaming.md has no block marked " + marker.trim());
    int from = start + marker.length();
    int end = doc.indexOf("```\n", from);
    String source = Files.readString(Path.of("..", FILE));
    assertEquals(source, doc.substring(from, end), "docs/streaming.md's copy of " + FILE);
  }
}
