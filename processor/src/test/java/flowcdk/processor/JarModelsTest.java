package flowcdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static flowcdk.processor.Compilations.describe;
import static flowcdk.processor.Compilations.errors;
import static flowcdk.processor.Compilations.generatedSource;
import static flowcdk.processor.Compilations.schemaJson;
import static flowcdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import flowcdk.processor.diag.Messages;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models from another compilation unit: a library's models (and their generated codecs) are
 * compiled and packed into a jar, and a second compilation refers to them from its own models, as a
 * connector does with a shared library of models.
 */
class JarModelsTest {

  @TempDir Path temp;

  private static final JavaFileObject LIBRARY =
      source(
          "lib.Shared",
          "package lib;",
          "import com.fasterxml.jackson.annotation.JsonProperty;",
          "import flowcdk.annotations.Const;",
          "import flowcdk.annotations.Discriminator;",
          "import flowcdk.annotations.Model;",
          "import flowcdk.annotations.Secret;",
          "public final class Shared {",
          "  private Shared() {}",
          "  @Model public record Tunnel(",
          "      @JsonProperty(required = true) String host,",
          "      @JsonProperty(defaultValue = \"22\") int port,",
          "      @Secret @JsonProperty(\"private_key\") String privateKey) {}",
          "  @Model public enum Region { @JsonProperty(\"us\") US, @JsonProperty(\"eu\") EU }",
          "  @Model @Discriminator(\"auth_type\")",
          "  public sealed interface Auth {}",
          "  @Model public record Key(@Const(\"key\") @JsonProperty(\"auth_type\") String authType,",
          "      @Secret String key) implements Auth {}",
          "  @Model public record Password(@Const(\"password\") @JsonProperty(\"auth_type\") String authType,",
          "      String user, @Secret String password) implements Auth {}",
          "}");

  private static final JavaFileObject APP =
      source(
          "app.Config",
          "package app;",
          "import flowcdk.annotations.Model;",
          "import lib.Shared;",
          "@Model",
          "public record Config(String name, Shared.Tunnel tunnel, Shared.Region region, Shared.Auth auth) {}");

  @Test
  void modelReferringToModelsInAJarCompiles() throws IOException {
    Path jar = jar(compileLibrary(List.of(), LIBRARY));

    Compilation app = compileAgainst(jar, APP);
    assertThat(app).succeededWithoutWarnings();
    String codec = generatedSource(app, "app.ConfigJson");
    String schema = schemaJson(app, "app.ConfigJson");
    // The jar's models are $defs of the schema, read from their class files.
    assertThat(schema).contains("\"$defs\":{\"Tunnel\":{\"title\":\"Tunnel\"");
    assertThat(schema)
        .contains(
            "\"private_key\":{\"title\":\"Private Key\",\"type\":\"string\",\"secret\":true}");
    assertThat(schema).contains("\"Auth\":{\"title\":\"Auth\",\"discriminator\"");
    assertThat(schema).contains("\"Key\":{");
    assertThat(schema).contains("\"Password\":{");
    assertThat(schema).contains("\"enum\":[\"us\",\"eu\"]");
    // ... and their codecs are the jar's, not generated again.
    assertThat(codec).contains("Shared_TunnelJson.INSTANCE.read(p, ctx)");
    assertThat(codec).contains("Shared_AuthJson.INSTANCE.write(g, v_auth)");
    assertThat(app.generatedSourceFiles()).hasSize(1);
  }

  @Test
  void finalClassModelCompiledWithoutParameterNamesIsReportedOnTheReferringModel()
      throws IOException {
    JavaFileObject window =
        source(
            "lib.Window",
            "package lib;",
            "import flowcdk.annotations.Model;",
            "@Model",
            "public final class Window {",
            "  private final long start;",
            "  private final int step;",
            "  public Window(long start, int step) { this.start = start; this.step = step; }",
            "  public long start() { return start; }",
            "  public int step() { return step; }",
            "}");
    // javac keeps parameter names in class files only with -parameters (or -g).
    Path jar = jar(compileLibrary(List.of("-g:none"), window));
    JavaFileObject app =
        source(
            "app.Job",
            "package app;",
            "import flowcdk.annotations.Model;",
            "@Model",
            "public record Job(",
            "    String name,",
            "    lib.Window window) {}");

    Compilation compilation = compileAgainst(jar, app);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(Messages.modelSyntheticName("lib.Window", "arg0"))
        .inFile(app)
        .onLineContaining("record Job");
    // One message per mistake: the first nameless parameter, and the second.
    assertWithMessage(describe(compilation))
        .that(errors(compilation))
        .containsExactly(
            Messages.modelSyntheticName("lib.Window", "arg0"),
            Messages.modelSyntheticName("lib.Window", "arg1"));

    Path named = jar(compileLibrary(List.of("-parameters"), window));
    assertThat(compileAgainst(named, app)).succeededWithoutWarnings();
  }

  private static Compilation compileLibrary(List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>(options);
    all.add("-Xlint:-processing");
    Compilation library =
        javac().withProcessors(new FlowProcessor()).withOptions(all).compile(sources);
    assertThat(library).succeededWithoutWarnings();
    return library;
  }

  private Compilation compileAgainst(Path jar, JavaFileObject... sources) {
    List<File> classpath = new ArrayList<>();
    classpath.add(jar.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator, -1)) {
      if (!entry.isEmpty()) {
        classpath.add(new File(entry));
      }
    }
    return javac()
        .withProcessors(new FlowProcessor())
        .withOptions("-Xlint:-processing")
        .withClasspath(classpath)
        .compile(sources);
  }

  /**
   * A jar of every class file {@code compilation} wrote (the models' and the generated codecs').
   */
  private Path jar(Compilation compilation) throws IOException {
    Path jar = Files.createTempFile(temp, "models", ".jar");
    int classes = 0;
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      for (JavaFileObject generated : compilation.generatedFiles()) {
        if (generated.getKind() != JavaFileObject.Kind.CLASS) {
          continue;
        }
        String path = generated.toUri().getPath();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
        out.putNextEntry(new JarEntry(name));
        try (InputStream in = generated.openInputStream()) {
          in.transferTo(out);
        }
        out.closeEntry();
        classes++;
      }
    }
    assertThat(classes).isGreaterThan(0);
    return jar;
  }
}
