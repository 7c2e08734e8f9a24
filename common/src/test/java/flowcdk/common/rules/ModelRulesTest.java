package flowcdk.common.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static flowcdk.processor.Compilations.compile;
import static flowcdk.processor.Compilations.describe;
import static flowcdk.processor.Compilations.errors;
import static flowcdk.processor.Compilations.schemaJson;
import static flowcdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import flowcdk.processor.diag.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One negative test per rule of {@code @Model}: each source breaks exactly one rule, and the test
 * checks that compilation fails with exactly that one message (full text, from {@link Messages}),
 * attached to the line of the offending element, and with no cascade of errors in generated code.
 */
class ModelRulesTest {

  /**
   * Compiles {@code source}, expecting exactly one error, {@code message}, on the line of {@code
   * source} containing {@code line}.
   */
  private static Compilation assertOneError(JavaFileObject source, String message, String line) {
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertWithMessage(describe(compilation)).that(errors(compilation)).hasSize(1);
    return compilation;
  }

  @Nested
  class Types {

    @Test
    void unsupportedPropertyType() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public record Config(",
              "    String name,",
              "    java.io.File file) {}");
      assertOneError(
          source,
          Messages.unsupportedType("test.Config", "file", "java.io.File"),
          "java.io.File file");
      assertThat(errors(compile(source)).get(0)).startsWith("[Model/UnsupportedType] ");
    }

    @Test
    void unsupportedElementType() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "import java.util.List;",
              "@Model",
              "public record Config(",
              "    String name,",
              "    List<Thread> threads) {}");
      assertOneError(
          source,
          Messages.unsupportedType("test.Config", "threads", "java.lang.Thread"),
          "threads");
    }

    @Test
    void extrasInsideACollection() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "import flowcdk.runtime.codec.Extras;",
              "@Model",
              "public record Config(",
              "    String name,",
              "    java.util.List<Extras> extras) {}");
      assertOneError(
          source,
          Messages.unsupportedType("test.Config", "extras", "flowcdk.runtime.codec.Extras"),
          "List<Extras> extras");
    }

    @Test
    void mapWithNonStringKeys() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "import java.util.Map;",
              "@Model",
              "public record Config(",
              "    String name,",
              "    Map<Integer, String> byId) {}");
      assertOneError(source, Messages.mapKey("test.Config", "byId", "java.lang.Integer"), "byId");
    }

    @Test
    void optionalInsideList() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "import java.util.List;",
              "import java.util.Optional;",
              "@Model",
              "public record Config(",
              "    String name,",
              "    List<Optional<String>> tags) {}");
      assertOneError(source, Messages.optionalPlacement("test.Config", "tags"), "tags");
    }

    @Test
    void optionalInsideOptional() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "import java.util.Optional;",
              "@Model",
              "public record Config(",
              "    Optional<Optional<String>> name) {}");
      assertOneError(
          source, Messages.optionalPlacement("test.Config", "name"), "Optional<Optional<String>>");
    }

    @Test
    void unsupportedTypeOfAFinalClassProperty() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public final class Config {",
              "  private final Object value;",
              "  public Config(",
              "      Object value) {",
              "    this.value = value;",
              "  }",
              "  public Object value() { return value; }",
              "}");
      assertOneError(
          source,
          Messages.unsupportedType("test.Config", "value", "java.lang.Object"),
          "Object value)");
    }
  }

  @Nested
  class Properties {

    @Test
    void duplicateJsonNames() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import com.fasterxml.jackson.annotation.JsonProperty;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public record Config(",
              "    @JsonProperty(\"start_date\") String startDate,",
              "    @JsonProperty(\"start_date\") String since) {}");
      assertOneError(
          source,
          Messages.duplicateName("test.Config", "start_date", "startDate", "since"),
          "since");
    }

    @Test
    void jsonPropertyClashingWithAJavaName() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import com.fasterxml.jackson.annotation.JsonProperty;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public record Config(",
              "    String name,",
              "    @JsonProperty(\"name\") String label) {}");
      assertOneError(
          source, Messages.duplicateName("test.Config", "name", "name", "label"), "label");
    }

    @Test
    void twoExtras() {
      JavaFileObject source =
          source(
              "test.Doc",
              "package test;",
              "import flowcdk.annotations.Model;",
              "import flowcdk.runtime.codec.Extras;",
              "@Model",
              "public record Doc(",
              "    String id,",
              "    Extras extras,",
              "    Extras more) {}");
      assertOneError(source, Messages.extrasTwice("test.Doc"), "Extras more");
    }

    @Test
    void secretOnAnInt() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "import flowcdk.annotations.Secret;",
              "@Model",
              "public record Config(",
              "    String user,",
              "    @Secret int pin) {}");
      assertOneError(
          source, Messages.needsString("@Secret", "test.Config", "pin", "int"), "@Secret int pin");
      assertThat(errors(compile(source)).get(0)).startsWith("[Model/Secret] ");
    }

    @Test
    void secretOnAList() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "import flowcdk.annotations.Secret;",
              "@Model",
              "public record Config(",
              "    String user,",
              "    @Secret java.util.List<String> keys) {}");
      assertOneError(
          source, Messages.needsString("@Secret", "test.Config", "keys", "list"), "@Secret");
    }

    @Test
    void constOnANonString() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Const;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public record Config(",
              "    String user,",
              "    @Const(\"1\") Integer version) {}");
      assertOneError(
          source,
          Messages.needsString("@Const", "test.Config", "version", "java.lang.Integer"),
          "Integer version");
      assertThat(errors(compile(source)).get(0)).startsWith("[Model/Const] ");
    }
  }

  @Nested
  class Defaults {

    @Test
    void intDefaultThatIsNotANumber() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import com.fasterxml.jackson.annotation.JsonProperty;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public record Config(",
              "    String host,",
              "    @JsonProperty(defaultValue = \"abc\") int port) {}");
      assertOneError(
          source, Messages.badDefault("test.Config", "port", "abc", "an int"), "int port");
    }

    @Test
    void durationDefaultThatIsNotIso8601() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import com.fasterxml.jackson.annotation.JsonProperty;",
              "import flowcdk.annotations.Model;",
              "import java.time.Duration;",
              "@Model",
              "public record Config(",
              "    String host,",
              "    @JsonProperty(defaultValue = \"5m\") Duration interval) {}");
      assertOneError(
          source,
          Messages.badDefault("test.Config", "interval", "5m", "an ISO-8601 duration such as PT5M"),
          "interval");
    }

    @Test
    void enumDefaultThatIsNotAConstant() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import com.fasterxml.jackson.annotation.JsonProperty;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public record Config(",
              "    String host,",
              "    @JsonProperty(defaultValue = \"MEDIUM\") Size size) {",
              "  public enum Size { SMALL, @JsonProperty(\"large\") LARGE }",
              "}");
      assertOneError(
          source,
          Messages.badDefault("test.Config", "size", "MEDIUM", "one of [\"SMALL\", \"large\"]"),
          "Size size");
    }

    @Test
    void enumDefaultMustBeTheJsonNameNotTheJavaName() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import com.fasterxml.jackson.annotation.JsonProperty;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public record Config(",
              "    String host,",
              "    @JsonProperty(defaultValue = \"LARGE\") Size size) {",
              "  public enum Size { SMALL, @JsonProperty(\"large\") LARGE }",
              "}");
      assertOneError(
          source,
          Messages.badDefault("test.Config", "size", "LARGE", "one of [\"SMALL\", \"large\"]"),
          "Size size");
    }

    @Test
    void defaultOnAList() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import com.fasterxml.jackson.annotation.JsonProperty;",
              "import flowcdk.annotations.Model;",
              "import java.util.List;",
              "@Model",
              "public record Config(",
              "    String host,",
              "    @JsonProperty(defaultValue = \"[]\") List<String> tags) {}");
      assertOneError(
          source,
          Messages.badDefault(
              "test.Config",
              "tags",
              "[]",
              "supported: defaults apply to scalar and enum properties only"),
          "tags");
    }

    @Test
    void requiredWithDefault() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import com.fasterxml.jackson.annotation.JsonProperty;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public record Config(",
              "    String host,",
              "    @JsonProperty(required = true, defaultValue = \"public\") String schema) {}");
      assertOneError(
          source, Messages.requiredWithDefault("test.Config", "schema"), "String schema");
    }

    @Test
    void goodDefaultsCompile() {
      Compilation compilation =
          compile(
              source(
                  "test.Config",
                  "package test;",
                  "import com.fasterxml.jackson.annotation.JsonProperty;",
                  "import flowcdk.annotations.Model;",
                  "import java.time.Duration;",
                  "@Model",
                  "public record Config(",
                  "    @JsonProperty(defaultValue = \"5432\") int port,",
                  "    @JsonProperty(defaultValue = \"PT5M\") Duration interval,",
                  "    @JsonProperty(defaultValue = \"large\") Size size,",
                  "    @JsonProperty(defaultValue = \"public\") String schema) {",
                  "  public enum Size { SMALL, @JsonProperty(\"large\") LARGE }",
                  "}"));
      assertThat(compilation).succeededWithoutWarnings();
    }
  }

  @Nested
  class Shapes {

    @Test
    void genericModel() {
      JavaFileObject source =
          source(
              "test.Page",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public record Page<T>(String cursor) {}");
      assertOneError(source, Messages.modelGeneric("test.Page"), "@Model");
    }

    @Test
    void privateNestedModel() {
      JavaFileObject source =
          source(
              "test.Outer",
              "package test;",
              "import flowcdk.annotations.Model;",
              "public class Outer {",
              "  @Model",
              "  private record Inner(String name) {}",
              "}");
      assertOneError(
          source, Messages.modelNotAccessible("test.Outer.Inner", "private"), "record Inner");
    }

    @Test
    void nonStaticInnerClass() {
      JavaFileObject source =
          source(
              "test.Outer",
              "package test;",
              "import flowcdk.annotations.Model;",
              "public class Outer {",
              "  @Model",
              "  public final class Inner {",
              "    public final String name;",
              "    public Inner(String name) { this.name = name; }",
              "  }",
              "}");
      assertOneError(
          source,
          Messages.modelNotAccessible("test.Outer.Inner", "a non-static inner class"),
          "class Inner");
    }

    @Test
    void nonFinalClass() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public class Config {",
              "  public final String name;",
              "  public Config(String name) { this.name = name; }",
              "}");
      assertOneError(source, Messages.modelNotFinal("test.Config"), "class Config");
    }

    @Test
    void abstractClass() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public abstract class Config {",
              "  public abstract String name();",
              "}");
      assertOneError(source, Messages.modelKind("test.Config", "an abstract class"), "@Model");
    }

    @Test
    void annotationType() {
      JavaFileObject source =
          source(
              "test.Marker",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public @interface Marker {}");
      assertOneError(source, Messages.modelKind("test.Marker", "an annotation type"), "@Model");
    }

    @Test
    void twoPublicConstructorsWithoutJsonCreator() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public final class Config {",
              "  private final String host;",
              "  private final int port;",
              "  public Config(String host, int port) { this.host = host; this.port = port; }",
              "  public Config(String host) { this(host, 5432); }",
              "  public String host() { return host; }",
              "  public int port() { return port; }",
              "}");
      assertOneError(source, Messages.modelConstructor("test.Config", 2), "class Config");
    }

    @Test
    void noPublicConstructor() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public final class Config {",
              "  private final String host;",
              "  Config(String host) { this.host = host; }",
              "  public String host() { return host; }",
              "}");
      assertOneError(source, Messages.modelConstructor("test.Config", 0), "class Config");
    }

    @Test
    void jsonCreatorPicksOneOfTwoConstructors() {
      Compilation compilation =
          compile(
              source(
                  "test.Config",
                  "package test;",
                  "import com.fasterxml.jackson.annotation.JsonCreator;",
                  "import flowcdk.annotations.Model;",
                  "@Model",
                  "public final class Config {",
                  "  private final String host;",
                  "  private final int port;",
                  "  @JsonCreator",
                  "  public Config(String host, int port) { this.host = host; this.port = port; }",
                  "  public Config(String host) { this(host, 5432); }",
                  "  public String getHost() { return host; }",
                  "  public int port() { return port; }",
                  "}"));
      assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void classPropertyWithoutAccessor() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public final class Config {",
              "  private final String host;",
              "  private final String password;",
              "  public Config(",
              "      String host,",
              "      String password) {",
              "    this.host = host;",
              "    this.password = password;",
              "  }",
              "  public String host() { return host; }",
              "}");
      assertOneError(
          source, Messages.modelNoAccessor("test.Config", "password"), "String password)");
    }

    @Test
    void javaBeanClassWithGettersAndSetters() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public final class Config {",
              "  private String host;",
              "  public Config() {}",
              "  public String getHost() { return host; }",
              "  public void setHost(String host) { this.host = host; }",
              "}");
      assertOneError(source, Messages.modelJavaBean("test.Config"), "class Config");
      assertThat(errors(compile(source)).get(0)).startsWith("[Model/JavaBean] ");
    }

    @Test
    void javaBeanClassWithPublicFieldsAndTheDefaultConstructor() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public final class Config {",
              "  public String host;",
              "  public int port;",
              "}");
      assertOneError(source, Messages.modelJavaBean("test.Config"), "class Config");
    }

    @Test
    void emptyRecordAndEmptyClassHaveNoPropertiesAndStayValid() {
      Compilation compilation =
          compile(
              source(
                  "test.Empty",
                  "package test;",
                  "import flowcdk.annotations.Model;",
                  "@Model",
                  "public record Empty() {}"),
              source(
                  "test.Nothing",
                  "package test;",
                  "import flowcdk.annotations.Model;",
                  "@Model",
                  "public final class Nothing {",
                  "  public static final String KIND = \"nothing\";",
                  "  public String describe() { return KIND; }",
                  "}"));
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(schemaJson(compilation, "test.EmptyJson")).contains("\"properties\":{}");
    }

    @Test
    void interfaceThatIsNotSealed() {
      JavaFileObject source =
          source(
              "test.Credentials",
              "package test;",
              "import flowcdk.annotations.Discriminator;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "@Discriminator(\"auth_type\")",
              "public interface Credentials {}");
      assertOneError(
          source,
          Messages.modelKind("test.Credentials", "an interface that is not sealed"),
          "interface Credentials");
    }
  }

  @Nested
  class Unions {

    @Test
    void sealedInterfaceWithoutDiscriminator() {
      JavaFileObject source =
          source(
              "test.Credentials",
              "package test;",
              "import flowcdk.annotations.Const;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public sealed interface Credentials {",
              "  @Model record Key(@Const(\"key\") String auth_type, String key) implements Credentials {}",
              "}");
      assertOneError(
          source, Messages.unionDiscriminator("test.Credentials"), "interface Credentials");
    }

    @Test
    void variantThatIsNotAModel() {
      JavaFileObject source =
          source(
              "test.Credentials",
              "package test;",
              "import flowcdk.annotations.Const;",
              "import flowcdk.annotations.Discriminator;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "@Discriminator(\"auth_type\")",
              "public sealed interface Credentials {",
              "  @Model record Key(@Const(\"key\") String auth_type, String key) implements Credentials {}",
              "  record Password(@Const(\"password\") String auth_type, String password) implements Credentials {}",
              "}");
      assertOneError(
          source,
          Messages.unionVariant("test.Credentials", "test.Credentials.Password"),
          "interface Credentials");
    }

    @Test
    void variantWithoutTheConstProperty() {
      JavaFileObject source =
          source(
              "test.Credentials",
              "package test;",
              "import flowcdk.annotations.Const;",
              "import flowcdk.annotations.Discriminator;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "@Discriminator(\"auth_type\")",
              "public sealed interface Credentials {",
              "  @Model record Key(@Const(\"key\") String auth_type, String key) implements Credentials {}",
              "  @Model record Password(String auth_type, String password) implements Credentials {}",
              "}");
      assertOneError(
          source,
          Messages.unionConstant("test.Credentials", "test.Credentials.Password", "auth_type"),
          "interface Credentials");
    }

    @Test
    void twoVariantsWithTheSameConst() {
      JavaFileObject source =
          source(
              "test.Credentials",
              "package test;",
              "import flowcdk.annotations.Const;",
              "import flowcdk.annotations.Discriminator;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "@Discriminator(\"auth_type\")",
              "public sealed interface Credentials {",
              "  @Model record Key(@Const(\"key\") String auth_type, String key) implements Credentials {}",
              "  @Model record Token(@Const(\"key\") String auth_type, String token) implements Credentials {}",
              "}");
      assertOneError(
          source,
          Messages.unionDuplicate(
              "test.Credentials", "key", "test.Credentials.Key", "test.Credentials.Token"),
          "interface Credentials");
    }

    @Test
    void invalidVariantIsReportedOnceOnItself() {
      JavaFileObject source =
          source(
              "test.Credentials",
              "package test;",
              "import flowcdk.annotations.Const;",
              "import flowcdk.annotations.Discriminator;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "@Discriminator(\"auth_type\")",
              "public sealed interface Credentials {",
              "  @Model record Key(@Const(\"key\") String auth_type, String key) implements Credentials {}",
              "  @Model record Cert(@Const(\"cert\") String auth_type, java.io.File cert) implements Credentials {}",
              "}");
      Compilation compilation = compile(source);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining(
              Messages.unsupportedType("test.Credentials.Cert", "cert", "java.io.File"))
          .inFile(source)
          .onLineContaining("record Cert");
      assertWithMessage(describe(compilation)).that(errors(compilation)).hasSize(1);
    }
  }

  @Nested
  class References {

    @Test
    void invalidNestedModelIsReportedOnceOnItself() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public record Config(String name, Tunnel tunnel) {",
              "  @Model public record Tunnel(",
              "      java.io.File keyFile) {}",
              "}");
      assertOneError(
          source,
          Messages.unsupportedType("test.Config.Tunnel", "keyFile", "java.io.File"),
          "keyFile");
    }

    @Test
    void unresolvableTypeIsReportedOnceAtTheEnd() {
      JavaFileObject source =
          source(
              "test.Config",
              "package test;",
              "import flowcdk.annotations.Model;",
              "@Model",
              "public record Config(",
              "    String name,",
              "    Missing missing) {}");
      Compilation compilation = compile(source);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining(
              Messages.unresolved("test.Config", "Missing (the type of property 'missing')"))
          .inFile(source)
          .onLineContaining("record Config");
      // javac's own "cannot find symbol" and ours, once; nothing about generated code.
      assertThat(errors(compilation).stream().filter(e -> e.startsWith("[Model/")).count())
          .isEqualTo(1);
      assertWithMessage(describe(compilation))
          .that(
              errors(compilation).stream()
                  .filter(e -> !e.startsWith("[Model/Unresolved]"))
                  .toList())
          .comparingElementsUsing(
              com.google.common.truth.Correspondence.<String, String>from(
                  String::startsWith, "starts with"))
          .containsExactly("cannot find symbol");
    }
  }
}
