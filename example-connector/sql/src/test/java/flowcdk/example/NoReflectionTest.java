package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.testing.NoReflection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No reflection at run time: nothing in the runtime, common or generated sources (of common and of
 * this connector) calls {@code Class.forName}, {@code getDeclared*}, {@code Method.invoke} or
 * {@code Constructor.newInstance}, or imports {@code java.lang.reflect}.
 */
class NoReflectionTest {

  @Test
  void runtimeCommonAndGeneratedCodeUseNoReflection() throws IOException {
    NoReflection.assertNone(
        Path.of("..", "..").toAbsolutePath().normalize(),
        List.of(
            "runtime/src/main/java",
            "common/src/main/java",
            "common/target/generated-sources/annotations",
            "example-connector/sql/src/main/java",
            "example-connector/sql/target/generated-sources/annotations"),
        50);
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
      assertTrue(NoReflection.FORBIDDEN.matcher(line).find(), line);
    }
  }
}
