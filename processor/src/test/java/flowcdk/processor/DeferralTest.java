package flowcdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static flowcdk.processor.Compilations.compile;
import static flowcdk.processor.Compilations.generatedSource;
import static flowcdk.processor.Compilations.schemaJson;
import static flowcdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * Models that refer to types another processor generates in a later round: the Flow processor
 * defers them by name and generates their codecs once the types exist, with no error.
 */
class DeferralTest {

  /** Generates the {@code @Model} record {@code test.Token} in its first round. */
  static final class TokenGenerator extends AbstractProcessor {
    private boolean generated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (generated || round.processingOver()) {
        return false;
      }
      generated = true;
      try (Writer out = processingEnv.getFiler().createSourceFile("test.Token").openWriter()) {
        out.write(
            """
            package test;
            @flowcdk.annotations.Model
            public record Token(String value, int version) {}
            """);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  @Test
  void modelReferringToATypeGeneratedInALaterRoundCompiles() {
    Compilation compilation =
        compile(
            List.of(new TokenGenerator()),
            source(
                "test.Config",
                "package test;",
                "import flowcdk.annotations.Model;",
                "import java.util.List;",
                "@Model",
                "public record Config(String name, Token token, List<Token> history) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "test.ConfigJson"))
        .contains("TokenJson.INSTANCE.read(p, ctx)");
    assertThat(schemaJson(compilation, "test.ConfigJson")).contains("\"$defs\":{\"Token\":");
    assertThat(generatedSource(compilation, "test.TokenJson")).contains("class TokenJson");
  }

  @Test
  void modelReferringToAModelThatWaitsForAGeneratedTypeCompiles() {
    // Outer is valid in round 1, but its schema needs Inner, which waits for Token: Outer waits
    // too.
    Compilation compilation =
        compile(
            List.of(new TokenGenerator()),
            source(
                "test.Outer",
                "package test;",
                "import flowcdk.annotations.Model;",
                "@Model",
                "public record Outer(String name, Inner inner) {",
                "  @Model public record Inner(Token token) {}",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(schemaJson(compilation, "test.OuterJson")).contains("\"Token\":");
    assertThat(generatedSource(compilation, "test.Outer_InnerJson"))
        .contains("class Outer_InnerJson");
  }

  @Test
  void withoutTheGeneratorTheSameModelFailsWithOneUnresolvedError() {
    Compilation compilation =
        compile(
            source(
                "test.Config",
                "package test;",
                "import flowcdk.annotations.Model;",
                "@Model",
                "public record Config(String name, Token token) {}"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[Model/Unresolved] @Model on test.Config: Token");
    assertThat(
            compilation.errors().stream()
                .filter(e -> e.getMessage(null).contains("[Model/"))
                .count())
        .isEqualTo(1);
  }
}
