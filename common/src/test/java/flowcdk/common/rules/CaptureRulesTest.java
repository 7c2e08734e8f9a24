package flowcdk.common.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import flowcdk.processor.FlowProcessor;
import flowcdk.processor.diag.Messages;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One compile-testing case per {@code @Resource} and {@code @Capture} rule: the compilation fails
 * with exactly one error, carrying the rule's id, on the line of the offending annotation.
 */
class CaptureRulesTest {

  private static final String DOC =
      """
      package acme;
      import com.fasterxml.jackson.annotation.JsonProperty;
      import flowcdk.annotations.Model;
      import flowcdk.runtime.codec.Meta;
      import java.util.List;
      @Model
      public record Doc(Meta meta, long id, @JsonProperty(required = true) Inner inner, String note, List<String> tags) {
        @Model public record Inner(long code, String label) {}
      }
      """;

  private static final String CONFIG =
      """
      package acme;
      import flowcdk.annotations.Model;
      @Model public record Config(String host) {}
      """;

  private static final String IMPORTS =
      """
      import flowcdk.annotations.Resource;
      import flowcdk.connector.BindingContext;
      import flowcdk.connector.ResourceConfig;
      import flowcdk.connector.ResourceOpener;
      import io.vertx.core.Future;
      """;

  /** A resource class with {@code annotation} and {@code declaration} (class header). */
  private static JavaFileObject resource(String annotation, String declaration) {
    String body =
        declaration.contains("ResourceOpener")
            ? " { public Future<?> open(BindingContext<Config, ResourceConfig> binding) { return Future.succeededFuture(); } }"
            : " {}";
    return JavaFileObjects.forSourceString(
        "acme.Things", "package acme;\n" + IMPORTS + annotation + "\n" + declaration + body + "\n");
  }

  private static Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all =
        new java.util.ArrayList<>(
            List.of(
                JavaFileObjects.forSourceString("acme.Doc", DOC),
                JavaFileObjects.forSourceString("acme.Config", CONFIG)));
    all.addAll(List.of(sources));
    return javac().withProcessors(new FlowProcessor()).compile(all);
  }

  /**
   * Compiles {@code resource} (the class {@code acme.Things}) with a capture that lists it, as a
   * resource that compiles cleanly is compiled.
   */
  private static Compilation compileListed(JavaFileObject resource) {
    return compile(
        resource,
        JavaFileObjects.forSourceString(
            "acme.Listing",
            """
            package acme;
            import flowcdk.annotations.Capture;
            import flowcdk.connector.CaptureConnector;
            @Capture(docsUrl = "https://example.com/docs", config = Config.class, resources = Things.class)
            public final class Listing implements CaptureConnector<Config> {}
            """));
  }

  private static void failsOnce(
      Compilation compilation, String id, JavaFileObject file, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(id).inFile(file).onLineContaining(line);
  }

  private static final String OK_CLASS =
      "public final class Things implements ResourceOpener<Config, ResourceConfig>";

  @Nested
  class Resources {

    @Test
    void aValidResourceCompilesWithAWarningWhenNoCaptureIsCompiledWithIt() {
      JavaFileObject file =
          resource(
              "@Resource(name = \"things\", key = \"/id\", document = Doc.class, interval = \"PT5M\")",
              OK_CLASS);
      Compilation compilation = compile(file);
      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningCount(1);
      assertThat(compilation)
          .hadWarningContaining(Messages.resourceUnlisted("acme.Things", "Things", List.of()))
          .inFile(file)
          .onLineContaining("public final class Things");
    }

    @Test
    void classMustBeFinalWithANoArgConstructor() {
      JavaFileObject file =
          resource(
              "@Resource(name = \"things\", key = \"/id\", document = Doc.class)",
              "public class Things implements ResourceOpener<Config, ResourceConfig>");
      failsOnce(compile(file), "[Resource/Class]", file, "@Resource");
    }

    @Test
    void classMustImplementBindingOpener() {
      JavaFileObject file =
          resource(
              "@Resource(name = \"things\", key = \"/id\", document = Doc.class)",
              "public final class Things");
      failsOnce(compile(file), "[Resource/Opener]", file, "@Resource");
    }

    @Test
    void nameMustNotBeBlank() {
      JavaFileObject file =
          resource("@Resource(name = \" \", key = \"/id\", document = Doc.class)", OK_CLASS);
      failsOnce(compile(file), "[Resource/Name]", file, "@Resource");
    }

    @Test
    void documentMustBeAModel() {
      JavaFileObject file =
          resource(
              "@Resource(name = \"things\", key = \"/id\", document = String.class)", OK_CLASS);
      failsOnce(compile(file), "[Resource/Document]", file, "@Resource");
    }

    @Test
    void keyMustBeAPointer() {
      JavaFileObject file =
          resource("@Resource(name = \"things\", key = \"id\", document = Doc.class)", OK_CLASS);
      failsOnce(compile(file), "[Resource/KeySyntax]", file, "@Resource");
    }

    @Test
    void keyMustNameAProperty() {
      JavaFileObject file =
          resource("@Resource(name = \"things\", key = \"/idd\", document = Doc.class)", OK_CLASS);
      Compilation compilation = compile(file);
      failsOnce(compilation, "[Resource/KeyUnknown]", file, "@Resource");
      assertThat(compilation).hadErrorContaining("Did you mean 'id'?");
    }

    @Test
    void keyMustBeRequired() {
      JavaFileObject file =
          resource("@Resource(name = \"things\", key = \"/note\", document = Doc.class)", OK_CLASS);
      Compilation compilation = compile(file);
      failsOnce(compilation, "[Resource/KeyNotRequired]", file, "@Resource");
      assertThat(compilation).hadErrorContaining("names Doc.note, which is not required");
    }

    @Test
    void keyMayGoThroughRequiredNestedModels() {
      assertThat(
              compileListed(
                  resource(
                      "@Resource(name = \"things\", key = {\"/inner/code\", \"/id\"}, document = Doc.class)",
                      OK_CLASS)))
          .succeededWithoutWarnings();
      JavaFileObject file =
          resource(
              "@Resource(name = \"things\", key = \"/inner/label\", document = Doc.class)",
              OK_CLASS);
      failsOnce(compile(file), "[Resource/KeyNotRequired]", file, "@Resource");
    }

    @Test
    void keyMustBeAScalar() {
      JavaFileObject file =
          resource("@Resource(name = \"things\", key = \"/tags\", document = Doc.class)", OK_CLASS);
      // tags is optional too; make it the only problem by pointing through a required non-model.
      Compilation compilation = compile(file);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[Resource/Key")
          .inFile(file)
          .onLineContaining("@Resource");
      JavaFileObject nested =
          resource(
              "@Resource(name = \"things\", key = \"/id/deeper\", document = Doc.class)", OK_CLASS);
      failsOnce(compile(nested), "[Resource/KeyType]", nested, "@Resource");
    }

    @Test
    void snapshotMustBeKeyedOnRowId() {
      JavaFileObject file =
          resource(
              "@Resource(name = \"things\", key = \"/id\", document = Doc.class, snapshot = true)",
              OK_CLASS);
      failsOnce(compile(file), "[Resource/SnapshotKey]", file, "@Resource");
      assertThat(
              compileListed(
                  resource(
                      "@Resource(name = \"things\", key = \"/_meta/row_id\", document = Doc.class, snapshot = true)",
                      OK_CLASS)))
          .succeededWithoutWarnings();
    }

    @Test
    void intervalMustBeAnIsoDuration() {
      JavaFileObject file =
          resource(
              "@Resource(name = \"things\", key = \"/id\", document = Doc.class, interval = \"5m\")",
              OK_CLASS);
      failsOnce(compile(file), "[Resource/Interval]", file, "@Resource");
    }

    @Test
    void scheduleMustBeFiveFieldCron() {
      JavaFileObject file =
          resource(
              "@Resource(name = \"things\", key = \"/id\", document = Doc.class, schedule = \"* * * *\")",
              OK_CLASS);
      failsOnce(compile(file), "[Resource/Schedule]", file, "@Resource");
      assertThat(
              compileListed(
                  resource(
                      "@Resource(name = \"things\", key = \"/id\", document = Doc.class, schedule = \"0 3 * * 1-5\")",
                      OK_CLASS)))
          .succeededWithoutWarnings();
    }

    @Test
    void reductionStrategyMustBeKnown() {
      JavaFileObject file =
          resource(
              "@Resource(name = \"things\", key = \"/id\", document = Doc.class, reductionStrategy = \"merg\")",
              OK_CLASS);
      Compilation compilation = compile(file);
      failsOnce(compilation, "[Resource/Reduction]", file, "@Resource");
      assertThat(compilation).hadErrorContaining("Did you mean 'merge'?");
    }
  }

  @Nested
  class Captures {

    private final JavaFileObject things =
        resource("@Resource(name = \"things\", key = \"/id\", document = Doc.class)", OK_CLASS);

    private JavaFileObject capture(String annotation, String declaration) {
      return JavaFileObjects.forSourceString(
          "acme.MyCapture",
          "package acme;\n"
              + "import flowcdk.annotations.Capture;\nimport flowcdk.connector.CaptureConnector;\n"
              + annotation
              + "\n"
              + declaration
              + " {}\n");
    }

    private static final String OK =
        "public final class MyCapture implements CaptureConnector<Config>";

    @Test
    void aValidCaptureGeneratesItsRegistryDispatcherAndMain() {
      Compilation compilation =
          compile(
              things,
              capture(
                  "@Capture(docsUrl = \"https://example.com/docs\", config = Config.class, resources = Things.class)",
                  OK));
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation).generatedSourceFile("acme.MyCapture_Resources");
      assertThat(compilation).generatedSourceFile("acme.MyCapture_Dispatch");
      assertThat(compilation).generatedSourceFile("acme.MyCapture_Main");
    }

    @Test
    void aResourceNoCaptureListsIsAWarningNamingTheCaptures() {
      JavaFileObject file =
          capture("@Capture(docsUrl = \"https://example.com/docs\", config = Config.class)", OK);
      Compilation compilation = compile(things, file);
      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningCount(1);
      assertThat(compilation)
          .hadWarningContaining(
              Messages.resourceUnlisted("acme.Things", "Things", List.of("acme.MyCapture")))
          .inFile(things)
          .onLineContaining("public final class Things");
      assertThat(compilation).hadWarningContaining("[Resource/Unlisted] ");
    }

    @Test
    void aResourceListedByAnyCaptureGetsNoWarning() {
      JavaFileObject other =
          JavaFileObjects.forSourceString(
              "acme.OtherCapture",
              """
              package acme;
              import flowcdk.annotations.Capture;
              import flowcdk.connector.CaptureConnector;
              @Capture(docsUrl = "https://example.com/docs", config = Config.class)
              public final class OtherCapture implements CaptureConnector<Config> {}
              """);
      Compilation compilation =
          compile(
              things,
              other,
              capture(
                  "@Capture(docsUrl = \"https://example.com/docs\", config = Config.class, resources = Things.class)",
                  OK));
      assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void classMustBeFinalWithANoArgConstructor() {
      JavaFileObject file =
          capture(
              "@Capture(docsUrl = \"https://example.com\", config = Config.class)",
              "public class MyCapture implements CaptureConnector<Config>");
      failsOnce(compile(file), "[Capture/Class]", file, "@Capture");
    }

    @Test
    void classMustImplementCaptureConnectorOfItsConfig() {
      JavaFileObject file =
          capture(
              "@Capture(docsUrl = \"https://example.com\", config = Config.class)",
              "public final class MyCapture implements CaptureConnector<String>");
      failsOnce(compile(file), "[Capture/Connector]", file, "@Capture");
    }

    @Test
    void configMustBeAModel() {
      JavaFileObject file =
          capture(
              "@Capture(docsUrl = \"https://example.com\", config = String.class)",
              "public final class MyCapture implements CaptureConnector<String>");
      failsOnce(compile(file), "[Capture/Config]", file, "@Capture");
    }

    @Test
    void listedResourcesMustBeResources() {
      JavaFileObject file =
          capture(
              "@Capture(docsUrl = \"https://example.com\", config = Config.class, resources = Doc.class)",
              OK);
      failsOnce(compile(file), "[Capture/Resource]", file, "@Capture");
    }

    @Test
    void resourcesMustOpenWithTheCapturesConfig() {
      JavaFileObject other =
          JavaFileObjects.forSourceString(
              "acme.Other",
              """
          package acme;
          import flowcdk.annotations.Model;
          @Model public record Other(String x) {}
          """);
      JavaFileObject wrong =
          JavaFileObjects.forSourceString(
              "acme.Wrong",
              "package acme;\n"
                  + IMPORTS
                  + "@Resource(name = \"wrong\", key = \"/id\", document = Doc.class)\n"
                  + "public final class Wrong implements ResourceOpener<Other, ResourceConfig> {"
                  + " public Future<?> open(BindingContext<Other, ResourceConfig> binding) {"
                  + " return Future.succeededFuture(); } }\n");
      JavaFileObject file =
          capture(
              "@Capture(docsUrl = \"https://example.com\", config = Config.class, resources = Wrong.class)",
              OK);
      failsOnce(compile(other, wrong, file), "[Capture/ResourceConfig]", file, "@Capture");
    }

    @Test
    void resourcesMustOpenWithTheCapturesResourceConfig() {
      JavaFileObject other =
          JavaFileObjects.forSourceString(
              "acme.Other",
              """
          package acme;
          import flowcdk.annotations.Model;
          @Model public record Other(String x) {}
          """);
      JavaFileObject wrong =
          JavaFileObjects.forSourceString(
              "acme.Wrong",
              "package acme;\n"
                  + IMPORTS
                  + "@Resource(name = \"wrong\", key = \"/id\", document = Doc.class)\n"
                  + "public final class Wrong implements ResourceOpener<Config, Other> {"
                  + " public Future<?> open(BindingContext<Config, Other> binding) {"
                  + " return Future.succeededFuture(); } }\n");
      JavaFileObject file =
          capture(
              "@Capture(docsUrl = \"https://example.com\", config = Config.class, resources = Wrong.class)",
              OK);
      Compilation compilation = compile(other, wrong, file);
      failsOnce(compilation, "[Capture/ResourceConfig]", file, "@Capture");
      assertThat(compilation).hadErrorContaining("ResourceOpener<Config, ResourceConfig>");
    }

    @Test
    void resourceNamesMustBeUnique() {
      JavaFileObject twin =
          JavaFileObjects.forSourceString(
              "acme.Twin",
              "package acme;\n"
                  + IMPORTS
                  + "@Resource(name = \"things\", key = \"/id\", document = Doc.class)\n"
                  + "public final class Twin implements ResourceOpener<Config, ResourceConfig> {"
                  + " public Future<?> open(BindingContext<Config, ResourceConfig> binding) { return Future.succeededFuture(); } }\n");
      JavaFileObject file =
          capture(
              "@Capture(docsUrl = \"https://example.com\", config = Config.class, resources = {Things.class, Twin.class})",
              OK);
      failsOnce(compile(things, twin, file), "[Capture/DuplicateResource]", file, "@Capture");
    }

    private final JavaFileObject table =
        JavaFileObjects.forSourceString(
            "acme.Table",
            """
        package acme;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import flowcdk.annotations.Model;
        @Model public record Table(@JsonProperty(required = true) String schema,
            @JsonProperty(required = true) String table, String cursor, int size) {}
        """);

    @Test
    void aResourcePathOfRequiredStringsIsTheDispatchersPointers() throws Exception {
      Compilation compilation =
          compile(
              table,
              capture(
                  "@Capture(docsUrl = \"https://example.com\", config = Config.class,"
                      + " resourceConfig = Table.class, resourcePath = {\"/schema\", \"/table\"})",
                  OK));
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation)
          .generatedSourceFile("acme.MyCapture_Dispatch")
          .contentsAsUtf8String()
          .contains("return List.of(\"/schema\", \"/table\");");
    }

    @Test
    void resourcePathPointersMustNameProperties() {
      JavaFileObject file =
          capture(
              "@Capture(docsUrl = \"https://example.com\", config = Config.class,"
                  + " resourceConfig = Table.class, resourcePath = {\"/schema\", \"/name\"})",
              OK);
      failsOnce(compile(table, file), "[Capture/ResourcePath]", file, "@Capture");
    }

    @Test
    void resourcePathPropertiesMustBeRequiredStrings() {
      JavaFileObject file =
          capture(
              "@Capture(docsUrl = \"https://example.com\", config = Config.class,"
                  + " resourceConfig = Table.class, resourcePath = {\"/cursor\"})",
              OK);
      failsOnce(compile(table, file), "[Capture/ResourcePath]", file, "@Capture");
    }

    @Test
    void theStandardResourceConfigsPathIsName() {
      JavaFileObject file =
          capture(
              "@Capture(docsUrl = \"https://example.com\", config = Config.class, resourcePath = \"/table\")",
              OK);
      failsOnce(compile(file), "[Capture/ResourcePath]", file, "@Capture");
    }

    @Test
    void docsUrlMustBeHttp() {
      JavaFileObject file =
          capture("@Capture(docsUrl = \"docs.example.com\", config = Config.class)", OK);
      failsOnce(compile(file), "[Capture/DocsUrl]", file, "@Capture");
    }
  }
}
