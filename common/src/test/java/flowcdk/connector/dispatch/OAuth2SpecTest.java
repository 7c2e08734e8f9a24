package flowcdk.connector.dispatch;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import flowcdk.common.twins.Fixtures;
import flowcdk.processor.FlowProcessor;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.ConnectorType;
import flowcdk.runtime.protocol.SpecRequest;
import flowcdk.runtime.protocol.SpecResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @OAuth2Provider} on a {@code @Capture} class is the spec's {@code oauth2} object: the
 * generated connector answers {@code spec} with the same object as Estuary's HubSpot connector
 * ({@code python-connectors/hubspot-spec.json}), and misuses of the annotation are compile errors.
 */
class OAuth2SpecTest {

  private static final String CONFIG =
      """
      package acme;
      import flowcdk.annotations.Model;
      import flowcdk.annotations.OAuth2Provider;
      @Model
      public record Config(Credentials credentials) {
        @OAuth2Provider("hubspot")
        @Model
        public record Credentials(String client_id, String client_secret, String refresh_token) {}
      }
      """;

  /** The HubSpot connector's OAuth2 settings, as its spec snapshot shows them. */
  private static final String HUBSPOT =
      """
      @OAuth2Provider(
          value = "hubspot",
          authUrlTemplate = "https://app.hubspot.com/oauth/authorize?client_id={{#urlencode}}{{{ client_id }}}{{/urlencode}}&scope=crm.lists.read%20crm.objects.companies.read%20crm.objects.contacts.read%20crm.objects.deals.read%20crm.objects.owners.read%20crm.schemas.companies.read%20crm.schemas.contacts.read%20crm.schemas.deals.read%20e-commerce%20forms%20tickets&optional_scope=automation%20content%20crm.objects.custom.read%20crm.objects.feedback_submissions.read%20crm.objects.goals.read%20crm.objects.marketing_events.read%20crm.objects.orders.read%20crm.schemas.custom.read%20marketing.campaigns.read&redirect_uri={{#urlencode}}{{{ redirect_uri }}}{{/urlencode}}&response_type=code&state={{#urlencode}}{{{ state }}}{{/urlencode}}",
          accessTokenUrlTemplate = "https://api.hubapi.com/oauth/v1/token",
          accessTokenBody = "grant_type=authorization_code&client_id={{#urlencode}}{{{ client_id }}}{{/urlencode}}&client_secret={{#urlencode}}{{{ client_secret }}}{{/urlencode}}&redirect_uri={{#urlencode}}{{{ redirect_uri }}}{{/urlencode}}&code={{#urlencode}}{{{ code }}}{{/urlencode}}",
          accessTokenHeaders = "content-type=application/x-www-form-urlencoded",
          accessTokenResponseMap = "refresh_token=/refresh_token")
      """;

  /** {@link #HUBSPOT} with short templates, for the rule cases. */
  private static final String SHORT =
      HUBSPOT.replaceAll("(Template|Body) = \"[^\"]*\"", "$1 = \"https://a/x\"");

  /** The capture {@code acme.Hub} with {@code annotations} above its {@code @Capture}. */
  private static JavaFileObject capture(String annotations) {
    return JavaFileObjects.forSourceString(
        "acme.Hub",
        "package acme;\n"
            + "import flowcdk.annotations.Capture;\n"
            + "import flowcdk.annotations.OAuth2Provider;\n"
            + "import flowcdk.connector.CaptureConnector;\n"
            + annotations
            + "\n@Capture(docsUrl = \"https://go.estuary.dev/hubspot-real-time\", config = Config.class)\n"
            + "public final class Hub implements CaptureConnector<Config> {}\n");
  }

  private static Compilation compile(JavaFileObject capture) {
    return compile(capture, CONFIG);
  }

  private static Compilation compile(JavaFileObject capture, String config) {
    return javac()
        .withProcessors(new FlowProcessor())
        .compile(JavaFileObjects.forSourceString("acme.Config", config), capture);
  }

  /** The {@code spec} response of the compiled {@code acme.Hub} connector. */
  private static SpecResponse spec(Compilation compilation) throws ReflectiveOperationException {
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name =
          path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length())
              .replace(".class", "")
              .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    ClassLoader loader =
        new ClassLoader(OAuth2SpecTest.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
          }
        };
    CaptureDispatch<?, ?> dispatch =
        Class.forName("acme.Hub_Dispatch", true, loader)
            .asSubclass(CaptureDispatch.class)
            .getConstructor()
            .newInstance();
    return dispatch.spec(new SpecRequest(ConnectorType.IMAGE, Optional.empty())).result();
  }

  private static void failsOnce(
      Compilation compilation, String id, JavaFileObject file, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(id).inFile(file).onLineContaining(line);
  }

  @Test
  void specCarriesTheOAuth2ObjectOfTheAnnotation() throws ReflectiveOperationException {
    JsonObject expected =
        new JsonArray(Fixtures.connector("hubspot-spec.json"))
            .getJsonObject(0)
            .getJsonObject("oauth2");

    Optional<RawJson> oauth2 = spec(compile(capture(HUBSPOT))).oauth2();

    assertEquals(expected, new JsonObject(oauth2.orElseThrow().toString()));
  }

  @Test
  void specHasNoOAuth2ObjectWithoutTheAnnotation() throws ReflectiveOperationException {
    assertEquals(Optional.empty(), spec(compile(capture(""))).oauth2());
  }

  @Test
  void providerMustNotBeBlank() {
    JavaFileObject file = capture(SHORT.replace("value = \"hubspot\"", "value = \" \""));
    failsOnce(compile(file), "[OAuth2/Provider]", file, "value = \" \"");
  }

  @Test
  void templatesMustBeGiven() {
    JavaFileObject file =
        capture(
            "@OAuth2Provider(value = \"hubspot\", authUrlTemplate = \"https://a/auth\",\n"
                + " accessTokenUrlTemplate = \"https://a/token\")");
    Compilation compilation = compile(file);
    failsOnce(compilation, "[OAuth2/Template]", file, "@OAuth2Provider");
    assertThat(compilation).hadErrorContaining("accessTokenBody; it is missing or blank");
  }

  @Test
  void entriesMustBeKeyValuePairs() {
    JavaFileObject file =
        capture(
            SHORT.replace("\"refresh_token=/refresh_token\"", "\"refresh_token /refresh_token\""));
    failsOnce(compile(file), "[OAuth2/Entry]", file, "accessTokenResponseMap");
  }

  @Test
  void entryKeysMustBeUnique() {
    JavaFileObject file =
        capture(
            SHORT.replace(
                "\"refresh_token=/refresh_token\"",
                "{\"refresh_token=/refresh_token\", \"refresh_token=/token\"}"));
    failsOnce(compile(file), "[OAuth2/DuplicateKey]", file, "accessTokenResponseMap");
  }

  @Test
  void aModelTakesOnlyTheProvider() {
    JavaFileObject file =
        JavaFileObjects.forSourceString(
            "acme.Config",
            CONFIG.replace(
                "@OAuth2Provider(\"hubspot\")",
                "@OAuth2Provider(value = \"hubspot\", accessTokenUrlTemplate = \"https://a/token\")"));
    Compilation compilation =
        javac().withProcessors(new FlowProcessor()).compile(file, capture(""));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[OAuth2/OnModel]")
        .inFile(file)
        .onLineContaining("@OAuth2Provider");
  }
}
