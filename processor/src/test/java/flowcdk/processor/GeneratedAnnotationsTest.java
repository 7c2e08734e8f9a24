package flowcdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static flowcdk.processor.Compilations.compileWithLint;
import static flowcdk.processor.Compilations.describe;
import static flowcdk.processor.Compilations.generatedSource;
import static flowcdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A generated codec carries {@code @Generated} and, only when its code cannot avoid a warning,
 * {@code @SuppressWarnings} for exactly that warning: with every lint check on, no warning comes
 * from generated code.
 */
class GeneratedAnnotationsTest {

  @Test
  void aPlainModelSuppressesNothing() {
    Compilation compilation =
        compileWithLint(
            source(
                "test.Config",
                "package test;",
                "import flowcdk.annotations.Model;",
                "import java.util.List;",
                "import java.util.Map;",
                "@Model",
                "public record Config(String name, List<Map<String, Integer>> counts) {}"));
    String codec = codec(compilation, "test.ConfigJson");
    assertThat(codec)
        .contains(
            """
            @Generated(
                value = "flowcdk.processor.generate.CodecGenerator",
                from = "test.Config"
            )
            public final class ConfigJson""");
    assertThat(codec).doesNotContain("@SuppressWarnings");
  }

  @Test
  void anArrayOfAGenericTypeSuppressesUnchecked() {
    Compilation compilation =
        compileWithLint(
            source(
                "test.Pages",
                "package test;",
                "import flowcdk.annotations.Model;",
                "import java.util.List;",
                "@Model",
                "public record Pages(List<String>[] pages) {}"));
    assertThat(codec(compilation, "test.PagesJson"))
        .contains("@SuppressWarnings(\"unchecked\")\npublic final class PagesJson");
  }

  @Test
  void deprecatedPartsOfTheModelSuppressDeprecation() {
    Compilation compilation =
        compileWithLint(
            source(
                "test.Legacy",
                "package test;",
                "import flowcdk.annotations.Model;",
                "@Model",
                "public record Legacy(String name, Old old) {",
                "  /** Replaced. */",
                "  @Deprecated",
                "  public enum Old { A, B }",
                "}"));
    assertThat(codec(compilation, "test.LegacyJson"))
        .contains("@SuppressWarnings(\"deprecation\")\npublic final class LegacyJson");
  }

  @Test
  void aModelDeprecatedForRemovalSuppressesRemoval() {
    Compilation compilation =
        compileWithLint(
            source(
                "test.Gone",
                "package test;",
                "import flowcdk.annotations.Model;",
                "/** Going away. */",
                "@Deprecated(forRemoval = true)",
                "@Model",
                "public record Gone(String name) {}"));
    assertThat(codec(compilation, "test.GoneJson"))
        .contains("@SuppressWarnings(\"removal\")\npublic final class GoneJson");
  }

  /**
   * The codec's source, after checking that the compilation raised no warning in generated code.
   */
  private static String codec(Compilation compilation, String name) {
    assertThat(compilation).succeeded();
    List<String> generatedWarnings =
        compilation.warnings().stream()
            .filter(d -> d.getSource() != null && d.getSource().getName().endsWith("Json.java"))
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();
    assertWithMessage(describe(compilation)).that(generatedWarnings).isEmpty();
    return generatedSource(compilation, name);
  }
}
