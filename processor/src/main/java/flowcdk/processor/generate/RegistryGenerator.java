package flowcdk.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import flowcdk.processor.json.JsonText;
import flowcdk.processor.model.CaptureModel;
import flowcdk.processor.model.ResourceModel;
import flowcdk.processor.model.WebhookRule;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Capture>_Resources}: the capture's {@code @Resource} declarations as {@code
 * ResourceSpec}s, built without reflection. The initial resource config of each is written at
 * compile time ({@code {"name": ..., "interval": ...}}) when it has an interval; otherwise the
 * builder's standard {@code {"name": ...}}. A webhook resource is one {@code ResourceSpec} per rule
 * ({@code <name>_<rule>} when it has several), made by {@code webhook(UrlMatch.of(...), <document
 * codec>.INSTANCE)}, which sets its schema, resource config and opener.
 */
public final class RegistryGenerator {

  private static final ClassName RESOURCE_SPEC = ClassName.get("flowcdk.connector", "ResourceSpec");
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final String WEBHOOK_PACKAGE = "flowcdk.connector.webhook";

  /** Writes the registry of {@code capture}, originating from the capture and its resources. */
  public void generate(Filer filer, CaptureModel capture, Element origin) {
    CodeBlock.Builder specs = CodeBlock.builder();
    List<CodeBlock> items = new ArrayList<>();
    for (ResourceModel resource : capture.resources()) {
      if (resource.isWebhook()) {
        for (int i = 0; i < resource.webhook().size(); i++) {
          items.add(webhook(resource, i));
        }
      } else {
        items.add(polled(resource));
      }
    }
    specs.add("return $T.of(", LIST);
    if (!items.isEmpty()) {
      specs.add("\n").indent().add(CodeBlock.join(items, ",\n")).unindent();
    }
    specs.add(");\n");

    TypeSpec.Builder registry =
        TypeSpec.classBuilder(GeneratedFiles.className(capture.registry()))
            .addJavadoc(
                "The resources of {@link $T}, in declaration order.\n",
                GeneratedFiles.className(capture.type()))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("all")
                    .addJavadoc("A new instance of every declared resource.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(LIST, RESOURCE_SPEC))
                    .addCode(specs.build())
                    .build());
    GeneratedFiles.write(
        filer,
        capture.registry().packageName(),
        registry,
        RegistryGenerator.class,
        origin,
        capture.type().canonicalName());
  }

  /** A polled resource: its schema, resource config, options and opener. */
  private static CodeBlock polled(ResourceModel resource) {
    CodeBlock.Builder item =
        start(resource, resource.name())
            .add(".schema($T.SCHEMA)\n", GeneratedFiles.className(resource.documentCodec()));
    resource
        .interval()
        .ifPresent(
            interval ->
                item.add(
                    ".resourceConfig($T.parse($S), $T.of($S))\n",
                    RuntimeNames.RAW_JSON,
                    "{\"name\":"
                        + JsonText.quote(resource.name())
                        + ",\"interval\":"
                        + JsonText.quote(interval)
                        + "}",
                    LIST,
                    resource.name()));
    options(resource, item);
    if (resource.snapshot()) {
      item.add(".snapshot()\n");
    }
    return item.add(".opener(new $T())\n", GeneratedFiles.className(resource.type()))
        .add(".build()")
        .unindent()
        .unindent()
        .build();
  }

  /**
   * The resource of webhook rule {@code index}: {@code webhook(rule, codec)} sets its schema,
   * resource config and opener.
   */
  private static CodeBlock webhook(ResourceModel resource, int index) {
    WebhookRule rule = resource.webhook().get(index);
    ClassName match = ClassName.get(WEBHOOK_PACKAGE, rule.kind().runtimeClass());
    CodeBlock ruleCode =
        rule.kind() == WebhookRule.Kind.URL
            ? CodeBlock.of("$T.of($S)", match, rule.value())
            : CodeBlock.of("$T.of($S, $S)", match, rule.key(), rule.value());
    CodeBlock.Builder item =
        start(resource, resource.webhookName(index))
            .add(
                ".webhook($L, $T.INSTANCE)\n",
                ruleCode,
                GeneratedFiles.className(resource.documentCodec()));
    options(resource, item);
    return item.add(".build()").unindent().unindent().build();
  }

  /** {@code ResourceSpec.builder(name).key(...)}, indented for the calls that follow. */
  private static CodeBlock.Builder start(ResourceModel resource, String name) {
    CodeBlock key =
        CodeBlock.join(resource.key().stream().map(k -> CodeBlock.of("$S", k)).toList(), ", ");
    return CodeBlock.builder()
        .add("$T.builder($S)\n", RESOURCE_SPEC, name)
        .indent()
        .indent()
        .add(".key($L)\n", key);
  }

  /** The options every resource may have: schema inference, reduction strategy, disabled. */
  private static void options(ResourceModel resource, CodeBlock.Builder item) {
    if (!resource.schemaInference()) {
      item.add(".schemaInference(false)\n");
    }
    resource.reductionStrategy().ifPresent(r -> item.add(".reductionStrategy($S)\n", r));
    if (resource.disable()) {
      item.add(".disabled()\n");
    }
  }
}
