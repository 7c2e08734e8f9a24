package flowcdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static flowcdk.processor.Compilations.compile;
import static flowcdk.processor.Compilations.generatedSource;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests: compiles representative models ({@code src/test/resources/models/acme}) with
 * the processor and compares each generated codec with its checked-in copy under {@code
 * src/test/resources/golden/}.
 *
 * <p>To accept a deliberate change of the generated code, run the tests with {@code
 * FLOWCDK_UPDATE_GOLDEN=1}, e.g. {@code FLOWCDK_UPDATE_GOLDEN=1 mvn -pl processor test
 * -Dtest=GoldenFilesTest}: the test then (re)writes the golden files in {@code
 * processor/src/test/resources/golden/} instead of comparing, and passes. Review the diff before
 * committing it.
 */
class GoldenFilesTest {

  /** Resolved against the module directory, Maven's working directory for tests. */
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private static final boolean UPDATE = "1".equals(System.getenv("FLOWCDK_UPDATE_GOLDEN"));

  /** Each case: a name, the model sources it compiles, the generated codecs it compares. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "config with nested model, union, defaults and keywords",
            List.of("acme/SourceConfig.java", "acme/Credentials.java"),
            List.of(
                "acme.SourceConfigJson",
                "acme.SourceConfig_TunnelJson",
                "acme.CredentialsJson",
                "acme.Credentials_ApiKeyJson",
                "acme.Credentials_OAuth2Json")),
        Arguments.of(
            "document with _meta, extras, collections, Optional and enum",
            List.of("acme/Event.java"),
            List.of("acme.EventJson")),
        Arguments.of(
            "collections, maps, optionals and arrays",
            List.of("acme/Containers.java"),
            List.of("acme.ContainersJson")),
        Arguments.of(
            "enums in containers and an array of a generic type",
            List.of("acme/Catalog.java", "acme/Status.java"),
            List.of("acme.CatalogJson")),
        Arguments.of("enum model", List.of("acme/Status.java"), List.of("acme.StatusJson")),
        Arguments.of(
            "final class model",
            List.of("acme/Window.java", "acme/Status.java"),
            List.of("acme.WindowJson")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatedCodeMatchesGoldenFiles(String name, List<String> inputs, List<String> outputs)
      throws IOException {
    JavaFileObject[] sources =
        inputs.stream().map(GoldenFilesTest::model).toArray(JavaFileObject[]::new);
    Compilation compilation = compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    for (String output : outputs) {
      String actual = generatedSource(compilation, output);
      Path golden = GOLDEN.resolve(output.replace('.', '/') + ".java");
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        continue;
      }
      assertWithMessage(
              "golden file %s is missing; run with FLOWCDK_UPDATE_GOLDEN=1 to create it", golden)
          .that(Files.exists(golden))
          .isTrue();
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      assertWithMessage(
              "%s differs from %s; if the change is intended, run with FLOWCDK_UPDATE_GOLDEN=1",
              output, golden)
          .that(actual)
          .isEqualTo(expected);
    }
  }

  private static JavaFileObject model(String path) {
    URL url = GoldenFilesTest.class.getClassLoader().getResource("models/" + path);
    if (url == null) {
      throw new UncheckedIOException(new IOException("no test resource models/" + path));
    }
    return JavaFileObjects.forResource(url);
  }
}
