package flowcdk.connector.dispatch;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import flowcdk.processor.FlowProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files of the capture-level generated code: {@code _Dispatch}, {@code _Resources} and
 * {@code _Main} of three captures ({@code src/test/resources/captures/acme}): {@code Shop}, with
 * declared resources of every option, {@code Tables}, with its own resource config and path, and
 * {@code Hooks}, with webhook resources (a body discriminator and the URL wildcard), and the three
 * captures' connector docs pages ({@code <Capture>.md}). They live here rather than beside the
 * codec goldens in the processor module because the generated code compiles only against this
 * module.
 *
 * <p>To accept a deliberate change of the generated code, run {@code FLOWCDK_UPDATE_GOLDEN=1 mvn
 * -pl common -am test -Dtest=GeneratedDispatchGoldenTest -Dsurefire.failIfNoSpecifiedTests=false}:
 * the test then rewrites the files under {@code src/test/resources/golden/} and passes. Review the
 * diff before committing it.
 */
class GeneratedDispatchGoldenTest {

  private static final Path SOURCES = Path.of("src/test/resources/captures/acme");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/acme");
  private static final boolean UPDATE = "1".equals(System.getenv("FLOWCDK_UPDATE_GOLDEN"));

  private static final List<String> MODELS =
      List.of(
          "Shop",
          "ShopConfig",
          "Order",
          "Region",
          "Orders",
          "Regions",
          "Tables",
          "TableConfig",
          "Hooks",
          "OrderEvents",
          "Deliveries");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Shop_Dispatch",
        "Shop_Resources",
        "Shop_Main",
        "Tables_Dispatch",
        "Tables_Resources",
        "Hooks_Resources"
      })
  void generatedCodeMatchesItsGoldenFile(String generated) throws IOException {
    assertGolden(
        StandardLocation.SOURCE_OUTPUT, "acme/" + generated + ".java", generated + ".java");
  }

  /**
   * The connector docs page of each capture, which the processor writes into the class output: the
   * config's fields with their flags and defaults, the resources of every kind, webhook rules.
   */
  @ParameterizedTest(name = "{0}.md")
  @ValueSource(strings = {"Shop", "Tables", "Hooks"})
  void connectorDocsMatchTheirGoldenFile(String capture) throws IOException {
    assertGolden(
        StandardLocation.CLASS_OUTPUT,
        "META-INF/flowcdk/connector-docs/" + capture + ".md",
        capture + ".md");
  }

  /** Compiles the captures and compares the file {@code generated} with {@code golden}. */
  private static void assertGolden(StandardLocation location, String generated, String name)
      throws IOException {
    Compilation compilation = javac().withProcessors(new FlowProcessor()).compile(sources());
    assertThat(compilation).succeededWithoutWarnings();
    String actual =
        compilation
            .generatedFile(location, generated)
            .orElseThrow()
            .getCharContent(false)
            .toString();
    Path golden = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertWithMessage(
            "generated %s differs from %s; if the change is intended, rerun with"
                + " FLOWCDK_UPDATE_GOLDEN=1 and review the diff",
            generated, golden)
        .that(actual)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  static List<JavaFileObject> sources() {
    return MODELS.stream()
        .map(
            name -> {
              try {
                return JavaFileObjects.forSourceString(
                    "acme." + name,
                    Files.readString(SOURCES.resolve(name + ".java"), StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }
}
