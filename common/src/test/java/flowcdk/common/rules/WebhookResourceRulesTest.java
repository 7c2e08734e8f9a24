package flowcdk.common.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import flowcdk.processor.FlowProcessor;
import flowcdk.processor.diag.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of webhook resources ({@code @Resource(webhook = @Webhook(...))}): one compile-testing
 * case per rule, failing with exactly one error that carries the rule's id on the line of the
 * offending annotation or value, and the registry generated for valid ones.
 */
class WebhookResourceRulesTest {

  private static final String DOC =
      """
      package acme;
      import flowcdk.annotations.Model;
      @Model
      public record Doc(long id, String note) {}
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
      import flowcdk.annotations.Webhook;
      import flowcdk.connector.BindingContext;
      import flowcdk.connector.ResourceConfig;
      import flowcdk.connector.ResourceOpener;
      import io.vertx.core.Future;
      """;

  private static final String KEY = "key = \"/_meta/webhookId\", document = Doc.class,";

  /**
   * The resource class {@code acme.<simpleName>}: {@code @Resource(name = "<name>", <attributes>)}
   * over {@code declaration} (a class header) with an empty body.
   */
  private static JavaFileObject resource(
      String simpleName, String name, String attributes, String declaration) {
    String body =
        declaration.contains("ResourceOpener")
            ? " { public Future<?> open(BindingContext<Config, ResourceConfig> binding) {"
                + " return Future.succeededFuture(); } }"
            : " {}";
    return JavaFileObjects.forSourceString(
        "acme." + simpleName,
        "package acme;\n"
            + IMPORTS
            + "@Resource(name = \""
            + name
            + "\",\n    "
            + attributes
            + ")\n"
            + declaration
            + body
            + "\n");
  }

  /** {@code acme.Hooks}, a public final class, named hooks, keyed on the webhook id. */
  private static JavaFileObject hooks(String webhook) {
    return resource("Hooks", "hooks", KEY + "\n    webhook =\n        " + webhook, CLASS);
  }

  private static final String CLASS = "public final class Hooks";

  private static JavaFileObject capture(String resources) {
    return JavaFileObjects.forSourceString(
        "acme.Hooked",
        "package acme;\n"
            + "import flowcdk.annotations.Capture;\n"
            + "import flowcdk.connector.CaptureConnector;\n"
            + "import flowcdk.connector.webhook.WebhookResourceConfig;\n"
            + "@Capture(docsUrl = \"https://example.com/docs\", config = Config.class,\n"
            + "    resourceConfig = WebhookResourceConfig.class,\n"
            + "    resources = {"
            + resources
            + "})\n"
            + "public final class Hooked implements CaptureConnector<Config> {}\n");
  }

  private static Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all =
        new ArrayList<>(
            List.of(
                JavaFileObjects.forSourceString("acme.Doc", DOC),
                JavaFileObjects.forSourceString("acme.Config", CONFIG)));
    all.addAll(List.of(sources));
    return javac().withProcessors(new FlowProcessor()).compile(all);
  }

  /** Compiles {@code resource} alone with a capture listing {@code Hooks}. */
  private static Compilation compileListed(JavaFileObject resource) {
    return compile(resource, capture("Hooks.class"));
  }

  private static void failsOnce(
      Compilation compilation, String message, JavaFileObject file, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  private static String registry(Compilation compilation) throws IOException {
    return compilation
        .generatedSourceFile("acme.Hooked_Resources")
        .orElseThrow()
        .getCharContent(false)
        .toString();
  }

  @Nested
  class Resources {

    @Test
    void atMostOneWebhook() {
      JavaFileObject file = hooks("{@Webhook(url = \"/a\"), @Webhook(url = \"/b\")}");
      failsOnce(
          compileListed(file),
          Messages.webhookCount("acme.Hooks", 2),
          file,
          "{@Webhook(url = \"/a\")");
    }

    @Test
    void exactlyOneOfUrlHeaderAndBody() {
      JavaFileObject none = hooks("@Webhook(value = \"push\")");
      failsOnce(
          compileListed(none), Messages.webhookMatch("acme.Hooks", List.of()), none, "@Webhook(");
      JavaFileObject two = hooks("@Webhook(url = \"/a\", header = \"X-Event\")");
      failsOnce(
          compileListed(two),
          Messages.webhookMatch("acme.Hooks", List.of("url", "header")),
          two,
          "@Webhook(");
    }

    @Test
    void aUrlRuleTakesNoValue() {
      JavaFileObject file = hooks("@Webhook(url = \"/a\", value = \"push\")");
      failsOnce(compileListed(file), Messages.webhookUrlValue("acme.Hooks"), file, "@Webhook(");
    }

    @Test
    void aHeaderOrBodyRuleNeedsNonEmptyValues() {
      JavaFileObject missing = hooks("@Webhook(header = \"X-Event\")");
      failsOnce(
          compileListed(missing),
          Messages.webhookValue("acme.Hooks", "header", "X-Event"),
          missing,
          "@Webhook(");
      JavaFileObject empty = hooks("@Webhook(body = \"type\", value = {\"push\", \"\"})");
      failsOnce(
          compileListed(empty),
          Messages.webhookValue("acme.Hooks", "body", "type"),
          empty,
          "@Webhook(");
    }

    @Test
    void urlPatternsMustBeValid() {
      JavaFileObject file = hooks("@Webhook(url = {\"/ok\", \"hooks\"})");
      Compilation compilation = compileListed(file);
      failsOnce(
          compilation,
          Messages.webhookRule(
              "acme.Hooks",
              "Invalid URL pattern 'hooks': it must start with '/', such as '/events' or"
                  + " '/hooks/{id}'"),
          file,
          "@Webhook(");
    }

    @Test
    void bodyKeysMustBeDottedNames() {
      JavaFileObject file = hooks("@Webhook(body = \"event..type\", value = {\"a\", \"b\"})");
      failsOnce(
          compileListed(file),
          "[Resource/WebhookRule] @Webhook on acme.Hooks: Invalid body key 'event..type': use"
              + " names of letters",
          file,
          "@Webhook(");
    }

    @Test
    void aRuleIsListedOnce() {
      JavaFileObject urls = hooks("@Webhook(url = {\"/a\", \"/b\", \"/a\"})");
      failsOnce(
          compileListed(urls),
          Messages.webhookDuplicate("acme.Hooks", "url \"/a\""),
          urls,
          "@Webhook(");
      JavaFileObject values = hooks("@Webhook(body = \"type\", value = {\"a\", \"a\"})");
      failsOnce(
          compileListed(values),
          Messages.webhookDuplicate("acme.Hooks", "body type = \"a\""),
          values,
          "@Webhook(");
    }

    @Test
    void aWebhookResourceIsNotPolled() {
      JavaFileObject snapshot =
          resource(
              "Hooks",
              "hooks",
              KEY + "\n    snapshot = true,\n    webhook = @Webhook(url = \"*\")",
              CLASS);
      failsOnce(
          compileListed(snapshot),
          Messages.webhookPolled("acme.Hooks", "snapshot = true"),
          snapshot,
          "snapshot = true");
      JavaFileObject interval =
          resource(
              "Hooks",
              "hooks",
              KEY + "\n    interval = \"PT5M\",\n    webhook = @Webhook(url = \"*\")",
              CLASS);
      failsOnce(
          compileListed(interval),
          Messages.webhookPolled("acme.Hooks", "interval = \"PT5M\""),
          interval,
          "interval =");
      JavaFileObject schedule =
          resource(
              "Hooks",
              "hooks",
              KEY + "\n    schedule = \"0 3 * * *\",\n    webhook = @Webhook(url = \"*\")",
              CLASS);
      failsOnce(
          compileListed(schedule),
          Messages.webhookPolled("acme.Hooks", "schedule = \"0 3 * * *\""),
          schedule,
          "schedule =");
    }

    @Test
    void aWebhookResourceDoesNotOpenBindings() {
      JavaFileObject file =
          resource(
              "Hooks",
              "hooks",
              KEY + "\n    webhook = @Webhook(url = \"*\")",
              "public final class Hooks implements ResourceOpener<Config, ResourceConfig>");
      failsOnce(compileListed(file), Messages.webhookOpener("acme.Hooks"), file, "@Resource");
    }

    @Test
    void aWebhookResourceIsAPublicClassThatNeedNotBeFinalOrInstantiable() {
      assertThat(
              compileListed(
                  resource(
                      "Hooks",
                      "hooks",
                      KEY + "\n    webhook = @Webhook(url = \"*\")",
                      "public abstract class Hooks")))
          .succeededWithoutWarnings();
      JavaFileObject file =
          resource("Hooks", "hooks", KEY + "\n    webhook = @Webhook(url = \"*\")", "class Hooks");
      failsOnce(compileListed(file), Messages.webhookClass("acme.Hooks"), file, "@Resource");
    }

    @Test
    void keysUnderMetaAreWhatTheEndpointSets() {
      assertThat(
              compileListed(
                  resource(
                      "Hooks",
                      "hooks",
                      "key = {\"/_meta/reqPath\", \"/_meta/receivedAt\", \"/id\"}, document ="
                          + " Doc.class,\n    webhook = @Webhook(url = \"*\")",
                      CLASS)))
          .succeededWithoutWarnings();
      JavaFileObject meta =
          resource(
              "Hooks",
              "hooks",
              "key = \"/_meta/op\", document = Doc.class,\n    webhook = @Webhook(url = \"*\")",
              CLASS);
      failsOnce(
          compileListed(meta),
          Messages.webhookMetaKey(
              "acme.Hooks",
              "/_meta/op",
              List.of("/_meta/webhookId", "/_meta/receivedAt", "/_meta/reqPath")),
          meta,
          "key = \"/_meta/op\"");
      JavaFileObject note =
          resource(
              "Hooks",
              "hooks",
              "key = \"/note\", document = Doc.class,\n    webhook = @Webhook(url = \"*\")",
              CLASS);
      failsOnce(compileListed(note), "[Resource/KeyNotRequired]", note, "key = \"/note\"");
    }
  }

  @Nested
  class Captures {

    private JavaFileObject other(String name, String webhook) {
      return resource(
          "Other", name, KEY + "\n    webhook = " + webhook, "public final class Other");
    }

    @Test
    void urlPatternsOfTwoResourcesMustNotMatchTheSameUrls() {
      JavaFileObject file = capture("Hooks.class, Other.class");
      failsOnce(
          compile(
              hooks("@Webhook(url = \"/foo/{x}/baz\")"),
              other("other", "@Webhook(url = \"/foo/bar/{y}\")"),
              file),
          Messages.webhookConflict(
              "acme.Hooked",
              "\"hooks\" of acme.Hooks",
              "\"other\" of acme.Other",
              "URL patterns '/foo/{x}/baz' and '/foo/bar/{y}' match the same URLs"),
          file,
          "resources =");
    }

    @Test
    void aBodyValueIsClaimedOnceAcrossResources() {
      JavaFileObject file = capture("Hooks.class, Other.class");
      failsOnce(
          compile(
              hooks("@Webhook(body = \"type\", value = {\"push\", \"pull\"})"),
              other("other", "@Webhook(body = \"type\", value = \"pull\")"),
              file),
          Messages.webhookConflict(
              "acme.Hooked",
              "\"hooks_pull\" of acme.Hooks",
              "\"other\" of acme.Other",
              "Only one BodyMatch(key='type') can claim the 'pull' discriminator value"),
          file,
          "resources =");
    }

    @Test
    void twoWildcardsConflict() {
      JavaFileObject file = capture("Hooks.class, Other.class");
      failsOnce(
          compile(hooks("@Webhook(url = \"*\")"), other("other", "@Webhook(url = \"*\")"), file),
          "The '*' wildcard can only be used in one UrlMatch definition",
          file,
          "resources =");
    }

    @Test
    void rulesOfDifferentKindsOrKeysDoNotConflict() {
      Compilation compilation =
          compile(
              hooks("@Webhook(header = \"event\", value = \"push\")"),
              other("other", "@Webhook(body = \"event\", value = \"push\")"),
              capture("Hooks.class, Other.class"));
      assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void expandedNamesMustNotTakeAnotherResourcesName() {
      JavaFileObject file = capture("Hooks.class, Other.class");
      failsOnce(
          compile(
              hooks("@Webhook(body = \"type\", value = {\"push\", \"pull\"})"),
              other("hooks_pull", "@Webhook(url = \"/pull\")"),
              file),
          Messages.webhookResourceName(
              "acme.Hooked", "hooks_pull", "acme.Hooks (body type = \"pull\")", "acme.Other"),
          file,
          "resources =");
    }

    @Test
    void aSingleRuleIsOneResourceOfTheResourcesName() throws IOException {
      Compilation compilation =
          compile(
              resource(
                  "Hooks",
                  "hooks",
                  KEY
                      + " schemaInference = false, reductionStrategy = \"merge\", disable = true,\n"
                      + "    webhook = @Webhook(url = \"/hooks/{id}\")",
                  CLASS),
              capture("Hooks.class"));
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(registry(compilation))
          .isEqualTo(
              """
              // Generated by the Flow CDK annotation processor from acme.Hooked. Do not edit.
              package acme;

              import flowcdk.annotations.Generated;
              import flowcdk.connector.ResourceSpec;
              import flowcdk.connector.webhook.UrlMatch;
              import java.util.List;

              /**
               * The resources of {@link Hooked}, in declaration order.
               */
              @Generated(
                  value = "flowcdk.processor.generate.RegistryGenerator",
                  from = "acme.Hooked"
              )
              public final class Hooked_Resources {
                private Hooked_Resources() {
                }

                /**
                 * A new instance of every declared resource.
                 */
                public static List<ResourceSpec> all() {
                  return List.of(
                    ResourceSpec.builder("hooks")
                        .key("/_meta/webhookId")
                        .webhook(UrlMatch.of("/hooks/{id}"), DocJson.INSTANCE)
                        .schemaInference(false)
                        .reductionStrategy("merge")
                        .disabled()
                        .build());
                }
              }
              """);
    }

    @Test
    void aBodyDiscriminatorIsOneResourcePerValue() throws IOException {
      Compilation compilation =
          compile(
              hooks("@Webhook(body = \"event.type\", value = {\"push\", \"pull\"})"),
              capture("Hooks.class"));
      assertThat(compilation).succeededWithoutWarnings();
      String registry = registry(compilation);
      assertThat(registry).contains("import flowcdk.connector.webhook.BodyMatch;\n");
      assertThat(registry)
          .contains(
              """
                  return List.of(
                    ResourceSpec.builder("hooks_push")
                        .key("/_meta/webhookId")
                        .webhook(BodyMatch.of("event.type", "push"), DocJson.INSTANCE)
                        .build(),
                    ResourceSpec.builder("hooks_pull")
                        .key("/_meta/webhookId")
                        .webhook(BodyMatch.of("event.type", "pull"), DocJson.INSTANCE)
                        .build());
              """);
    }
  }
}
