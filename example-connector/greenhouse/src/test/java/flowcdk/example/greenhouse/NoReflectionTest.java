package flowcdk.example.greenhouse;

import flowcdk.testing.NoReflection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No reflection at run time in this connector: neither its sources nor the processor's output for
 * them call {@code Class.forName}, {@code getDeclared*}, {@code Method.invoke} or {@code
 * Constructor.newInstance}, or import {@code java.lang.reflect} (the kit's own sources are checked
 * by the SQL example's test).
 */
class NoReflectionTest {

  @Test
  void theConnectorAndItsGeneratedCodeUseNoReflection() throws IOException {
    NoReflection.assertNone(
        Path.of("").toAbsolutePath(),
        List.of("src/main/java", "target/generated-sources/annotations"),
        5);
  }
}
